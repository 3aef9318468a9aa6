import { describe, expect, it } from 'vitest';
import { isEldLoaded } from '../src/language/eld-model';
import { createLanguageDetector, detectLanguage } from '../src/language/index';

// Real texts: headlines from data/langeval (Babel Briefings sample, LIGA.net RSS) and two-word
// texts from lingua's test data.
const LITHUANIAN =
  'Likus parai, V.Urbonas nežinojo varžovo: „Kas vyksta kitoje pusėje, mums sudėtinga suprasti“';
const LATVIAN = 'U21 izlases pussargs kļūst par Itālijas C sērijas kluba spēlētāju';
const ESTONIAN = 'Eesti valitsus arutas pagulaste vastuvõtmist';
const RUSSIAN = 'Израиль ударил по оружейным объектам и складам ХАМАС';
const UKRAINIAN = 'Популярні українські актори Дмитро Сова і Даша Легейда зіграли весілля у Києві';
const BULGARIAN = 'Как в енергетиката се създава балон от трилиони долари';

describe('detectLanguage', () => {
  it('loads the eld model on the first call, not on import', () => {
    expect(isEldLoaded('large')).toBe(false);
    expect(detectLanguage({ title: LITHUANIAN }).language).toBe('lt');
    expect(isEldLoaded('large')).toBe(true);
  });

  it('names the language of news headlines with high confidence', () => {
    const result = detectLanguage({ title: LITHUANIAN });
    expect(result).toEqual({ language: 'lt', confidence: expect.any(Number) });
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(
      detectLanguage({ title: 'Frans parlement stemt in met wet die korte binnenlandse vluchten verbiedt' })
        .language,
    ).toBe('nl');
  });

  it('tells Russian, Ukrainian and Bulgarian apart', () => {
    expect(detectLanguage({ title: RUSSIAN }).language).toBe('ru');
    expect(detectLanguage({ title: UKRAINIAN }).language).toBe('uk');
    expect(detectLanguage({ title: BULGARIAN }).language).toBe('bg');
  });

  it('does not drop Latvian and Estonian (franc names them lvs and ekk)', () => {
    expect(detectLanguage({ title: LATVIAN }).language).toBe('lv');
    expect(detectLanguage({ title: ESTONIAN }).language).toBe('et');
    const francAlone = createLanguageDetector({ eldSize: null });
    expect(francAlone({ title: LATVIAN }).language).toBe('lv');
    expect(francAlone({ title: ESTONIAN }).language).toBe('et');
  });

  it('resolves an ambiguous short text to the language its source publishes in', () => {
    const alone = detectLanguage({ title: 'точно запомнить' });
    const withSource = detectLanguage({ title: 'точно запомнить', sourceLanguages: ['ru', 'en'] });
    expect(alone.confidence).toBeLessThan(0.6);
    expect(withSource.language).toBe('ru');
    expect(withSource.confidence).toBeGreaterThan(alone.confidence);
    expect(detectLanguage({ title: 'alpine style', declared: 'en-GB' }).language).toBe('en');
    expect(detectLanguage({ title: 'можна говорити', url: 'https://example.org/uk/news/1' }).language).toBe(
      'uk',
    );
  });

  it('keeps strong text evidence over a conflicting declared language and URL', () => {
    const result = detectLanguage({
      title: LITHUANIAN,
      declared: 'en',
      url: 'https://example.org/en/news?lang=en',
      sourceLanguages: ['en'],
    });
    expect(result.language).toBe('lt');
    expect(detectLanguage({ title: RUSSIAN, declared: 'uk-UA' }).language).toBe('ru');
  });

  it('reads the summary and body along with the title', () => {
    const result = detectLanguage({
      title: 'COVID-19',
      summary: 'Экс-президент Боливии Жанин Аньес пыталась совершить суицид в тюрьме',
      text: null,
    });
    expect(result.language).toBe('ru');
  });

  it('lets a long, clear title decide over a summary in another language', () => {
    const result = detectLanguage({
      title: LITHUANIAN,
      summary: 'Israel struck Hamas weapons sites and depots overnight',
    });
    expect(result.language).toBe('lt');
  });

  it('answers und for empty, numeric and letterless text', () => {
    for (const title of ['', '   ', '2024-05-01 12:00', '12 345,67 €', '!!! …', 'https://example.org/a/b']) {
      expect(detectLanguage({ title })).toEqual({ language: 'und', confidence: 0 });
    }
  });

  it('falls back to the declared language when the text has no letters to read', () => {
    expect(detectLanguage({ title: '2024-05-01', declared: 'lt-LT' }).language).toBe('lt');
    expect(detectLanguage({ title: '2024-05-01', declared: 'xx-garbage!' })).toEqual({
      language: 'und',
      confidence: 0,
    });
  });

  it('decides single-language scripts without a model', () => {
    expect(detectLanguage({ title: 'Μάργαρης: Τεράστια όρεξη για επενδύσεις σε ΑΠΕ' })).toEqual({
      language: 'el',
      confidence: 1,
    });
    expect(detectLanguage({ title: 'リクルート、シンボルの銀座本社ビル売却' }).language).toBe('ja');
    expect(detectLanguage({ title: 'Intel 11代Core行動版閃電升級又擠了一管牙膏' }).language).toBe('zh');
  });

  it('uses franc for candidates eld does not know (Kazakh)', () => {
    expect(
      detectLanguage({ title: 'Әдетте екі апта тұрғаннан кейін маринад пайдалануға дайын болады.' }).language,
    ).toBe('kk');
  });

  it('answers only candidate languages', () => {
    const baltic = createLanguageDetector({ candidates: ['lt', 'lv', 'en'] });
    expect(['lt', 'lv', 'en', 'und']).toContain(baltic({ title: RUSSIAN }).language);
    expect(baltic({ title: LATVIAN }).language).toBe('lv');
  });

  it('rejects inputs of the wrong shape with an error naming the field', () => {
    const call = (input: unknown) => () => detectLanguage(input as Parameters<typeof detectLanguage>[0]);
    expect(call(null)).toThrow(/input must be an object/);
    expect(call({})).toThrow(/title must be a string/);
    expect(call({ title: 42 })).toThrow(/title must be a string/);
    expect(call({ title: 'x', summary: 3 })).toThrow(/summary must be a string/);
    expect(call({ title: 'x', url: new URL('https://example.org/lt/') })).toThrow(/url must be a string/);
    expect(call({ title: 'x', declared: ['lt'] })).toThrow(/declared must be a string/);
    expect(call({ title: 'x', sourceLanguages: 'lt' })).toThrow(/sourceLanguages must be an array/);
    expect(call({ title: 'x', sourceLanguages: ['lt', 7] })).toThrow(/sourceLanguages must be an array/);
  });
});
