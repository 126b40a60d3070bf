#!/usr/bin/env node
// Build data/cities/cities.json from the research TSV plus the hand-written
// decisions in data/tools/decisions.json.
//
//   node data/tools/import-tsv.mjs ../shared/research/gnlc-members.tsv
//
// Locations already present in cities.json are kept (matched by id), so the
// import can be re-run without losing geocoding; run geocode/geocode.mjs after
// it to fill in locations for new records.
import fs from 'node:fs';
import path from 'node:path';
import {
  TOOLS_DIR, CITIES_JSON, CREDITS, REGIONS, slug, normKey, foldAscii,
  loadIso, countryCode, readJson, writeJson,
} from './lib.mjs';

const tsvPath = process.argv[2];
if (!tsvPath) {
  console.error('usage: node import-tsv.mjs PATH/TO/gnlc-members.tsv');
  process.exit(2);
}
const decisions = readJson(path.join(TOOLS_DIR, 'decisions.json'));
const iso = loadIso();

// --- TSV parsing (tab separated; a field may be wrapped in "..." with "" escapes)
function parseTsv(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const header = lines.shift().split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t').map((c) =>
      c.length >= 2 && c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c);
    if (cells.length !== header.length) throw new Error(`${tsvPath}:${i + 2}: expected ${header.length} fields, got ${cells.length}`);
    const row = Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
    row._line = i + 2;
    return row;
  });
}

const REGION_ALIASES = Object.fromEntries(REGIONS.map((r) => [normKey(r), r]));
REGION_ALIASES['asia pacific'] = 'Asia and the Pacific';
REGION_ALIASES['europe north america'] = 'Europe and North America';
REGION_ALIASES['latin america caribbean'] = 'Latin America and the Caribbean';

function inferredFromNotes(notes) {
  // Markers the researchers used for a deduced year; reviewed by hand, see decisions.json overrides.
  return /INFERRED/.test(notes) || /\(inferred\)|year inferred|inferred from|cohort year inferred|cohort \d{4} inferred/i.test(notes);
}

function defaultReason(notes) {
  for (const [prefix, reason] of Object.entries(decisions.default_year_reasons)) {
    if (notes.startsWith(prefix)) return reason;
  }
  return notes;
}

function uniq(a) {
  return [...new Set(a)];
}

const rows = parseTsv(fs.readFileSync(tsvPath, 'utf8'));
const problems = [];

function rowToRecord(row) {
  const cc = countryCode(iso, row.country);
  if (!cc) problems.push(`line ${row._line}: unknown country '${row.country}'`);
  const region = REGION_ALIASES[normKey(row.unesco_region)];
  if (!region) problems.push(`line ${row._line}: unknown region '${row.unesco_region}'`);
  const nd = decisions.names[row.city] || {};
  const name = nd.name || row.city;
  const alt = [...(nd.alt_names || [])];
  const ascii = foldAscii(name);
  if (ascii !== name) alt.unshift(ascii);
  for (const a of [...alt]) { const f = foldAscii(a); if (f !== a && !alt.includes(f)) alt.push(f); }

  let year = null, yearFrom = null, yearTo = null, inferred = false, reason = null;
  const m = row.year.match(/^(\d{4})\s*[-–]\s*(\d{4})$/);
  if (m) {
    yearFrom = +m[1]; yearTo = +m[2]; inferred = true; reason = defaultReason(row.notes);
  } else if (/^\d{4}$/.test(row.year)) {
    year = +row.year;
    if (inferredFromNotes(row.notes)) { inferred = true; reason = defaultReason(row.notes); }
  } else {
    problems.push(`line ${row._line}: bad year '${row.year}'`);
  }
  const sources = /^https?:\/\//.test(row.source_url) ? [row.source_url] : [];
  return {
    id: slug(name),
    name,
    alt_names: uniq(alt.filter((a) => a !== name)),
    country: cc,
    region,
    year,
    year_from: yearFrom,
    year_to: yearTo,
    year_inferred: inferred,
    year_reason: reason,
    status: 'member',
    status_reason: null,
    sources,
    location: null,
    disputes: [],
    notes: row.notes || null,
    _key: `${normKey(name)}|${cc}`,
    _year: row.year,
    _tsv: row.city,
    _line: row._line,
  };
}

// --- excluded TSV rows (documented in decisions.excluded)
const excludedNames = new Set(decisions.excluded.map((e) => normKey(e.name)));
let recs = [];
for (const row of rows) {
  if (excludedNames.has(normKey(row.city))) {
    console.log(`excluded: ${row.city} (line ${row._line}) - see decisions.json 'excluded'`);
    continue;
  }
  recs.push(rowToRecord(row));
}

