import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('pauses one second between requests to a host unless told otherwise', () => {
    expect(loadConfig({}).hostDelayMs).toBe(1000);
    expect(loadConfig({ MIPAS_HOST_DELAY_MS: '0' }).hostDelayMs).toBe(0);
  });

  it('refuses a bad value at start-up, naming the variable', () => {
    expect(() => loadConfig({ MIPAS_HOST_DELAY_MS: '-5' })).toThrow(ConfigError);
    expect(() => loadConfig({ MIPAS_HOST_DELAY_MS: 'soon' })).toThrow(/MIPAS_HOST_DELAY_MS/);
  });

  it('lists every setting with its variable for `mipas config`', () => {
    const listed = describeConfig(loadConfig({})).map((s) => s.env);
    for (const env of ['MIPAS_HOST_DELAY_MS', 'MIPAS_FETCH_CONCURRENCY', 'MIPAS_ARTICLE_PAGES_PER_RUN'])
      expect(listed).toContain(env);
  });
});
