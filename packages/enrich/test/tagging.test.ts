import { describe, expect, it } from 'vitest';
import { matcherFor, SUPPORTED_LANGUAGES } from '../src/tagging/compile';
import { type CountryExtras, checkTaxonomy, mergeDemonyms, TaggingDataError } from '../src/tagging/data';
import {
  explainMatches,
  listCountries,
  listOrganisations,
  listTopics,
  migrationEvidence,
  TAXONOMY_VERSION,
  tagText,
} from '../src/tagging/index';
import { TagInputError } from '../src/tagging/tag-text';
import { parseTerm, TermSyntaxError } from '../src/tagging/term';

const countriesOf = (title: string, language: string, summary = '') =>
  tagText({ title, summary, language }).countries.map((t) => t.id);
/** The rules' topics (the learned model's additions are tested in learned.test.ts). */
const topicsOf = (title: string, language: string, summary = '') =>
  tagText({ title, summary, language }, { topicModel: null }).topics.map((t) => t.id);

describe('catalogue', () => {
  it('lists every ISO 3166 country with names in lt, en and ru', () => {
    const countries = listCountries();
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    const ltu = countries.find((c) => c.code === 'LTU');
    expect(ltu?.names).toEqual({ lt: 'Lietuva', en: 'Lithuania', ru: 'Литва' });
  });

  it('lists topics with three labels and a version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    const topics = listTopics();
    expect(topics.length).toBeGreaterThanOrEqual(20);
    for (const t of topics) expect(t.labels.lt && t.labels.en && t.labels.ru).toBeTruthy();
    expect(listOrganisations().map((o) => o.slug)).toContain('unhcr');
  });
});

describe('country inflections', () => {
  it.each([
    ['Migrantai Lietuvoje', 'lt'],
    ['Lietuvos pasieniečiai', 'lt'],
    ['Į Lietuvą atvyko', 'lt'],
    ['Мигранты в Литве', 'ru'],
    ['Граница Литвы', 'ru'],
    ['Migranci na Litwie', 'pl'],
    ['Granica Litwy', 'pl'],
    ['Flüchtlinge in Litauen', 'de'],
  ])('finds Lithuania in %s', (title, language) => {
    expect(countriesOf(title, language)).toContain('LTU');
  });

  it('reads Polish locatives that change the stem', () => {
    expect(countriesOf('Uchodźcy w Polsce', 'pl')).toContain('POL');
    expect(countriesOf('Pracownicy w Kanadzie', 'pl')).toContain('CAN');
    expect(countriesOf('Uchodźcy w Niemczech', 'pl')).toContain('DEU');
  });

  it('reads adjectives and demonyms', () => {
    expect(countriesOf('Ukrainian refugees', 'en')).toEqual(['UKR']);
    expect(countriesOf('украинские беженцы', 'ru')).toEqual(['UKR']);
    expect(countriesOf('ukraińscy uchodźcy', 'pl')).toEqual(['UKR']);
    expect(countriesOf('ukrainiečiai pabėgėliai', 'lt')).toEqual(['UKR']);
  });
});

describe('country look-alikes', () => {
  it('keeps Niger and Nigeria, Dominica and the Dominican Republic apart', () => {
    expect(countriesOf('Floods in Nigeria', 'en')).toEqual(['NGA']);
    expect(countriesOf('Floods in Niger', 'en')).toEqual(['NER']);
    expect(countriesOf('Storm hits the Dominican Republic', 'en')).toEqual(['DOM']);
    expect(countriesOf('Storm hits Dominica', 'en')).toEqual(['DMA']);
  });

  it('tells the Guineas apart', () => {
    expect(countriesOf('Cholera in Guinea-Bissau', 'en')).toEqual(['GNB']);
    expect(countriesOf('Cholera in Equatorial Guinea', 'en')).toEqual(['GNQ']);
    expect(countriesOf('Cholera in Papua New Guinea', 'en')).toEqual(['PNG']);
    expect(countriesOf('Cholera in Guinea', 'en')).toEqual(['GIN']);
  });

  it('does not read people called Jordan or Chad as countries', () => {
    expect(countriesOf('Basketball star Michael Jordan opens a school', 'en')).toEqual([]);
    expect(countriesOf('Chad Smith plays drums tonight', 'en')).toEqual([]);
    expect(countriesOf('Refugees in Jordan face cuts', 'en')).toEqual(['JOR']);
  });

  it('does not read the US state of Georgia as the country', () => {
    expect(countriesOf('Georgia election', 'en', 'Voters in Atlanta queued for hours.')).toEqual([]);
    expect(countriesOf('Georgia closes border', 'en', 'Tbilisi says the crossing is shut.')).toEqual(['GEO']);
  });

  it('names both Congos only when the text says which', () => {
    expect(countriesOf('Ebola in the Democratic Republic of the Congo', 'en')).toEqual(['COD']);
    expect(countriesOf('Floods in the Republic of Congo', 'en')).toEqual(['COG']);
  });

  it('does not read the pronoun "us" or food as countries', () => {
    expect(countriesOf('Tell us about turkey recipes', 'en')).toEqual([]);
  });

  it('reads Lithuanian "indai" (Indians) as India, but not the dishes of the same word', () => {
    expect(countriesOf('Iš registracijos centro mėgins pabėgti 16 indų', 'lt')).toEqual(['IND']);
    expect(countriesOf('Pasieniečiai perdavė du indus ir afganistanietį', 'lt')).toEqual(['IND', 'AFG']);
    expect(countriesOf('Indiečiai gavo leidimus gyventi', 'lt')).toEqual(['IND']);
    expect(countriesOf('Po vakarienės reikia plauti indus', 'lt')).toEqual([]);
    expect(countriesOf('Nauja indų plovimo mašina', 'lt')).toEqual([]);
  });
});

