// Regenerates countries.json from the i18n-iso-countries package (MIT), which must be unpacked
// first: `npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz`, then
// `node build-countries.mjs <path to package/>`. Names with commas ("Korea, Republic of") are
// dropped; parenthesised parts become their own names. The project never needs the package at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node build-countries.mjs <i18n-iso-countries package dir>');
const langs = ['en', 'lt', 'ru', 'pl', 'de', 'fr', 'uk', 'es', 'it'];
const codes = JSON.parse(readFileSync(join(pkg, 'codes.json'), 'utf8'));
const tables = Object.fromEntries(
  langs.map((l) => [l, JSON.parse(readFileSync(join(pkg, 'langs', `${l}.json`), 'utf8')).countries]),
);

function cleanNames(value) {
  const list = Array.isArray(value) ? value : [value];
  const out = [];
  for (const raw of list) {
    for (const part of raw.split(/[()]/)) {
      const name = part.trim();
      if (!name || name.includes(',') || /\s(del|de|of|du|des|la|the)$/.test(name)) continue;
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
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
};

// Kosovo: the package says XKK; XKX is the user-assigned code the EU and UN bodies use.
const countries = codes.map(([alpha2, alpha3]) => ({
  code: alpha3 === 'XKK' ? 'XKX' : alpha3,
  alpha2,
  names: Object.fromEntries(
    langs.map((l) => [l, FIXES[`${alpha3}:${l}`] ?? cleanNames(tables[l][alpha2] ?? [])]),
  ),
}));
writeFileSync(
  new URL('./countries.json', import.meta.url),
  `${JSON.stringify({ source: 'i18n-iso-countries@7.14.0', countries }, null, 1)}\n`,
);
console.log(`wrote ${countries.length} countries`);
