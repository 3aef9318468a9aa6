// Polish and Lithuanian other names, adjectives and demonyms (countries/demonyms/pl.json and
// lt.json): short forms, case forms the generated names miss, and words for a nation's people.
import { describe, expect, it } from 'vitest';
import { tagText } from '../src/tagging';

const countriesOf = (title: string, language: string) =>
  tagText({ title, summary: '', language }).countries.map((t) => t.id);

describe('Polish and Lithuanian country words', () => {
  it.each([
    ['Brazylijczycy protestują przeciw deportacjom z Portugalii', 'pl', ['BRA', 'PRT']],
    ['Straż Graniczna zatrzymała trzech Ekwadorczyków i dwóch Kolumbijczyków', 'pl', ['ECU', 'COL']],
    ['Ekwadorskie władze zaostrzyły przepisy wizowe', 'pl', ['ECU']],
    ['Nepalczycy i Hindusi coraz częściej pracują w polskich magazynach', 'pl', ['NPL', 'IND', 'POL']],
    ['Wczoraj granicę próbowało przekroczyć 30 Egipcjan i 12 Erytrejczyków', 'pl', ['EGY', 'ERI']],
    ['Rumuni i Bułgarzy zastępują Polaków przy zbiorach w Holandii', 'pl', ['ROU', 'BGR', 'POL', 'NLD']],
    ['Bośnia krytykowana za los migrantów pozostawionych bez schronienia', 'pl', ['BIH']],
    ['Statek pod maltańską banderą uratował 30 migrantów', 'pl', ['MLT']],
    ['Korea Płn. wysyła robotników do Rosji', 'pl', ['PRK', 'RUS']],
    ['Uciekinierzy z Korei Północnej osiedlają się w Korei Południowej', 'pl', ['PRK', 'KOR']],
    ['Robotnicy z Indii i Filipin czekają miesiącami na wizy', 'pl', ['IND', 'PHL']],
    ['Migranci z Chin i Wietnamu zatrzymani na granicy', 'pl', ['CHN', 'VNM']],
    ['W Irlandii Północnej wzrosła liczba wniosków o azyl', 'pl', ['GBR']],
    ['Obywatele Zjednoczonych Emiratów Arabskich oraz Czech nie potrzebują wiz', 'pl', ['ARE', 'CZE']],
    ['Uzbecy, Tadżycy i Kirgizi pracują na budowach w Rosji', 'pl', ['UZB', 'TJK', 'KGZ', 'RUS']],
    ['Turkmeni i Kazachowie szukają pracy w Turcji', 'pl', ['TKM', 'KAZ', 'TUR']],
    ['Wenezuelczycy uciekają do Kolumbii', 'pl', ['VEN', 'COL']],
    ['W Demokratycznej Republice Konga grozi kryzys humanitarny', 'pl', ['COD']],
    ['Z Wybrzeża Kości Słoniowej do Włoch przez Morze Śródziemne', 'pl', ['CIV', 'ITA']],
    ['Mauretańska straż przybrzeżna zatrzymała łódź z migrantami', 'pl', ['MRT']],
    ['Kosowianie mogą podróżować bez wiz, w Kosowie radość', 'pl', ['XKX']],
    ['Sudańczycy uciekają przed wojną do Czadu', 'pl', ['SDN', 'TCD']],
    ['Kubańczycy, Haitańczycy i Nikaraguańczycy na granicy z USA', 'pl', ['CUB', 'HTI', 'NIC', 'USA']],
    ['Z Maroka do Hiszpanii płyną kolejne łodzie', 'pl', ['MAR', 'ESP']],
    ['Mieszkańcy Sahary Zachodniej od lat żyją w obozach', 'pl', ['ESH']],
    ['Tajwańczycy i Hongkończycy otrzymali prawo pobytu', 'pl', ['TWN', 'HKG']],
    ['Atak na Turczynkę i mężczyznę z Indii we Wrocławiu', 'pl', ['TUR', 'IND']],
    ['Nepaliečių teigimu, jiems buvo žadama 1300 eurų alga', 'lt', ['NPL']],
    ['Sulaikytas 8 afganistaniečius gabenęs Ukrainos pilietis', 'lt', ['AFG', 'UKR']],
    ['Daugiausia atvyksta iš Uzbekistano, Tadžikistano ir Kirgizijos', 'lt', ['UZB', 'TJK', 'KGZ']],
    ['Kirgizai ir tadžikai vis dažniau dirba Lietuvoje', 'lt', ['KGZ', 'TJK', 'LTU']],
    ['JK lietuvių bendruomenė nori išsaugoti pilietybę', 'lt', ['GBR', 'LTU']],
    ['Šiaurės Airijoje daugėja prieglobsčio prašytojų', 'lt', ['GBR']],
    ['Ekvadoriečiai ir kolumbiečiai plūsta į Ispaniją', 'lt', ['ECU', 'COL', 'ESP']],
    ['Brazilai sudaro didžiausią migrantų bendruomenę Portugalijoje', 'lt', ['BRA', 'PRT']],
    ['Šiaurės Korėjos kariai kovoja Rusijos pusėje', 'lt', ['PRK', 'RUS']],
    ['Šiaurės korėjiečiai dirba Rusijos statybose', 'lt', ['PRK', 'RUS']],
    ['Naujojoje Zelandijoje keičiamos vizų taisyklės', 'lt', ['NZL']],
    ['Turkmėnai ir uzbekai gavo leidimus gyventi', 'lt', ['TKM', 'UZB']],
    ['Kongo Demokratinėje Respublikoje pabėgėlių skaičius auga', 'lt', ['COD']],
    ['Eritrėjiečiai ir sudaniečiai įstrigo Libijoje', 'lt', ['ERI', 'SDN', 'LBY']],
    ['Kosoviečiai ir serbai galės keliauti be vizų', 'lt', ['XKX', 'SRB']],
    ['Moldavai ir rumunai dirba Italijos ūkiuose', 'lt', ['MDA', 'ROU', 'ITA']],
    ['Kazachai ir azerbaidžaniečiai studijuoja Kaune', 'lt', ['KAZ', 'AZE']],
    ['Venesueliečiai bėga į Kolumbiją', 'lt', ['VEN', 'COL']],
    ['Irakiečiai ir iraniečiai sulaikyti pasienyje', 'lt', ['IRQ', 'IRN']],
    ['Malietis ir senegalietis išgelbėti Viduržemio jūroje', 'lt', ['MLI', 'SEN']],
    ['Austrai ir australai', 'lt', ['AUT', 'AUS']],
    ['Nigeriečiai ir ganiečiai prašo prieglobsčio', 'lt', ['NGA', 'GHA']],
    ['Bosnijoje ir Kroatijoje migrantai laukia prie sienos', 'lt', ['BIH', 'HRV']],
  ])('%s (%s) names %j', (title, language, codes) => {
    expect(countriesOf(title, language).sort()).toEqual([...codes].sort());
  });

  it.each([
    ['Kupiła nowe japonki i panamkę na plażę', 'pl'],
    ['Epidemia hiszpanki zabiła miliony ludzi', 'pl'],
    ['Dzieci popłynęły kanadyjką po jeziorze', 'pl'],
    ['Żeglarz mocno trzymał szkot na wietrze', 'pl'],
    ['Na deser podano śliwki węgierki z bitą śmietaną', 'pl'],
    ['Mam katar i ból gardła od tygodnia', 'pl'],
    ['Vakare plovėme indus, o vaikai žiūrėjo kiną', 'lt'],
    ['Parduotuvėje pametė čekį ir piniginę', 'lt'],
    ['Migrantai iš Lotynų Amerikos laukia prie sienos', 'lt'],
    ['Malūnininkas maltus grūdus supylė į maišus', 'lt'],
  ])('%s (%s) names no country', (title, language) => {
    expect(countriesOf(title, language)).toEqual([]);
  });
});