describe('phrases that only look like a country', () => {
  it('reads no country in a currency, Jersey City or the Palau de la Generalitat', () => {
    expect(countriesOf('Таджикские мигранты перевели около 3 миллиардов долларов США', 'ru')).toEqual([
      'TJK',
    ]);
    expect(countriesOf('Remittances reached 466 billion US dollars', 'en')).toEqual([]);
    expect(countriesOf('Migrantai atsiuntė 5 mln. JAV dolerių', 'lt')).toEqual([]);
    expect(countriesOf('He worked at Newport Centre in Jersey City', 'en')).toEqual([]);
    expect(countriesOf('Reunión en el Palau de la Generalitat', 'es')).toEqual([]);
    // A meeting ("réunion", "reunión", "reunião") opening a sentence is no Réunion; the island is.
    expect(countriesOf('Réunion des ministres européens sur les migrants', 'fr')).toEqual([]);
    expect(countriesOf('Reunião de ministros sobre migrantes', 'pt')).toEqual([]);
    expect(countriesOf('Des migrants arrivent à La Réunion', 'fr')).toEqual(['REU']);
    // The country itself still counts.
    expect(countriesOf('Migranci w USA i Stanach Zjednoczonych', 'pl')).toEqual(['USA']);
    expect(countriesOf('Migrants deported from the US', 'en')).toEqual(['USA']);
  });

  it('reads no country in "того же", "кроме того" or an ocean', () => {
    expect(countriesOf('Того же дня мигранты прибыли в Москву', 'ru')).toEqual([]);
    expect(countriesOf('Кроме того, беженцы ждут решения', 'ru')).toEqual([]);
    expect(countriesOf('Беженцы в Индийском океане', 'ru')).toEqual([]);
    expect(countriesOf('Uchodźcy na Oceanie Indyjskim', 'pl')).toEqual([]);
    expect(countriesOf('Migranti nell’Oceano Indiano', 'it')).toEqual([]);
    expect(countriesOf('Migrants sud-américains et latino-américains à Paris', 'fr')).toEqual([]);
    // The builder keeps no bracketed qualifier as a name: "francesa" is France's, not Saint Martin's.
    expect(countriesOf('La policía francesa detuvo a migrantes', 'es')).toEqual(['FRA']);
    expect(countriesOf('Migrants reach the Dutch part of the island', 'en')).toEqual(['NLD']);
    // The country itself still counts.
    expect(countriesOf('Мигранты из Того прибыли в Россию', 'ru')).toEqual(['TGO', 'RUS']);
  });
});

describe('names split from a parenthesis', () => {
  it('do not tag a country on their own: "Islands", "salos", "США" alone', () => {
    expect(countriesOf('Migrants reach the Canary Islands', 'en')).toEqual([]);
    expect(countriesOf('Migrantai pasiekė Graikijos salos krantus', 'lt')).toEqual(['GRC']);
    expect(countriesOf('Мигранты в США ждут решения суда', 'ru')).toEqual(['USA']);
    expect(countriesOf('A storm hit the Cocos Islands', 'en')).toEqual(['CCK']);
  });
});

