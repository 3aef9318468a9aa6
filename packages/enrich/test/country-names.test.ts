// Common short country names that the generated names miss: i18n-iso-countries gives only a
// comma form ("Syrien, Arabische Republik", dropped) or the official long form.
import { describe, expect, it } from 'vitest';
import { tagText } from '../src/tagging';

const countriesOf = (title: string, language: string) =>
  tagText({ title, summary: '', language }).countries.map((t) => t.id);

describe('country names in common short form', () => {
  it.each([
    ['Deutschland schiebt Flüchtlinge nach Syrien ab', 'de', 'SYR'],
    ['Die Lage Syriens nach dem Krieg', 'de', 'SYR'],
    ['Hilfe für Flüchtlinge aus Palästina', 'de', 'PSE'],
    ['Des réfugiés des États-Unis arrivent à Paris', 'fr', 'USA'],
    ['Des réfugiés de Tanzanie arrivent à Paris', 'fr', 'TZA'],
  ])('%s (%s) names %s', (title, language, code) => {
    expect(countriesOf(title, language)).toContain(code);
  });
});
