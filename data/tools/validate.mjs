#!/usr/bin/env node
// Validate data/cities/cities.json and cohorts.json against data/cities/README.md
// and print a summary.   node data/tools/validate.mjs
import { CITIES_JSON, COHORTS_JSON, REGIONS, readJson, loadIso, slug } from './lib.mjs';

const iso = loadIso();
const errs = [];
const doc = readJson(CITIES_JSON);
const cities = doc.cities;
const KEYS = ['id', 'name', 'alt_names', 'country', 'region', 'year', 'year_from', 'year_to', 'year_inferred', 'year_reason', 'status', 'status_reason', 'sources', 'location', 'disputes', 'notes'];
const LOC_KEYS = ['lat', 'lon', 'method', 'geonameid', 'note'];
const http = (u) => typeof u === 'string' && /^https?:\/\//.test(u);
if (doc.format !== 'learning-cities/cities' || doc.version !== 1) errs.push('cities.json: bad format/version');
if (!/GeoNames \(geonames\.org\), CC BY 4\.0, modified/.test(doc.credits)) errs.push('cities.json: GeoNames credit missing');
const seen = new Set();
let prev = '';
for (const c of cities) {
  const e = (m) => errs.push(`${c.id}: ${m}`);
  if (JSON.stringify(Object.keys(c)) !== JSON.stringify(KEYS)) e('keys/order differ from README');
  if (seen.has(c.id)) e('duplicate id'); seen.add(c.id);
  if (c.id <= prev) e('not sorted by id'); prev = c.id;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) e('id not a slug');
  if (c.id !== slug(c.name) && c.id !== `${slug(c.name)}-${c.country.toLowerCase()}`) e(`id does not follow the slug rule (${slug(c.name)})`);
  if (!iso.byAlpha2.has(c.country)) e(`unknown country ${c.country}`);
  if (!REGIONS.includes(c.region)) e(`bad region ${c.region}`);
  if (c.year !== null) {
    if (!Number.isInteger(c.year) || c.year < 2013 || c.year > 2026) e('year out of range');
    if (c.year_from !== null || c.year_to !== null) e('year and span both set');
  } else {
    if (!Number.isInteger(c.year_from) || !Number.isInteger(c.year_to) || c.year_from < 2013 || c.year_to > 2026 || c.year_from > c.year_to) e('bad span');
    if (!c.year_inferred) e('span must be inferred');
  }
  if (c.year_inferred && !c.year_reason) e('year_reason missing');
  if (!['member', 'lapsed', 'readmitted'].includes(c.status)) e('bad status');
  if (c.status !== 'member' && !c.status_reason) e('status_reason missing');
  if (!Array.isArray(c.sources) || c.sources.length < 1 || !c.sources.every(http)) e('sources must be >=1 http(s) URL');
  const l = c.location;
  if (!l) e('no location');
  else {
    const keys = Object.keys(l).filter((k) => k !== 'source');
    if (JSON.stringify(keys) !== JSON.stringify(LOC_KEYS)) e('location keys differ');
    if (l.source != null && !http(l.source)) e('location.source must be an http(s) URL');
    if (l.method === 'unknown') {
      if (l.lat !== null || l.lon !== null || !l.note) e('unknown location: lat/lon null and a note saying why');
    } else {
      if (!(l.lat >= -90 && l.lat <= 90 && l.lon >= -180 && l.lon <= 180)) e('lat/lon out of range');
      if (Math.round(l.lat * 1e4) / 1e4 !== l.lat || Math.round(l.lon * 1e4) / 1e4 !== l.lon) e('lat/lon not rounded to 4 decimals');
    }
    if (!['geonames-name', 'geonames-admin', 'override', 'unknown'].includes(l.method)) e('bad location.method');
    if (l.method.startsWith('geonames') && !Number.isInteger(l.geonameid)) e('geonameid required');
  }
  for (const d of c.disputes) {
    if (!['year', 'status', 'name', 'country', 'region', 'membership'].includes(d.field)) e('bad dispute field');
    if (!d.chosen || !d.alternative || !d.reason || !Array.isArray(d.sources) || !d.sources.length || !d.sources.every(http)) e('incomplete dispute');
  }
}
const co = readJson(COHORTS_JSON);
const years = new Set();
for (const k of co.cohorts) {
  if (years.has(k.year)) errs.push(`cohort ${k.year}: duplicate`); years.add(k.year);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(k.announced)) errs.push(`cohort ${k.year}: bad announced`);
  if (!k.sources.length || !k.sources.every(http)) errs.push(`cohort ${k.year}: sources`);
}

// summary
const by = (f) => cities.reduce((m, c) => ((m[f(c)] = (m[f(c)] || 0) + 1), m), {});
const cohortOf = (c) => (c.year !== null ? String(c.year) : `${c.year_from}-${c.year_to} (span)`);
console.log(`records: ${cities.length}`);
console.log('per cohort:', JSON.stringify(by(cohortOf), null, 0));
console.log('per region:', JSON.stringify(by((c) => c.region), null, 0));
console.log('per status:', JSON.stringify(by((c) => c.status)));
console.log('location methods:', JSON.stringify(by((c) => c.location && c.location.method)));
console.log(`year inferred: ${cities.filter((c) => c.year_inferred).length}; with disputes: ${cities.filter((c) => c.disputes.length).length} (${cities.reduce((n, c) => n + c.disputes.length, 0)} disputes); merged TSV duplicates: ${cities.filter((c) => (c.notes || '').startsWith('MERGED')).length}`);
console.log('official new cities per cohort vs recorded (stated year):');
for (const k of co.cohorts) {
  const n = cities.filter((c) => c.year === k.year).length;
  console.log(`  ${k.year}: recorded ${n}${k.new_cities !== null ? ` of ${k.new_cities}` : ''}`);
}
if (errs.length) { console.error(`\n${errs.length} errors:\n  ` + errs.join('\n  ')); process.exit(1); }
console.log('\nOK: cities.json and cohorts.json valid');
