#!/usr/bin/env node
// Check that every city in data/cities/cities.json lies inside its country's
// bounding box.
//
//   cd data/tools/geocode && npm ci && node check-bbox.mjs
//
// Approach (the C test re-checks the same way): country outlines come from
// npm world-atlas@2.0.2 countries-10m.json (Natural Earth 1:10m, public
// domain), whose feature ids are ISO 3166-1 numeric codes; these are joined
// to alpha-2 through Debian iso-codes (iso_3166-1.json "numeric"). A
// country's box is the min/max lon/lat over all its polygon vertices (so it
// includes overseas parts), widened by TOLERANCE degrees. A city fails when
// lat/lon is outside that box, or when its country has no outline.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { CITIES_JSON, readJson, loadIso } from '../lib.mjs';

const require = createRequire(import.meta.url);
const TOLERANCE = 0.1;
const topo = require('world-atlas/countries-10m.json');
const geo = feature(topo, topo.objects.countries);
const iso = loadIso();

const boxes = new Map(); // numeric id -> [minLon, minLat, maxLon, maxLat]
function walk(coords, box) {
  if (typeof coords[0] === 'number') {
    box[0] = Math.min(box[0], coords[0]); box[1] = Math.min(box[1], coords[1]);
    box[2] = Math.max(box[2], coords[0]); box[3] = Math.max(box[3], coords[1]);
    return;
  }
  for (const c of coords) walk(c, box);
}
for (const f of geo.features) {
  if (f.id === undefined || !f.geometry) continue;
  const box = boxes.get(f.id) || [Infinity, Infinity, -Infinity, -Infinity];
  walk(f.geometry.coordinates, box);
  boxes.set(f.id, box);
}

const cities = readJson(CITIES_JSON).cities;
let fails = 0;
let unknown = 0;
for (const c of cities) {
  // A location nobody could source stays unknown (and off the map): nothing to check.
  if (c.location && c.location.method === 'unknown') { unknown++; continue; }
  const country = iso.byAlpha2.get(c.country);
  const box = country && boxes.get(country.numeric);
  if (!box) { console.log(`FAIL ${c.id}: no outline for ${c.country}`); fails++; continue; }
  if (!c.location) { console.log(`FAIL ${c.id}: no location`); fails++; continue; }
  const { lat, lon } = c.location;
  const inside = lon >= box[0] - TOLERANCE && lon <= box[2] + TOLERANCE && lat >= box[1] - TOLERANCE && lat <= box[3] + TOLERANCE;
  if (!inside) {
    console.log(`FAIL ${c.id} (${c.country}) ${lat},${lon} outside [${box.map((x) => x.toFixed(2)).join(', ')}]`);
    fails++;
  }
}
console.log(`${cities.length - unknown - fails} of ${cities.length - unknown} located cities inside their country's bounding box (tolerance ${TOLERANCE} deg); ${unknown} without a known location`);
process.exit(fails ? 1 : 0);