describe('primary country', () => {
  it('prefers a title mention over more body mentions', () => {
    const r = tagText({
      title: 'Syrian refugees return home',
      summary: 'Many left Turkey; Turkey hosts millions; Turkey says more will go.',
      language: 'en',
    });
    expect(r.primaryCountry).toBe('SYR');
  });

  it('breaks ties by the first mention', () => {
    const r = tagText({ title: 'Talks between Poland and Lithuania on migrants', language: 'en' });
    expect(r.primaryCountry).toBe('POL');
  });

  it('is null when no country is named', () => {
    expect(tagText({ title: 'Asylum rules change', language: 'en' }).primaryCountry).toBeNull();
  });
});

describe('topics', () => {
  it('matches inflected Lithuanian, Russian and Polish terms', () => {
    expect(topicsOf('Prieglobsčio prašytojų skaičius išaugo', 'lt')).toContain('asylum-procedures');
    expect(topicsOf('Число просителей убежища выросло', 'ru')).toContain('asylum-procedures');
    expect(topicsOf('Wnioski o azyl w Polsce', 'pl')).toContain('asylum-procedures');
    expect(topicsOf('Prekyba žmonėmis: sulaikyti trys', 'lt')).toContain('trafficking');
  });

  it('tags everyday-word topics only when the item is about migration', () => {
    expect(topicsOf('New hospital opens for children', 'en')).toEqual([]);
    const migrant = topicsOf('Migrant children lack hospital care', 'en');
    expect(migrant).toContain('children-and-unaccompanied-minors');
    expect(migrant).toContain('health');
  });

  it('reads screening migrants for hepatitis and other diseases as health, in every language', () => {
    const cases: [string, string][] = [
      ['В России мигрантов начнут проверять на гепатиты', 'ru'],
      ['Мігрантів перевірятимуть на гепатит і сифіліс', 'uk'],
      ['Migrants to be screened for hepatitis', 'en'],
      ['Migranci będą badani na wirusowe zapalenie wątroby', 'pl'],
      ['Migrantai bus tikrinami dėl sifilio', 'lt'],
      ['Migranten werden auf Masern untersucht', 'de'],
      ['Les migrants dépistés pour la rougeole', 'fr'],
      ['Migrantes examinados por sarampión', 'es'],
      ['Migranti controllati per il morbillo', 'it'],
    ];
    for (const [title, language] of cases) expect(topicsOf(title, language), title).toContain('health');
    // The river Odra is not measles (Polish "odra").
    expect(topicsOf('Migranci w ośrodku w Krośnie nad Odrą', 'pl')).not.toContain('health');
  });

  it('needs more than one broad word in a summary for a context topic', () => {
    const side = topicsOf('Migrants reach the island', 'en', 'The government said it was watching.');
    expect(side).not.toContain('law-and-policy');
    expect(topicsOf('Parliament passes new asylum legislation', 'en')).toContain('law-and-policy');
    expect(topicsOf('Refugees in Chad', 'en', 'Officials moved them from the border.')).not.toContain(
      'border-management',
    );
    expect(topicsOf('Refugees held at the border', 'en')).toContain('border-management');
  });

  it('takes one mention of a context topic whose words are migration terms themselves', () => {
    // "Naturalization" is citizenship and migration at once: one summary mention is enough.
    expect(
      topicsOf('New US citizens hit a 15-year high', 'en', 'Naturalization ceremonies make a comeback'),
    ).toEqual(['citizenship']);
    // "Passport" is only a broad citizenship word: it stays below the bar of an unclear item.
    expect(topicsOf('Record year for travel', 'en', 'Passport offices were busy.')).toEqual([]);
    expect(topicsOf('Wnioski o nadanie obywatelstwa polskiego', 'pl')).toContain('citizenship');
    expect(topicsOf('В России растут ксенофобские настроения', 'ru')).toContain(
      'discrimination-and-xenophobia',
    );
  });

  it('reads data migration and old asylums for the insane as no migration', () => {
    expect(
      topicsOf(
        'Most cloud migrations overrun',
        'en',
        'Eighty percent of data migration projects fail, a survey says.',
      ),
    ).toEqual([]);
    expect(topicsOf('Saving the Trans-Allegheny Lunatic Asylum', 'en', 'A hospital for the insane.')).toEqual(
      [],
    );
    expect(topicsOf('Migracja danych do chmury: raport', 'pl')).toEqual([]);
    expect(topicsOf('Asylum seekers moved to a hospital', 'en')).toContain('asylum-procedures');
  });

  it('reads a foreign nationality next to a word for workers as labour migration', () => {
    expect(topicsOf('North Korean workers escape from building sites', 'en')).toContain('labour-migration');
    expect(topicsOf('Workers from the Philippines arrive', 'en')).toContain('labour-migration');
    expect(topicsOf('Сбежавшие северокорейские рабочие рассказали о работе', 'ru')).toContain(
      'labour-migration',
    );
    expect(topicsOf('Medycy z Ukrainy będą leczyć na dotychczasowych zasadach', 'pl')).toContain(
      'labour-migration',
    );
    expect(topicsOf('Vairuotojai iš Indijos laukia leidimų', 'lt')).toContain('labour-migration');
    // Workers of the paper's own country, or a country that is not next to the workers: not this rule.
    expect(topicsOf('British workers strike over pay', 'en')).toEqual([]);
    expect(topicsOf('Polscy pracownicy protestują', 'pl')).toEqual([]);
    expect(topicsOf('Poland beat India as workers watched', 'en')).toEqual([]);
  });

  it('reads a people living in another country, or its diaspora, as emigration and diaspora', () => {
    expect(topicsOf('Polacy mieszkający w Stanach Zjednoczonych wezmą udział w wyborach', 'pl')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Norvegijoje gyvenantys lietuviai renkasi į šventę', 'lt')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Главы таджикской диаспоры призвали земляков к осторожности', 'ru')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('La diaspora ukrainienne manifeste à Paris', 'fr')).toContain('emigration-and-diaspora');
    // Foreigners living in the paper's own country are immigrants there; a city is no country.
    expect(topicsOf('Lietuvoje gyvenantys Rusijos piliečiai gavo paramą', 'lt')).not.toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Ukrainians living in Britain get a new visa route', 'en')).not.toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Polish community centre opens in Warsaw', 'en')).toEqual([]);
  });

  it('reads refugees next to a word for going back as return, unless it did not happen', () => {
    expect(topicsOf('Į Siriją grįžo milijonas pabėgėlių', 'lt')).toContain('return-and-readmission');
    expect(topicsOf('Беженцы из Карабаха вернулись домой', 'ru')).toContain('return-and-readmission');
    expect(topicsOf('Uchodźcy wracają do domów w Charkowie', 'pl')).toContain('return-and-readmission');
    // English has its own return terms; these are the ones the rule adds, and their negation.
    expect(topicsOf('Беженцы не планируют возвращаться домой', 'ru')).not.toContain('return-and-readmission');
    // An intention right before the word for going back is enough ("планируют" is a stem form).
    expect(topicsOf('Беженцы планируют вернуться домой', 'ru')).not.toContain('return-and-readmission');
    expect(topicsOf('Uchodźcy planują wrócić do domów', 'pl')).not.toContain('return-and-readmission');
    // A return without refugees is no refugee return ("returned from holiday").
    expect(topicsOf('Minister returned from holiday', 'en')).toEqual([]);
  });

  it('takes a visa, a residence permit or a reception centre as migration evidence by itself', () => {
    // No core term: the instrument of migration law says it.
    expect(
      topicsOf('ЕС ввёл ограничения на выдачу россиянам многократных шенгенских виз', 'ru').sort(),
    ).toEqual(['law-and-policy', 'visas-and-residence']);
    expect(topicsOf('Japan creates a new residence permit for skilled workers', 'en')).toContain(
      'visas-and-residence',
    );
    // Broad words of such a topic are not evidence, and a payment card is no visa.
    expect(topicsOf('Visa Inc. announced financial results for the quarter', 'en')).toEqual([]);
    expect(topicsOf('Nowe zasady dla posiadaczy paszportów', 'pl')).toEqual([]);
  });

  it('reads a camp for displaced people as internal displacement, not reception', () => {
    const topics = topicsOf('Thousands of families remain in displacement camps in Duhok', 'en');
    expect(topics).toContain('internal-displacement');
    expect(topics).not.toContain('reception');
  });

  it('does not read a fire in a camp as climate displacement', () => {
    const topics = topicsOf('Пожар в лагере беженцев оставил без крова 12 тысяч человек', 'ru');
    expect(topics).toContain('refugees-and-resettlement');
    expect(topics).not.toContain('climate-and-displacement');
    expect(topicsOf('Pożar obozu dla uchodźców na Lesbos', 'pl')).not.toContain('climate-and-displacement');
    expect(topicsOf('Uchodźcy uciekają przed pożarem lasów', 'pl')).toContain('climate-and-displacement');
  });

  it('needs a word for a measure, not only actors, for law and policy', () => {
    expect(topicsOf('Migration minister visits the island camp', 'en')).not.toContain('law-and-policy');
    expect(topicsOf('Migration minister signs a decree on asylum', 'en')).toContain('law-and-policy');
    // Actors alone, however many, say who acts, not what is decided.
    expect(
      topicsOf('Government to house asylum seekers', 'en', 'The government and parliament met the minister.'),
    ).not.toContain('law-and-policy');
    expect(
      topicsOf('Премьер-министр сказал, что примут беженцев', 'ru', 'Президент и правительство встретились.'),
    ).not.toContain('law-and-policy');
    // An actor next to a broad word for a measure is enough: "the government's new rules".
    expect(
      topicsOf('Government tightens rules for asylum seekers', 'en', 'The government and parliament agreed.'),
    ).toContain('law-and-policy');
    expect(topicsOf('Rząd zaostrza przepisy dla cudzoziemców', 'pl')).toContain('law-and-policy');
  });

  it('needs a second everyday word for work, or a specific one, for employment', () => {
    // "workers" and "work" are the labour migration of these items, not an employment story.
    expect(
      topicsOf('Israel to bring in 65,000 foreign building workers to replace Palestinians', 'en'),
    ).not.toContain('employment');
    expect(topicsOf('Refugees face unemployment in Poland', 'en')).toContain('employment');
    expect(
      topicsOf('Migrants find jobs', 'en', 'Refugees get work permits and jobs in the labour market.'),
    ).toContain('employment');
  });

  it('reads no diplomatic or tourist accommodation as reception', () => {
    expect(
      topicsOf(
        'Embassy of Mexico organised a reception marking independence day',
        'en',
        'Mexican residents in Serbia and migrants from the region attended.',
      ),
    ).not.toContain('reception');
    expect(
      topicsOf('Lietuvos apgyvendinimo įstaigos sulaukė daugiau turistų ir užsieniečių', 'lt'),
    ).not.toContain('reception');
    expect(topicsOf('Migrant reception centre is full', 'en')).toContain('reception');
  });

  it('reads "Airijos lietuviai" (the Lithuanians of Ireland) as a diaspora', () => {
    expect(topicsOf('Airijos lietuviai kuria mažytę Lietuvą', 'lt')).toContain('emigration-and-diaspora');
    expect(topicsOf('JAV lietuvių bendruomenė rinko pinigus', 'lt')).toContain('emigration-and-diaspora');
    expect(topicsOf('Lietuvos lietuviai balsavo rinkimuose', 'lt')).toEqual([]);
  });

  it("reads people leaving the paper's own country, or its emigrants coming back, as emigration", () => {
    expect(topicsOf('После начала мобилизации Россию покинули сотни тысяч человек', 'ru')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Polacy nie wracają masowo z Wielkiej Brytanii', 'pl')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Per metus Lietuvą paliko 20 tūkst. gyventojų', 'lt')).toContain(
      'emigration-and-diaspora',
    );
    // Without a word for leaving or going back, a people is no emigration.
    expect(topicsOf('Polacy i Niemcy grali w piłkę', 'pl')).toEqual([]);
  });

  it("reads the paper's own people leaving for, or working in, a foreign country as emigration", () => {
    expect(topicsOf('Polacy masowo opuszczają Wielką Brytanię', 'pl')).toContain('emigration-and-diaspora');
    expect(topicsOf('Policja zatrzymała 30 Polaków pracujących w Holandii', 'pl')).toContain(
      'emigration-and-diaspora',
    );
    expect(topicsOf('Pasaulio lietuvius jungiantys tiltai', 'lt')).toContain('emigration-and-diaspora');
    // At home they are no emigrants.
    expect(topicsOf('Polacy pracujący w Polsce zarabiają więcej', 'pl')).not.toContain(
      'emigration-and-diaspora',
    );
  });

  it('reads climate migration as migration evidence, and crossing the Channel as irregular migration', () => {
    expect(
      topicsOf(
        'Four in five Tuvaluans apply to move to Australia',
        'en',
        'The great climate migration has begun.',
      ),
    ).toContain('climate-and-displacement');
    expect(topicsOf('Des personnes ont essayé de traverser la Manche à bord de bateaux', 'fr')).toContain(
      'irregular-migration-and-smuggling',
    );
    // Breaking the migration laws is irregular migration, not a law-and-policy item.
    const raid = topicsOf(
      'На стройке в Казани нашли 14 иностранцев, нарушивших миграционное законодательство',
      'ru',
    );
    expect(raid).toContain('irregular-migration-and-smuggling');
    expect(raid).not.toContain('law-and-policy');
  });

  it('reads a voluntary return or an expulsion from the country as migration evidence (lt)', () => {
    expect(topicsOf('Apie 80 žmonių artimiausią savaitę bus grąžinti laisvanoriškai', 'lt')).toContain(
      'return-and-readmission',
    );
  });

  it('reads workers "mostly from" a country as labour migration', () => {
    expect(
      topicsOf('Lietuva bijo likti be vairuotojų', 'lt', 'Anksčiau dauguma vairuotojų buvo iš Ukrainos.'),
    ).toContain('labour-migration');
  });

  it('reads French "déporter" as return', () => {
    expect(
      topicsOf("Près d'un quart de million d'Haïtiens déportés de la République dominicaine", 'fr'),
    ).toContain('return-and-readmission');
  });

  it('reads "internal refugees" as internal displacement, not refugees', () => {
    const idp = topicsOf('Miasteczko kontenerowe dla uchodźców wewnętrznych we Lwowie', 'pl');
    expect(idp).toContain('internal-displacement');
    expect(idp).not.toContain('refugees-and-resettlement');
    expect(topicsOf('Внутренние беженцы из Донецка получили жильё', 'ru')).not.toContain(
      'refugees-and-resettlement',
    );
    expect(topicsOf('Uchodźcy z Ukrainy w Polsce', 'pl')).toContain('refugees-and-resettlement');
  });

  it('reads a visa as a full mention of visas in Polish and Russian', () => {
    expect(
      topicsOf('Studenci zapisują się na uczelnię', 'pl', 'Zapisują się na uczelnię, by uzyskać wizę.'),
    ).toContain('visas-and-residence');
    expect(topicsOf('Черногория введёт визы для россиян', 'ru')).toContain('visas-and-residence');
  });

  it('reads stop phrases as nothing', () => {
    const expelled = topicsOf(
      'Из региона выдворили мигрантов',
      'ru',
      'Они нарушили миграционное законодательство.',
    );
    expect(expelled).toContain('return-and-readmission');
    expect(expelled).not.toContain('law-and-policy');
    expect(topicsOf('Госдума приняла закон о мигрантах', 'ru')).toContain('law-and-policy');
    const boat = topicsOf('Refugees arrive by boat', 'en', 'Among them were women and children.');
    expect(boat).not.toContain('children-and-unaccompanied-minors');
    expect(topicsOf('Unaccompanied children among refugees', 'en')).toContain(
      'children-and-unaccompanied-minors',
    );
    expect(topicsOf('Prekyba žmonėmis neturi sienų', 'lt')).not.toContain('border-management');
  });

  it("gives a broad word inside another topic's phrase to that phrase", () => {
    const permits = topicsOf('Cudzoziemcy dostali zezwolenia na pracę', 'pl');
    expect(permits).toContain('labour-migration');
    expect(permits).not.toContain('employment');
    expect(topicsOf('Migranci na rynku pracy', 'pl')).toContain('employment');
  });

  it('does not read inflected words of other stems as topic words', () => {
    expect(topicsOf('Migranci zatrzymani z powodu braku dokumentów', 'pl')).not.toContain(
      'climate-and-displacement',
    );
    expect(topicsOf('Powódź: migranci ewakuowani', 'pl')).toContain('climate-and-displacement');
    expect(topicsOf('Из области депортировано 200 мигрантов', 'ru')).toContain('return-and-readmission');
    expect(topicsOf('Migrants ignore the campaign', 'en')).not.toContain('reception');
  });

  it('records origin and a confidence between 0 and 1', () => {
    const [tag] = tagText({ title: 'Asylum seekers wait at the border', language: 'en' }).topics;
    expect(tag?.origin).toBe('rule');
    expect(tag?.confidence).toBeGreaterThan(0);
    expect(tag?.confidence).toBeLessThanOrEqual(1);
  });
});