// --- duplicates by normalised name + country
const groups = new Map();
for (const r of recs) {
  if (!groups.has(r._key)) groups.set(r._key, []);
  groups.get(r._key).push(r);
}
const merged = [];
for (const [key, list] of groups) {
  if (list.length === 1) { merged.push(list[0]); continue; }
  const [nk, cc] = key.split('|');
  const dec = decisions.merge.find((d) => normKey(d.name) === nk && d.country === cc);
  if (!dec) {
    problems.push(`duplicate without a merge decision: ${list.map((r) => `${r._tsv} (line ${r._line}, ${r._year})`).join(' / ')}`);
    merged.push(list[0]);
    continue;
  }
  const keep = list.find((r) => r._year === dec.keep_year);
  if (!keep) { problems.push(`merge ${dec.name}: no row with year ${dec.keep_year}`); merged.push(list[0]); continue; }
  const others = list.filter((r) => r !== keep);
  keep.sources = uniq([...keep.sources, ...others.flatMap((r) => r.sources)]);
  keep.alt_names = uniq([...keep.alt_names, ...others.flatMap((r) => r.alt_names)]);
  keep.notes = [
    `MERGED from ${list.length} TSV rows (lines ${list.map((r) => r._line).join(', ')}): ${dec.reason}`,
    ...list.map((r) => `[TSV ${r._year}] ${r.notes}`),
  ].join(' | ');
  console.log(`merged: ${list.map((r) => `${r._tsv} ${r._year} (line ${r._line})`).join(' + ')} -> ${keep.id} (year ${keep._year})`);
  merged.push(keep);
}
recs = merged;

// --- additions from the notes
for (const a of decisions.additions) {
  recs.push({
    id: slug(a.name),
    name: a.name,
    alt_names: uniq([...(foldAscii(a.name) !== a.name ? [foldAscii(a.name)] : []), ...a.alt_names]),
    country: a.country,
    region: a.region,
    year: a.year,
    year_from: a.year_from,
    year_to: a.year_to,
    year_inferred: a.year_inferred,
    year_reason: a.year_reason,
    status: a.status || 'member',
    status_reason: a.status_reason || null,
    sources: a.sources,
    location: null,
    disputes: a.disputes || [],
    notes: a.notes || null,
    _key: `${normKey(a.name)}|${a.country}`,
  });
}

// --- id collisions: both get -cc appended (README rule)
const byId = new Map();
for (const r of recs) {
  if (!byId.has(r.id)) byId.set(r.id, []);
  byId.get(r.id).push(r);
}
for (const [id, list] of byId) {
  if (list.length > 1) {
    for (const r of list) r.id = `${id}-${r.country.toLowerCase()}`;
    console.log(`id collision '${id}': ${list.map((r) => r.id).join(', ')}`);
  }
}

// --- per-id overrides
const ids = new Set(recs.map((r) => r.id));
for (const [id, ov] of Object.entries(decisions.overrides)) {
  if (!ids.has(id)) { problems.push(`override for unknown id '${id}'`); continue; }
  const r = recs.find((x) => x.id === id);
  for (const k of ['year', 'year_from', 'year_to', 'year_inferred', 'year_reason', 'status', 'status_reason', 'region', 'country']) {
    if (k in ov) r[k] = ov[k];
  }
  if (ov.extra_sources) r.sources = uniq([...r.sources, ...ov.extra_sources]);
  if (ov.disputes) r.disputes = [...r.disputes, ...ov.disputes];
  if (ov.alt_names) r.alt_names = uniq([...r.alt_names, ...ov.alt_names]);
}

// --- keep locations from the existing file
let old = new Map();
if (fs.existsSync(CITIES_JSON)) {
  try {
    old = new Map(readJson(CITIES_JSON).cities.map((c) => [c.id, c.location]));
  } catch (e) {
    console.warn(`warning: could not read existing ${CITIES_JSON}: ${e.message}`);
  }
}

const cities = recs
  .map((r) => ({
    id: r.id,
    name: r.name,
    alt_names: r.alt_names,
    country: r.country,
    region: r.region,
    year: r.year,
    year_from: r.year_from,
    year_to: r.year_to,
    year_inferred: r.year_inferred,
    year_reason: r.year_reason,
    status: r.status,
    status_reason: r.status_reason,
    sources: r.sources,
    location: old.get(r.id) || null,
    disputes: r.disputes,
    notes: r.notes,
  }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

for (const c of cities) if (c.sources.length === 0) problems.push(`${c.id}: no http(s) source`);

if (problems.length) {
  console.error('import problems:\n  ' + problems.join('\n  '));
  process.exit(1);
}

writeJson(CITIES_JSON, {
  format: 'learning-cities/cities',
  version: 1,
  credits: CREDITS,
  cities,
});
const noLoc = cities.filter((c) => !c.location).length;
console.log(`wrote ${CITIES_JSON}: ${cities.length} cities (${noLoc} without location: run geocode/geocode.mjs)`);
