import { catalogue } from '@mipas/sources';
import { describe, expect, it } from 'vitest';
import { catalogueRows } from '../src/catalogue';

describe('catalogue seeding', () => {
  it('gives every endpoint of every body its own row with a unique id and URL', () => {
    const rows = catalogueRows(catalogue, {});
    const endpoints = catalogue.reduce((n, def) => n + def.endpoints.length, 0);
    expect(rows).toHaveLength(endpoints);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
  });

  it('adds a source whose configuration is missing disabled, naming the variable', () => {
    const withoutAppname = catalogueRows(catalogue, {}).find((r) => r.catalogueId === 'reliefweb-api');
    expect(withoutAppname).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining('MIPAS_RELIEFWEB_APPNAME'),
    });
    const withAppname = catalogueRows(catalogue, { MIPAS_RELIEFWEB_APPNAME: 'mipas-test' }).find(
      (r) => r.catalogueId === 'reliefweb-api',
    );
    expect(withAppname).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('keeps selectors and configured parameters for the pipeline', () => {
    const rows = catalogueRows(catalogue, {});
    const html = rows.filter((r) => r.kind === 'html');
    expect(html.length).toBeGreaterThan(0);
    for (const row of html) expect((row.settings as { listing?: unknown }).listing).toBeTruthy();
  });
});
