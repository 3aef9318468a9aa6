// Regenerates countries.json from the i18n-iso-countries package (MIT), which must be unpacked
// first: `npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz`, then
// `node build-countries.mjs <path to package/>`. Names with commas ("Korea, Republic of") are
// dropped; parenthesised parts become their own names. The project never needs the package at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node build-countries.mjs <i18n-iso-countries package dir>');
// The first nine have term files (data/taxonomy/terms/); the rest are the other official EU
// languages plus Arabic and Turkish, whose items get country names in their own language.
const langs = ['en', 'lt', 'ru', 'pl', 'de', 'fr', 'uk', 'es', 'it'];
langs.push('cs', 'nl', 'el', 'pt', 'sv', 'da', 'fi', 'et', 'lv', 'hu', 'ro', 'bg', 'hr', 'sk', 'sl', 'ga', 'mt');
langs.push('ar', 'tr');
const codes = JSON.parse(readFileSync(join(pkg, 'codes.json'), 'utf8'));
const tables = Object.fromEntries(
  langs.map((l) => [l, JSON.parse(readFileSync(join(pkg, 'langs', `${l}.json`), 'utf8')).countries]),
);

function cleanNames(value, lang) {
  const list = Array.isArray(value) ? value : [value];
  const out = [];
  for (const raw of list) {
    for (const part of raw.split(/[()]/)) {
      const name = bareName(part.trim(), lang);
      if (!name || name.includes(',') || /\s(del|de|of|du|des|la|the)$/.test(name)) continue;
      if (!out.includes(name)) out.push(name);
      // Irish lenites after the article ("An Ghearmáin"); other cases use the plain form.
      const plain = lang === 'ga' ? name.replace(/^([BCDFGMPST])h/u, '$1') : name;
      if (!out.includes(plain)) out.push(plain);
    }
  }
  return out;
}

// Maltese writes the article onto the name ("il-Ġermanja", "is-Sirja") and news text changes it
// with the preposition ("fil-Ġermanja", "mis-Sirja"); Irish starts names with the article "An"
// and an initial mutation ("An tSeicia"). The name proper is what the text keeps.
function bareName(name, lang) {
  if (lang === 'mt') return name.replace(/^(?:i[lċdnrstxżz]|l)-/u, '');
  if (lang === 'ga') return name.replace(/^An /u, '').replace(/^[thn](?=\p{Lu})/u, '');
  return name;
}

// A parenthesised part that is no name on its own ("Islands", "США", "partie française") would
// tag every text that says it: these names are replaced whole.
const FIXES = {
  'CCK:en': ["Cocos Islands", "Keeling Islands", "Cocos Keeling Islands"],
  'CCK:lt': ["Kokosų salos", "Kokosų Kilingo salos"],
  'CCK:es': ["Islas Cocos", "Islas Keeling"],
  'UMI:ru': ["Внешние малые острова США"],
  'UMI:uk': ["Зовнішні Віддалені Острови США"],
  'VGB:ru': ["Британские Виргинские острова"],
  'VIR:ru': ["Виргинские острова США", "Американские Виргинские острова"],
  'VIR:uk': ["Віргінські Острови США", "Американські Віргінські острови"],
  'MAF:fr': ["Saint-Martin"],
  'SXM:fr': ["Sint Maarten"],
  'MAF:en': ["Saint Martin"],
  'SXM:en': ["Sint Maarten"],
  'MAF:es': ["Saint Martin"],
  'SXM:es': ["Sint Maarten"],
  'CCK:pt': ["Ilhas Cocos", "Ilhas Keeling"],
  'CCK:lv': ["Kokosu salas", "Kīlinga salas"],
  'CCK:hu': ["Kókusz-szigetek", "Keeling-szigetek"],
  'CCK:ro': ["Insulele Cocos", "Insulele Keeling"],
  'CCK:hr': ["Kokosovi otoci", "Keelingovi otoci"],
  'CCK:ga': ["Oileáin Cocos", "Oileáin Keeling"],
  'CCK:mt': ["Gżejjer Cocos", "Gżejjer Keeling"],
  'CCK:tr': ["Cocos Adaları", "Keeling Adaları"],
  // The package's Kinshasa and Brazzaville are cities, which tag no country.
  'COD:lv': ["Kongo", "Kongo Kinšasa"],
  'COG:lv': ["Kongo", "Kongo Brazavila"],
  'COD:bg': ["Конго", "Конго Киншаса"],
  'COG:bg': ["Конго", "Конго Бразавил"],
  'MAF:cs': ["Svatý Martin"],
  'SXM:cs': ["Sint Maarten"],
  'MAF:nl': ["Sint-Maarten", "Saint-Martin"],
  'SXM:nl': ["Sint Maarten"],
  'MAF:el': ["Άγιος Μαρτίνος"],
  'SXM:el': ["Άγιος Μαρτίνος"],
  'MAF:sv': ["Saint Martin"],
  'SXM:sv': ["Sint Maarten"],
  'MAF:da': ["Saint Martin"],
  'SXM:da': ["Sint Maarten"],
  'MAF:hu': ["Szent Márton-sziget"],
  'SXM:hu': ["Sint Maarten"],
  'MAF:sk': ["Svätý Martin"],
  'SXM:sk': ["Sint Maarten"],
  'MAF:ga': ["Saint Martin"],
  'SXM:ga': ["Sint Maarten"],
  'MAF:ar': ["سانت مارتن"],
  // Everyday words: Arabic "مالي" is also "financial", "بنين" "boys", "عمان" also Amman;
  // Greek "Αμερική" and Turkish "Amerika" are also the continent; Irish "S.A." ends company names.
  'MLI:ar': ["جمهورية مالي"],
  'BEN:ar': ["جمهورية بنين"],
  'OMN:ar': ["سلطنة عمان", "عُمان"],
  'GBR:ar': ["المملكة المتحدة", "بريطانيا"],
  'USA:el': ["Ηνωμένες Πολιτείες Αμερικής", "Ηνωμένες Πολιτείες", "ΗΠΑ"],
  'USA:tr': ["ABD", "A.B.D.", "Amerika Birleşik Devletleri", "Birleşik Devletler"],
  'USA:ga': ["Stáit Aontaithe Mheiriceá", "Stáit Aontaithe", "SAM", "S.A.M.", "US"],
  'SXM:ar': ["سينت مارتن"],
};

// Kosovo: the package says XKK; XKX is the user-assigned code the EU and UN bodies use.
const countries = codes.map(([alpha2, alpha3]) => ({
  code: alpha3 === 'XKK' ? 'XKX' : alpha3,
  alpha2,
  names: Object.fromEntries(
    langs.map((l) => [l, FIXES[`${alpha3}:${l}`] ?? cleanNames(tables[l][alpha2] ?? [], l)]),
  ),
}));
writeFileSync(
  new URL('./countries.json', import.meta.url),
  `${JSON.stringify({ source: 'i18n-iso-countries@7.14.0', countries }, null, 1)}\n`,
);
console.log(`wrote ${countries.length} countries`);
