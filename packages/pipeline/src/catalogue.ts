// Turns the source catalogue (`sources/`) into database rows: one row per endpoint, so a body
// with one feed per language is fetched, and its health tracked, per endpoint.
import type { Db, NewSource } from '@mipas/db';
import { seedSources } from '@mipas/db';
import { catalogue, type SourceDefinition } from '@mipas/sources';

/** Variables a definition needs that are not set: such a source is added disabled, saying why. */
function missingConfig(def: SourceDefinition, env: Record<string, string | undefined>): string[] {
  return (def.requiresConfig ?? []).filter((name) => !env[name]?.trim());
}

export function catalogueRows(
  definitions: SourceDefinition[] = catalogue,
  env: Record<string, string | undefined> = process.env,
): NewSource[] {
  return definitions.flatMap((def) => {
    const missing = missingConfig(def, env);
    return def.endpoints.map((endpoint, index) => {
      const suffix = def.endpoints.length > 1 ? `-${endpoint.section ?? endpoint.language ?? index + 1}` : '';
      return {
        id: `${def.id}${suffix}`,
        name:
          def.endpoints.length > 1
            ? `${def.name} (${endpoint.section ?? endpoint.language ?? index + 1})`
            : def.name,
        organisation: def.organisation,
        homepage: def.homepage,
        kind: def.kind,
        url: endpoint.url,
        catalogueId: def.id,
        languages: endpoint.language ? [endpoint.language] : def.languages,
        scope: def.scope,
        defaultTags: def.defaultTags,
        settings: {
          listing: def.listing,
          article: def.article,
          apiAdapter: def.apiAdapter,
          configParams: endpoint.configParams,
          requiresConfig: def.requiresConfig,
        },
        primary: def.primary,
        pollMinutes: def.pollMinutes,
        enabled: missing.length === 0,
        disabledReason: missing.length
          ? `set ${missing.join(', ')} to enable this source (see docs/sources.md)`
          : null,
      } satisfies NewSource;
    });
  });
}

/** Adds catalogue sources not yet in the database; returns how many were added. */
export function seedCatalogue(db: Db, definitions?: SourceDefinition[]): Promise<number> {
  return seedSources(db, catalogueRows(definitions));
}
