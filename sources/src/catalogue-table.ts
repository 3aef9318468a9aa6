// Renders the catalogue as the Markdown table of docs/sources.md, so the docs are generated
// from the same metadata the pipeline reads (`npm run docs -w @mipas/sources` rewrites it).
import type { SourceDefinition } from './types';

const KIND_LABELS: Record<SourceDefinition['kind'], string> = {
  rss: 'RSS',
  atom: 'Atom',
  jsonfeed: 'JSON Feed',
  html: 'HTML listing',
  jsonapi: 'JSON API',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function endpointsOf(def: SourceDefinition): string {
  return def.endpoints
    .map((e) => {
      const label = [e.language, e.section].filter(Boolean).join(', ');
      return `<${e.url}>${label ? ` (${label})` : ''}`;
    })
    .join('<br>');
}

export function renderCatalogueTable(sources: SourceDefinition[]): string {
  const header = [
    '| id | name | organisation | languages | scope | kind | endpoints | poll (min) | default tags | config |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = sources.map((def) =>
    [
      `\`${def.id}\``,
      cell(def.name),
      cell(def.organisation),
      def.languages.join(', '),
      def.scope.join(', '),
      KIND_LABELS[def.kind],
      endpointsOf(def),
      String(def.pollMinutes),
      def.defaultTags.map((t) => `\`${t}\``).join(', ') || '—',
      (def.requiresConfig ?? []).map((c) => `\`${c}\``).join(', ') || '—',
    ].join(' | '),
  );
  return [...header, ...rows.map((r) => `| ${r} |`)].join('\n');
}

export const TABLE_START = '<!-- catalogue:start (generated from sources/src; do not edit by hand) -->';
export const TABLE_END = '<!-- catalogue:end -->';

/** Replaces the generated table between the markers of a docs page. */
export function replaceCatalogueTable(page: string, table: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs page has no catalogue markers');
  return `${page.slice(0, start + TABLE_START.length)}\n${table}\n${page.slice(end)}`;
}
