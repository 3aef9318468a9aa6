// Golden tests: every catalogued source parses each of its fixtures to the items its
// `.expected.json` lists (written by reading the fixture, reviewed by hand).
import { describe, expect, test } from 'vitest';
import { catalogue } from '../src/index';
import { fixtureFilesOf, parseFixture, readExpected, toExpected } from './fixture-files';

describe('each source parses its fixtures to the expected items', () => {
  for (const def of catalogue) {
    test(def.id, async () => {
      const files = fixtureFilesOf(def.id);
      expect(files.length, `no fixture for ${def.id}`).toBeGreaterThan(0);
      for (const file of files) {
        const expected = readExpected(file);
        expect(expected, `${file}: expected file missing`).toBeDefined();
        const items = await parseFixture(def, file);
        expect(items.map(toExpected), file).toEqual(expected?.items);
      }
    });
  }
});
