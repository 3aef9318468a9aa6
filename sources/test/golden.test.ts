// Golden tests: every catalogued source parses from its fixture to the items its
// `<id>.expected.json` lists (written by reading the fixture, reviewed by hand).
import { describe, expect, test } from 'vitest';
import { catalogue } from '../src/index';
import { parseFixture, readExpected, toExpected } from './fixture-files';

describe('each source parses its fixture to the expected items', () => {
  for (const def of catalogue) {
    test(def.id, async () => {
      const expected = readExpected(def.id);
      expect(expected, `sources/fixtures/${def.id}.expected.json is missing`).toBeDefined();
      const items = await parseFixture(def);
      expect(items.map(toExpected)).toEqual(expected?.items);
    });
  }
});
