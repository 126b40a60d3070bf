// build-basemap.mjs: converts Natural Earth countries from npm world-atlas
// into resources/basemap/world.lcbm, the app's compact offline basemap.
//
// Copyright 2026 The Learning Cities developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Run once after changing anything here (see README.md); the output is
// committed. The file format is documented in README.md and read by
// app/core/lc-basemap.c.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { geoArea, geoEquirectangular, geoStream } from 'd3-geo';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const output = join(here, '..', '..', '..', 'resources', 'basemap', 'world.lcbm');

const MAGIC = 'LCBM';
const VERSION = 1;
const MAX_LAT = 85.0511; // Web Mercator's square world
const SCALE = 1000; // millidegrees: 0.001° ≈ 111 m

// Detail by zoom level, as issue 4 asks: 110m at 0–2, 50m at 3–5, 10m from 6.
const LEVELS = [
  { resolution: '110m', minZoom: 0 },
  { resolution: '50m', minZoom: 3 },
  { resolution: '10m', minZoom: 6 },
];

// Edge flags: what to stroke along the edge from a point to the next one.
const EDGE_NONE = 0; // cut at the antimeridian or the Mercator limit, or drawn by a neighbour
const EDGE_COAST = 1; // land on one side only
const EDGE_BORDER = 2; // between two countries (flagged on one of the two rings)

function loadCountries (resolution) {
  const path = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topo = JSON.parse(readFileSync(path, 'utf8'));
  return topojson.feature(topo, topo.objects.countries).features;
}

// d3-geo cuts polygons at the antimeridian (and closes them along it) when
// it projects them; an equirectangular projection scaled to degrees then
// gives back plain longitude and (negated) latitude. precision(0) turns off
// adaptive resampling so no vertex is invented.
// d3-geo reads ring order spherically: a ring wound the wrong way encloses
// the rest of the globe. A few small islands in world-atlas 10m are (the
// Maldives fill the whole world otherwise), and no country covers more
// than a hemisphere, so such polygons are turned around.
function rewind (geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polygons.map((rings) => {
    if (geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI)
      return rings;
    return rings.map((ring) => ring.slice().reverse());
  });
  return { type: 'MultiPolygon', coordinates: fixed };
}

function cutRings (geometry) {
  const projection = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);
  const rings = [];
  let ring = null;
  const sink = {
    point (x, y) { if (ring) ring.push([x, -y]); },
    lineStart () { ring = []; },
    lineEnd () { if (ring) rings.push(ring); ring = null; },
    polygonStart () {},
    polygonEnd () {},
    sphere () { throw new Error('a country covers the whole sphere'); },
  };
  geoStream(rewind(geometry), projection.stream(sink));
  return rings;
}

function quantize (ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const x = Math.round(Math.max(-180, Math.min(180, lon)) * SCALE);
    const y = Math.round(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * SCALE);
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y)
      continue;
    out.push([x, y]);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1])
    out.pop();
  return out;
}

// Edges that exist only because of the cut: they must not be stroked.
function isCutEdge (a, b) {
  const lonLimit = 180 * SCALE;
  const latLimit = Math.round(MAX_LAT * SCALE);
  if (Math.abs(a[0]) === lonLimit && a[0] === b[0])
    return true;
  if (Math.abs(a[1]) === latLimit && a[1] === b[1])
    return true;
  return false;
}

function edgeKey (a, b) {
  const ka = `${a[0]},${a[1]}`;
  const kb = `${b[0]},${b[1]}`;
  return ka < kb ? `${ka};${kb}` : `${kb};${ka}`;
}

