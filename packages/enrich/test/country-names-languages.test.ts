// Items in languages without term files (cs, nl, ar, ...) match every language's terms plus
// country names in their own language, with the commonest case forms where the language has them.
import { describe, expect, it } from 'vitest';
import { tagText } from '../src/tagging';
import { COUNTRY_NAME_LANGUAGES } from '../src/tagging/compile';

const countriesOf = (title: string, language: string) =>
  tagText({ title, summary: '', language }).countries.map((t) => t.id);

describe('country names in languages without term files', () => {
  it('covers the other official EU languages, Arabic and Turkish', () => {
    expect([...COUNTRY_NAME_LANGUAGES].sort()).toEqual([
      'ar',
      'bg',
      'cs',
      'da',
      'el',
      'et',
      'fi',
      'ga',
      'hr',
      'hu',
      'lv',
      'mt',
      'nl',
      'pt',
      'ro',
      'sk',
      'sl',
      'sv',
      'tr',
    ]);
  });

  it.each([
    ['Uprchlíci ze Sýrie dorazili do Německa', 'cs'],
    ['Utečenci zo Sýrie prišli do Nemecka', 'sk'],
    ['Asielzoekers uit Syrië aangekomen in Duitsland', 'nl'],
    ['Πρόσφυγες από τη Συρία φτάνουν στη Γερμανία', 'el'],
    ['Refugiados da Síria chegam à Alemanha', 'pt'],
    ['Flyktingar från Syrien kommer till Tyskland', 'sv'],
    ['Flygtninge fra Syrien ankommer til Tyskland', 'da'],
    ['Pakolaiset Syyriasta saapuivat Saksaan', 'fi'],
    ['Põgenikud Süüriast saabusid Saksamaale', 'et'],
    ['Bēgļi no Sīrijas ieradās Vācijā', 'lv'],
    ['Szíriából érkezett menekültek Németországban', 'hu'],
    ['Refugiați din Siria au ajuns în Germania', 'ro'],
    ['Бежанци от Сирия пристигнаха в Германия', 'bg'],
    ['Izbjeglice iz Sirije stigle u Njemačku', 'hr'],
    ['Begunci iz Sirije so prispeli v Nemčijo', 'sl'],
    ['Refuġjati mis-Sirja waslu fil-Ġermanja', 'mt'],
    ['لاجئون من سوريا يصلون إلى ألمانيا', 'ar'],
    ["Suriye'den gelen mülteciler Almanya'ya ulaştı", 'tr'],
  ])('%s (%s) names Syria and Germany', (title, language) => {
    expect(countriesOf(title, language)).toEqual(['SYR', 'DEU']);
  });

  it.each([
    ['Dídeanaithe ón Afganastáin sa Ghearmáin', 'ga', ['AFG', 'DEU']],
    ['Ukrajinští uprchlíci v Rakousku a na Slovensku', 'cs', ['AUT', 'SVK']],
    ['Siirtolaisia palautettiin Venäjälle ja Afganistaniin', 'fi', ['RUS', 'AFG']],
    ['Ο αριθμός των αιτούντων άσυλο στην Ελλάδα και την Κύπρο', 'el', ['GRC', 'CYP']],
    ['Sveriges regering skickar hem flyktingar till Irak', 'sv', ['SWE', 'IRQ']],
    ['Migranții din Afganistanului și României', 'ro', ['AFG', 'ROU']],
    // Arabic writes "and", "to", "in" onto the name: وسوريا, للعراق, بألمانيا.
    ['عودة لاجئين من لبنان وسوريا للعراق', 'ar', ['LBN', 'SYR', 'IRQ']],
    ['طالبو لجوء بألمانيا وبريطانيا', 'ar', ['DEU', 'GBR']],
    // The Arabic comma and question mark end a word, as a Latin comma does.
    ['لاجئون من سوريا، والعراق؟', 'ar', ['SYR', 'IRQ']],
  ])('%s (%s) names %j', (title, language, codes) => {
    expect(countriesOf(title, language)).toEqual(codes);
  });

  it.each([
    // Lower-case everyday words that are country names when capitalised.
    ['Ve vsi byl cítit čad z komínů', 'cs'],
    ['Comprámos um peru para o Natal', 'pt'],
    ['de chili was te heet voor de kinderen', 'nl'],
    // Everyday words that are country names in any case are dropped or guarded.
    ['Mali destek paketi açıklandı', 'tr'],
    ['الدعم المالي للأسر الفقيرة', 'ar'],
    ['مدرسة بنين في الحي', 'ar'],
    ['Μετανάστες από τη Λατινική Αμερική', 'el'],
    ["Latin Amerika'dan gelen göçmenler", 'tr'],
  ])('%s (%s) names no country', (title, language) => {
    expect(countriesOf(title, language)).toEqual([]);
  });

  it('leaves und and the languages with term files as they were', () => {
    expect(countriesOf('Uprchlíci ze Sýrie dorazili do Německa', 'und')).toEqual([]);
    expect(countriesOf('Uprchlíci ze Sýrie dorazili do Německa', 'pl')).toEqual([]);
    expect(countriesOf('Refugees from Syria arrive in Germany', 'cs')).toEqual(['SYR', 'DEU']);
  });

  it('matches topics and organisations as und does', () => {
    const input = {
      title: 'UNHCR: asylum seekers from Syria',
      summary: 'Uprchlíci ze Sýrie',
      language: 'cs',
    };
    const own = tagText(input);
    const und = tagText({ ...input, language: 'und' });
    expect(own.topics).toEqual(und.topics);
    expect(own.organisations).toEqual(und.organisations);
    expect(own.countries.map((t) => t.id)).toEqual(['SYR']);
  });
});