describe('organisations', () => {
  it('finds names and acronyms across languages', () => {
    const orgs = (title: string, language: string) =>
      tagText({ title, language }).organisations.map((o) => o.id);
    expect(orgs('УВКБ ООН призвало помочь беженцам', 'ru')).toContain('unhcr');
    expect(orgs('JT pabėgėlių agentūra ragina', 'lt')).toContain('unhcr');
    expect(orgs('Frontex and EASO report', 'en')).toEqual(expect.arrayContaining(['frontex', 'euaa']));
    expect(orgs('Urząd do Spraw Cudzoziemców wydał decyzję', 'pl')).toContain('pl-office-for-foreigners');
    expect(orgs('Migracijos departamentas informuoja', 'lt')).toContain('lt-migration-department');
    expect(orgs('Lietuvos Raudonasis Kryžius padeda', 'lt')).toContain('red-cross-red-crescent');
  });

  it('does not read ordinary words as acronyms', () => {
    expect(tagText({ title: 'I will ice the cake', language: 'en' }).organisations).toEqual([]);
  });

  it("knows national migration offices, and their names' words say nothing about the item", () => {
    const pmlp = tagText({
      title: 'Latvia to deport Russians who failed the language test',
      summary: 'the Office of Citizenship and Migration Affairs said on Monday.',
      language: 'en',
    });
    expect(pmlp.organisations.map((o) => o.id)).toContain('lv-pmlp');
    expect(pmlp.topics.map((t) => t.id)).not.toContain('citizenship');
    const ircc = tagText({
      title: 'Федеральные власти выделили деньги для помощи иммигрантам в Торонто',
      summary: 'Министерство гражданства и иммиграции сообщило о выделении двух миллионов долларов.',
      language: 'ru',
    });
    expect(ircc.organisations.map((o) => o.id)).toContain('ca-ircc');
    expect(ircc.topics.map((t) => t.id)).not.toContain('citizenship');
    // Without the office the same words are a citizenship item.
    expect(topicsOf('Latvia changes its rules on citizenship for migrants', 'en')).toContain('citizenship');
  });
});