function buildLevel (features, featureIndex) {
  const rings = [];
  for (const feature of features) {
    if (!feature.geometry)
      continue;
    for (const raw of cutRings(feature.geometry)) {
      const points = quantize(raw);
      if (points.length >= 3)
        rings.push({ feature: featureIndex.get(feature), points });
    }
  }

  // An edge that two countries share is a border; one that a single
  // country has is coast. Shared arcs are identical in a topology, so the
  // rounded endpoints match exactly.
  const owners = new Map();
  for (const ring of rings) {
    const n = ring.points.length;
    for (let i = 0; i < n; i++) {
      const key = edgeKey(ring.points[i], ring.points[(i + 1) % n]);
      const set = owners.get(key) ?? new Set();
      set.add(ring.feature);
      owners.set(key, set);
    }
  }

  const bordersDrawn = new Set();
  for (const ring of rings) {
    const n = ring.points.length;
    ring.flags = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = ring.points[i];
      const b = ring.points[(i + 1) % n];
      const key = edgeKey(a, b);
      const count = owners.get(key).size;
      let flag = EDGE_NONE;
      if (isCutEdge(a, b))
        flag = EDGE_NONE;
      else if (count === 1)
        flag = EDGE_COAST;
      else if (!bordersDrawn.has(key)) {
        flag = EDGE_BORDER;
        bordersDrawn.add(key);
      }
      ring.flags[i] = flag;
    }
  }
  return rings;
}

class Writer {
  constructor () { this.bytes = []; }
  u8 (v) { this.bytes.push(v & 0xff); }
  u16 (v) { this.u8(v); this.u8(v >>> 8); }
  i16 (v) { this.u16(v & 0xffff); }
  u32 (v) { this.u16(v & 0xffff); this.u16(v >>> 16); }
  varint (v) {
    if (v < 0 || !Number.isSafeInteger(v))
      throw new Error(`varint out of range: ${v}`);
    while (v >= 0x80) {
      this.u8((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.u8(v);
  }
  zigzag (v) { return v >= 0 ? v * 2 : -v * 2 - 1; }
  string (s) {
    const b = Buffer.from(s, 'utf8');
    if (b.length > 255)
      throw new Error(`name too long: ${s}`);
    this.u8(b.length);
    for (const x of b) this.u8(x);
  }
}

// Countries are the same at every level but for a few tiny ones that only
// 10m has, so the feature table is the union, keyed by id and name.
const perLevel = LEVELS.map((level) => ({ ...level, features: loadCountries(level.resolution) }));
const table = [];
const tableIndex = new Map();
for (const level of perLevel) {
  for (const feature of level.features) {
    const key = `${feature.id ?? ''}|${feature.properties.name}`;
    if (!tableIndex.has(key)) {
      tableIndex.set(key, table.length);
      table.push({ id: feature.id === undefined ? -1 : Number(feature.id), name: feature.properties.name });
    }
  }
}

const w = new Writer();
for (const c of MAGIC) w.u8(c.charCodeAt(0));
w.u16(VERSION);
w.u16(LEVELS.length);
w.u32(table.length);
for (const entry of table) {
  w.i16(entry.id);
  w.string(entry.name);
}

for (const level of perLevel) {
  const featureIndex = new Map(level.features.map((f) => [f, tableIndex.get(`${f.id ?? ''}|${f.properties.name}`)]));
  const rings = buildLevel(level.features, featureIndex);
  const nPoints = rings.reduce((sum, r) => sum + r.points.length, 0);
  const start = w.bytes.length;

  w.u8(level.minZoom);
  w.u8(0);
  w.u16(0);
  w.u32(rings.length);
  w.u32(nPoints);
  for (const ring of rings) {
    w.varint(ring.feature);
    w.varint(ring.points.length);
    let px = 0;
    let py = 0;
    ring.points.forEach(([x, y], i) => {
      w.varint(w.zigzag(x - px) * 4 + ring.flags[i]);
      w.varint(w.zigzag(y - py));
      px = x;
      py = y;
    });
  }
  console.log(`${level.resolution}: zoom ≥ ${level.minZoom}, ${rings.length} rings, ${nPoints} points, ${w.bytes.length - start} bytes`);
}

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, Buffer.from(w.bytes));
console.log(`wrote ${output}: ${table.length} countries, ${w.bytes.length} bytes`);
