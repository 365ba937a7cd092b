#!/usr/bin/env node
// make-basemap: writes data/basemap/france.json, the app's own basemap (Debian's Qt 6.4 has
// no QtLocation, so app/map_view.cpp draws this itself, with no network).
//
// Data: Natural Earth 1:10m and 1:110m land and admin-0 country borders (public domain,
// https://www.naturalearthdata.com), as TopoJSON from the npm package `world-atlas`
// (ISC licence), converted with `topojson-client`.
//
// Re-run (node 18+; nothing is committed but the output):
//   tmp=$(mktemp -d) && (cd "$tmp" && npm init -y >/dev/null && \
//     npm install world-atlas@2 topojson-client@3) && \
//   NODE_PATH="$tmp/node_modules" node tools/make-basemap/make-basemap.mjs \
//     "$tmp/node_modules" data/basemap/france.json
//
// Output: { "source": …, "layers": [ { "name", "minZoom", "maxZoom", "boxes": [[w,s,e,n]…],
// "land": [ring…], "borders": [line…] } ] } where a ring or line is a flat array
// lon,lat,lon,lat,… in degrees. Layer "world" (110m, whole world) is drawn at every zoom;
// layer "detail" (10m, clipped to the boxes around France and its neighbours, metropolitan
// and overseas) from zoom 4.5, and there the app leaves the world layer out of its boxes
// (a box in degrees is a rectangle in Web Mercator). Land rings of one layer do not
// overlap, so the app fills them even-odd (lakes become holes).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error("usage: make-basemap.mjs <node_modules folder> <output.json>");
  process.exit(2);
}
const require = createRequire(path.resolve(modules, "x.js"));
const topojson = require("topojson-client");
const atlas = (name) => JSON.parse(readFileSync(path.join(modules, "world-atlas", name), "utf8"));

// [west, south, east, north] in degrees: France and its neighbours, then the overseas parts.
const REGIONS = [
  ["metropole", [-12, 34, 22, 57]],
  ["antilles", [-63.6, 13.5, -60.5, 18.6]],   // Guadeloupe, Martinique, St-Martin, St-Barth
  ["guyane", [-57.5, 1.5, -50.5, 6.5]],
  ["ocean-indien", [42.5, -22, 57, -11]],      // La Réunion, Mayotte (and Madagascar's north)
  ["spm", [-57, 46.4, -55.6, 47.4]],           // Saint-Pierre-et-Miquelon
  ["nouvelle-caledonie", [163, -23, 169, -19.5]],
  ["wallis-futuna", [-178.5, -14.6, -175.9, -13]],
  ["polynesie", [-155, -28, -134, -7]],
];

// Sutherland–Hodgman: a closed ring clipped to a box (a convex window), as [[lon,lat]…].
function clipRing(ring, [w, s, e, n]) {
  const edges = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}

// A line clipped to a box: the runs of points inside, each with its neighbour outside.
function clipLine(line, [w, s, e, n]) {
  const inside = (p) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
  const runs = [];
  let run = null;
  for (let i = 0; i < line.length; i++) {
    if (inside(line[i])) {
      if (!run) run = i > 0 ? [line[i - 1]] : [];
      run.push(line[i]);
    } else if (run) {
      run.push(line[i]);
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return runs;
}

// Drops points closer than `eps` degrees to the last kept one (keeps the shape at the
// zooms the layer serves, and the file small).
function thin(points, eps, closed) {
  if (points.length < 3) return points;
  const kept = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    const last = kept[kept.length - 1];
    if (Math.abs(points[i][0] - last[0]) >= eps || Math.abs(points[i][1] - last[1]) >= eps)
      kept.push(points[i]);
  }
  if (!closed) kept.push(points[points.length - 1]);
  return kept;
}

const flat = (points, digits) => {
  const f = 10 ** digits;
  return points.flatMap(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
};

function rings(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(1).map((ring) => ring.slice(0, -1));  // drop the repeated first point
}

function layer(name, minZoom, maxZoom, landTopo, countriesTopo, boxes, eps, digits) {
  const land = [];
  const borders = [];
  const landRings = rings(topojson.merge(landTopo, landTopo.objects.land.geometries));
  const mesh = topojson.mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
  for (const box of boxes) {
    for (const ring of landRings) {
      const clipped = box ? clipRing(ring, box) : ring;
      const thinned = thin(clipped, eps, true);
      if (thinned.length >= 3) land.push(flat(thinned, digits));
    }
    for (const line of mesh.coordinates) {
      for (const run of box ? clipLine(line, box) : [line]) {
        const thinned = thin(run, eps, false);
        if (thinned.length >= 2) borders.push(flat(thinned, digits));
      }
    }
  }
  return { name, minZoom, maxZoom, boxes: boxes.filter((b) => b), land, borders };
}

const basemap = {
  source: "Natural Earth 1:10m and 1:110m land and country borders (public domain), " +
    "via the npm package world-atlas; made by tools/make-basemap/make-basemap.mjs",
  layers: [
    layer("world", 0, 99, atlas("land-110m.json"), atlas("countries-110m.json"), [null], 0.3, 2),
    layer("detail", 4.5, 99, atlas("land-10m.json"), atlas("countries-10m.json"),
      REGIONS.map(([, box]) => box), 0.015, 3),
  ],
};
const text = JSON.stringify(basemap);
writeFileSync(output, text);
for (const l of basemap.layers) {
  const points = [...l.land, ...l.borders].reduce((n, a) => n + a.length / 2, 0);
  console.log(`${l.name}: ${l.land.length} land rings, ${l.borders.length} border lines, ${points} points`);
}
console.log(`${output}: ${text.length} bytes`);
