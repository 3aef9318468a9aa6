// Other names, adjectives and demonyms in en, de, fr, es and it (data/countries/demonyms/<lang>.json):
// a country is tagged when the text names its people or uses its adjective, in any case or number.
import { describe, expect, it } from 'vitest';
import { tagText } from '../src/tagging';

const countriesOf = (title: string, language: string) =>
  tagText({ title, summary: '', language }).countries.map((t) => t.id);

describe('demonyms and adjectives (en, de, fr, es, it)', () => {
  it.each([
    ['Ecuadorians make up a growing share of arrivals at the southern border', 'en', 'ECU'],
    ['An Ecuadorian family was deported after 20 years in Texas', 'en', 'ECU'],
    ['Canadian officials pause the resettlement of refugees', 'en', 'CAN'],
    ['Burundian refugees return home from camps in Tanzania', 'en', 'BDI'],
    ['Fighting in the Democratic Republic of Congo displaces 100,000 people', 'en', 'COD'],
    ['Japanese court rejects an asylum claim by a Myanmar national', 'en', 'JPN'],
    ['Sahrawi refugees in Tindouf face cuts in food aid', 'en', 'ESH'],
    ['Equatorial Guinean migrants stranded in Cameroon', 'en', 'GNQ'],
    ['Asylum applications by Peruvians and Brazilians rose last year', 'en', 'PER'],
    ['Zimbabwean workers in South Africa fear losing their permits', 'en', 'ZWE'],
    ['Die Zahl der Ecuadorianer, die in die USA fliehen, steigt', 'de', 'ECU'],
    ['Mexikanische Behörden stoppen eine Karawane von Migranten', 'de', 'MEX'],
    ['Abschiebeflug mit 30 Nigerianern in Lagos gelandet', 'de', 'NGA'],
    ['Immer mehr Afghaninnen und Eritreerinnen suchen Schutz', 'de', 'ERI'],
    ['Flüchtlinge aus der Demokratischen Republik Kongo erreichen Uganda', 'de', 'COD'],
    ['Geflüchtete aus den Niederlanden nach Belgien verlegt', 'de', 'NLD'],
    ['Des garde-côtes mauritaniens interceptent une pirogue au large de Nouadhibou', 'fr', 'MRT'],
    ['Les migrants vénézuéliens affluent à la frontière colombienne', 'fr', 'VEN'],
    ['Des demandeurs d’asile guinéens et ivoiriens secourus en Méditerranée', 'fr', 'CIV'],
    ['Les autorités tunisiennes expulsent des Soudanais vers la frontière libyenne', 'fr', 'SDN'],
    ['Un réfugié sud-soudanais raconte son exil', 'fr', 'SSD'],
    ['Miles de ecuatorianos cruzan el Darién rumbo al norte', 'es', 'ECU'],
    ['Las autoridades panameñas registran un récord de migrantes', 'es', 'PAN'],
    ['Deportan a 50 hondureños y guatemaltecos desde México', 'es', 'HND'],
    ['Refugiados somalíes llegan a Yemen en pequeñas embarcaciones', 'es', 'SOM'],
    ['Corea del Norte cierra sus fronteras a los desertores', 'es', 'PRK'],
    ['Sbarcati a Lampedusa 200 migranti tunisini e bengalesi', 'it', 'TUN'],
    ['I migranti ecuadoriani rappresentano la prima comunità latinoamericana a Genova', 'it', 'ECU'],
    ['La guardia costiera libica ha riportato indietro 300 persone', 'it', 'LBY'],
    ['Centinaia di profughi lituani e polacchi nel dopoguerra', 'it', 'LTU'],
    ['Rimpatriati cinque cittadini egiziani dal Cpr di Torino', 'it', 'EGY'],
  ])('%s (%s) names %s', (title, language, code) => {
    expect(countriesOf(title, language)).toContain(code);
  });

  it.each([
    ['An Equatorial Guinean asylum seeker', 'en', 'GNQ', 'GIN'],
    ['North Korean defectors arrive in Seoul', 'en', 'PRK', 'KOR'],
    ['Bosnian Serb leaders oppose the migrant centre', 'en', 'BIH', 'SRB'],
    ['Greek Cypriot police patrol the buffer zone', 'en', 'CYP', 'GRC'],
    ['Des migrants nord-coréens', 'fr', 'PRK', 'KOR'],
    ['Des réfugiés sud-soudanais', 'fr', 'SSD', 'SDN'],
    ['Migranti nigerini bloccati nel deserto', 'it', 'NER', 'NGA'],
    ['Migrantes nigerianos detenidos en Libia', 'es', 'NGA', 'NER'],
  ])('%s (%s) names %s, not %s', (title, language, code, not) => {
    const got = countriesOf(title, language);
    expect(got).toContain(code);
    expect(got).not.toContain(not);
  });

  it.each([
    ['The ministry will polish the draft before the vote', 'en'],
    ['Die Regierung will die Schotten dicht machen', 'de'],
    ['Die Malteser betreiben eine neue Notunterkunft', 'de'],
    ['François Hollande a commenté la politique migratoire', 'fr'],
    ['La guardia costera rescató a 50 personas en el mar', 'es'],
    ['Il professor Giordano ha presentato il rapporto sui rifugiati', 'it'],
  ])('%s (%s) names no country', (title, language) => {
    expect(countriesOf(title, language)).toEqual([]);
  });
});
