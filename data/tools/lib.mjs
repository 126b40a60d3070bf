// Shared helpers for the Learning Cities data tools (import, geocode, checks).
// Node.js >= 20, no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOLS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.resolve(TOOLS_DIR, '..');
export const CITIES_JSON = path.join(DATA_DIR, 'cities', 'cities.json');
export const COHORTS_JSON = path.join(DATA_DIR, 'cities', 'cohorts.json');
export const ISO_3166_JSON = process.env.ISO_3166_JSON || '/usr/share/iso-codes/json/iso_3166-1.json';

export const REGIONS = [
  'Africa',
  'Arab States',
  'Asia and the Pacific',
  'Europe and North America',
  'Latin America and the Caribbean',
];

export const CREDITS =
  'Contains data from GeoNames (geonames.org), CC BY 4.0, modified. ' +
  'Membership facts compiled from the public sources named in each record.';

// Strip diacritics the way the README's id rule says: Đ/đ first (NFKD leaves them
// alone), then NFKD and drop combining marks.
export function foldAscii(s) {
  return s
    .replace(/Đ/g, 'D').replace(/đ/g, 'd')
    .replace(/Ø/g, 'O').replace(/ø/g, 'o')
    .replace(/Ł/g, 'L').replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

// README id rule: diacritics removed, lower case, every run of other characters -> '-', trimmed.
export function slug(name) {
  return foldAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// Matching key for geocoding and duplicate detection: folded, casefolded,
// apostrophes/hyphens/punctuation -> spaces, spaces collapsed.
export function normKey(s) {
  return foldAscii(s)
    .toLowerCase()
    .replace(/[\u2018\u2019'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export function loadIso() {
  const j = JSON.parse(fs.readFileSync(ISO_3166_JSON, 'utf8'));
  const list = j['3166-1'];
  const byAlpha2 = new Map();
  const byName = new Map();
  for (const c of list) {
    byAlpha2.set(c.alpha_2, c);
    for (const k of ['name', 'official_name', 'common_name']) {
      if (c[k]) byName.set(normKey(c[k]), c.alpha_2);
    }
  }
  return { list, byAlpha2, byName };
}

// Names the research files use that iso-codes spells differently.
export const COUNTRY_ALIASES = {
  'republic of korea': 'KR',
  'iran islamic republic of': 'IR',
  'turkey': 'TR',
  'turkiye': 'TR',
  'viet nam': 'VN',
  'vietnam': 'VN',
  'united kingdom': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'the netherlands': 'NL',
  'netherlands': 'NL',
  'cote d ivoire': 'CI',
  'bolivia': 'BO',
  'venezuela': 'VE',
  'usa': 'US',
  'united states': 'US',
  'united states of america': 'US',
  'republic of moldova': 'MD',
  'moldova': 'MD',
  'russian federation': 'RU',
  'russia': 'RU',
  'palestine': 'PS',
  'cabo verde': 'CV',
  'cape verde': 'CV',
};

export function countryCode(iso, name) {
  const k = normKey(name);
  if (COUNTRY_ALIASES[k]) return COUNTRY_ALIASES[k];
  if (iso.byName.has(k)) return iso.byName.get(k);
  return null;
}

export function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

export function writeJson(p, obj) {
  fs.writeFileSync(p, JSON.stringify(obj, null, 2) + '\n');
}

export function round4(x) {
  return Math.round(x * 1e4) / 1e4;
}