describe('migrationEvidence', () => {
  it('is 0 for unrelated text and grows with migration terms', () => {
    const none = migrationEvidence({ title: 'Football results', language: 'en' });
    const some = migrationEvidence({ title: 'Sports', summary: 'Refugees watched.', language: 'en' });
    const more = migrationEvidence({
      title: 'Refugees and migrants',
      summary: 'Asylum seekers.',
      language: 'en',
    });
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(0);
    expect(more).toBeGreaterThan(some);
    expect(more).toBeLessThanOrEqual(1);
  });

  it("falls back to every language's terms for 'und'", () => {
    expect(migrationEvidence({ title: 'pabėgėliai', language: 'und' })).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  it('rejects a missing title with a clear error', () => {
    expect(() => tagText({ language: 'en' } as never)).toThrow(TagInputError);
    expect(() => tagText({ title: 'x', language: '' })).toThrow(/language/);
    expect(() => tagText({ title: 'x', summary: 5, language: 'en' } as never)).toThrow(/summary/);
  });

  it('returns nothing, without throwing, for empty text', () => {
    expect(tagText({ title: '', summary: null, text: null, language: 'en' })).toEqual({
      topics: [],
      countries: [],
      primaryCountry: null,
      organisations: [],
    });
  });

  it('merges a demonyms file into the aliases, and refuses a bad one by name', () => {
    const extras = { aliases: { TKM: { ru: ['туркменск*'] } } } as unknown as CountryExtras;
    const codes = new Set(['TKM', 'ECU']);
    mergeDemonyms(
      extras,
      codes,
      'ru',
      { TKM: ['туркменск*', 'Туркменистан*'], ECU: ['эквадорц*'] },
      'ru.json',
    );
    expect(extras.aliases.TKM?.ru).toEqual(['туркменск*', 'Туркменистан*']);
    expect(extras.aliases.ECU?.ru).toEqual(['эквадорц*']);
    const merge = (data: unknown) => () => mergeDemonyms(extras, codes, 'ru', data, 'demonyms/ru.json');
    expect(merge(['TKM'])).toThrow(/demonyms\/ru\.json.*expected an object/);
    expect(merge({ XYZ: ['x'] })).toThrow(/unknown code XYZ/);
    expect(merge({ TKM: 'туркмен*' })).toThrow(/TKM: expected a list of terms/);
    expect(merge({ TKM: [''] })).toThrow(TaggingDataError);
  });

  it('rejects malformed match terms and taxonomy files by name', () => {
    expect(() => parseTerm('ab*')).toThrow(TermSyntaxError);
    expect(() => parseTerm('foo(bar')).toThrow(TermSyntaxError);
    // A prefix inside a term would make a word that never matches: refused, naming the word.
    expect(() => parseTerm('Ocean ^Viking')).toThrow(/"\^viking"|"\^Viking"/);
    expect(() => parseTerm('centros de detención migratoria~retenid*')).toThrow(TermSyntaxError);
    expect(() => checkTaxonomy({ version: '1', core: {}, topics: [{ slug: 'Bad Slug' }] })).toThrow(
      TaggingDataError,
    );
    expect(() =>
      checkTaxonomy({
        version: '1',
        core: {},
        topics: [{ slug: 'a', labels: { lt: 'a', en: 'a', ru: 'a' }, terms: { en: [''] } }],
      }),
    ).toThrow(/non-empty/);
    // Broad and actor weights are for topic terms: in the core list they would be silently lost.
    for (const term of ['~border', '@government'])
      expect(() =>
        checkTaxonomy({
          version: '1',
          core: { en: [term] },
          topics: [{ slug: 'a', labels: { lt: 'a', en: 'a', ru: 'a' }, terms: { en: ['a'] } }],
        }),
      ).toThrow(new RegExp(`core: en term with \\${term[0]}`));
  });
});

describe('shipped term files', () => {
  it('compile for every supported language and for und', () => {
    for (const lang of [...SUPPORTED_LANGUAGES, 'und']) expect(() => matcherFor(lang)).not.toThrow();
  });

  it('let a core stop phrase take its words: a nursery or a bomb shelter is no migration evidence', () => {
    expect(migrationEvidence({ title: 'Apre un nuovo asilo nido comunale a Bergamo', language: 'it' })).toBe(
      0,
    );
    expect(migrationEvidence({ title: 'Chiede asilo politico in Italia', language: 'it' })).toBeGreaterThan(
      0.5,
    );
    expect(migrationEvidence({ title: 'Жители спустились в убежище во время тревоги', language: 'ru' })).toBe(
      0,
    );
    expect(
      migrationEvidence({ title: 'Журналист попросил убежища в Германии', language: 'ru' }),
    ).toBeGreaterThan(0.5);
  });
});

describe('evidence from migration bodies', () => {
  it('reads Grupa Granica as a body, not as a border item', () => {
    const tags = tagText({
      title: 'Grupa Granica alarmuje: w lesie czekają ludzie',
      summary: '',
      language: 'pl',
    });
    expect(tags.organisations.map((o) => o.id)).toEqual(['grupa-granica']);
    expect(tags.topics.map((t) => t.id)).not.toContain('border-management');
  });

  it('lets naming IOM or UNHCR open the gate for everyday-word topics', () => {
    const withBody = topicsOf('IOM calls for investigation of shipwreck deaths', 'en');
    const without = topicsOf('Investigators look into shipwreck deaths', 'en');
    expect(withBody).toContain('deaths-and-search-and-rescue');
    expect(without).toEqual([]);
  });

  it('reads English adjectives of -a names but keeps Dominican for the Dominican Republic', () => {
    expect(countriesOf('Kenyan and Somalian refugees', 'en')).toEqual(['KEN', 'SOM']);
    expect(countriesOf('Dominican migrants', 'en')).toEqual(['DOM']);
  });
});

describe('tokens', () => {
  it('keeps in-laws out of law and policy', () => {
    expect(topicsOf('Refugee fled with her mother-in-law', 'en')).not.toContain('law-and-policy');
    expect(topicsOf('Refugee law changes', 'en')).toContain('law-and-policy');
  });
});

describe('German and French', () => {
  it('tags topics and countries in de and fr', () => {
    const de = tagText({
      title: 'Abschiebungen nach Afghanistan: Flüchtlinge in Deutschland',
      language: 'de',
    });
    expect(de.topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['return-and-readmission', 'refugees-and-resettlement']),
    );
    expect(de.countries.map((t) => t.id)).toEqual(['AFG', 'DEU']);
    const fr = tagText({ title: "Les demandeurs d'asile en France attendent", language: 'fr' });
    expect(fr.topics.map((t) => t.id)).toContain('asylum-procedures');
    expect(fr.primaryCountry).toBe('FRA');
  });
});

describe('explainMatches', () => {
  it('shows the matches the tags come from: organisation names whole, composed mentions too', () => {
    const explained = explainMatches({
      title: 'Lithuanians living in Norway',
      summary: 'The UN Refugee Agency said so.',
      language: 'en',
    });
    const kinds = (words: string) => explained.filter((e) => e.words === words).flatMap((e) => e.kinds);
    expect(kinds('UN Refugee Agency')).toEqual(['org:unhcr']);
    // "Refugee" inside the agency's name counts for the agency alone, as in the tags.
    expect(kinds('Refugee')).toEqual([]);
    expect(kinds('Lithuanians living in Norway')).toContain('topic:emigration-and-diaspora');
    expect(explained.find((e) => e.words === 'Norway')).toMatchObject({
      field: 'title',
      kinds: ['country:NOR'],
    });
    expect(explained.some((e) => e.field === 'summary')).toBe(true);
  });
});
