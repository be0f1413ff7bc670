/**
 * The map of the Baltic Sea Region as an SVG drawn at build time, with a numbered
 * mark for every implementation model that has coordinates. The geometry is
 * Natural Earth (public domain) in TopoJSON, as the `world-atlas` package ships
 * it; `topojson-client` turns it into GeoJSON and `d3-geo` projects it. To keep the
 * page small the outlines are clipped to the region, rounded to whole units and
 * thinned (a point closer than `minStep` to the previous one is dropped), and
 * islands smaller than a few units vanish.
 *
 * Each mark is an SVG link to its model with an accessible name; the countries
 * are decoration (`aria-hidden`) and a list beside the map names every place.
 */
import { geoConicConformal, geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { escapeXml, round1, textWidth } from './svg-text.ts';

/** Baltic Sea Region countries: ISO 3166-1 alpha-2 → numeric (the IDs in world-atlas) and a point for the name. */
export const regionCountries: Record<string, { numeric: string; label: [number, number] }> = {
  DK: { numeric: '208', label: [9.2, 56.2] },
  DE: { numeric: '276', label: [11.5, 53.5] },
  EE: { numeric: '233', label: [25.8, 58.75] },
  FI: { numeric: '246', label: [26.5, 63.2] },
  LV: { numeric: '428', label: [25.5, 56.85] },
  LT: { numeric: '440', label: [24.4, 55.55] },
  NO: { numeric: '578', label: [9.5, 61.6] },
  PL: { numeric: '616', label: [18.8, 53.4] },
  RU: { numeric: '643', label: [31.5, 61.5] },
  SE: { numeric: '752', label: [15.2, 62.3] },
};

/** The region shown: longitude and latitude ranges (degrees). */
export const regionBounds = { west: 4, east: 33, south: 53, north: 69.5 };

export interface MapMark {
  /** The model's ID. */
  id: string;
  lat: number;
  lon: number;
  /** The mark's accessible name (the model's title) and where it leads. */
  label: string;
  href: string;
  /** The language of the label, when it is not the page's. */
  lang?: string | undefined;
}

export interface PlacedMark extends MapMark {
  number: number;
  x: number;
  y: number;
  /** Where the coordinates are, when the mark had to move aside to stay clear of another. */
  anchor: { x: number; y: number };
}

export interface RegionMapOptions {
  topology: Topology;
  marks: readonly MapMark[];
  /** Country names in the page's language, by alpha-2 code. */
  countryName: (code: string) => string;
  /** The accessible name of the map. */
  title: string;
  width?: number;
  /** Shortest distance between two kept points of an outline, in SVG units. */
  minStep?: number;
}

export const markRadius = 11;
/** Least distance between two marks' centres, so that each stays easy to hit (about 24 px on a phone). */
export const markSpacing = 2 * markRadius + 8;
const labelSize = 13;

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of a country name centred at (x, y) on its baseline. */
export const labelBox = (name: string, x: number, y: number): LabelBox => {
  const w = textWidth(name, labelSize);
  return { x: x - w / 2, y: y - labelSize, width: w, height: labelSize * 1.3 };
};

export const boxesOverlap = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const circleHitsBox = (c: { x: number; y: number }, r: number, b: LabelBox): boolean => {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return Math.hypot(c.x - nx, c.y - ny) < r;
};

/** A d3-geo path context that writes short relative SVG path data, rounded and thinned. */
class ThinPath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  private readonly minStep: number;
  constructor(minStep: number) {
    this.minStep = minStep;
  }
  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }
  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1)!;
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= this.minStep) this.ring.push(point);
  }
  closePath() {
    this.flush();
  }
  arc() {}
  private flush() {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 3) return;
    let area = 0;
    ring.forEach(([x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length]!;
      area += x * ny - nx * y;
    });
    if (Math.abs(area) / 2 < 4) return;
    let d = `M${ring[0]![0]} ${ring[0]![1]}`;
    for (let i = 1; i < ring.length; i++) d += `l${ring[i]![0] - ring[i - 1]![0]} ${ring[i]![1] - ring[i - 1]![1]}`;
    this.out.push(`${d}z`);
  }
  result() {
    this.flush();
    const d = this.out.join('');
    this.out = [];
    return d;
  }
}

/** Points along the edges of the region, for fitting the projection. */
function boundsOutline(): [number, number][] {
  const { west, east, south, north } = regionBounds;
  const points: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = west + ((east - west) * i) / 10;
    points.push([lon, south], [lon, north]);
  }
  return points;
}

/** Moves marks that would overlap another aside, on a fixed spiral, so each stays clear. */
function placeMarks(points: { x: number; y: number }[], width: number, height: number): { x: number; y: number }[] {
  const placed: { x: number; y: number }[] = [];
  const clear = (p: { x: number; y: number }) => placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= markSpacing);
  const inside = (p: { x: number; y: number }) => p.x >= markRadius && p.y >= markRadius && p.x <= width - markRadius && p.y <= height - markRadius;
  for (const point of points) {
    const start = { x: Math.min(width - markRadius, Math.max(markRadius, point.x)), y: Math.min(height - markRadius, Math.max(markRadius, point.y)) };
    let best = start;
    for (let step = 0; step < 400 && !(clear(best) && inside(best)); step++) {
      const angle = step * 0.7 - Math.PI / 2;
      const distance = markSpacing + step * 1.5;
      best = { x: start.x + distance * Math.cos(angle), y: start.y + distance * Math.sin(angle) };
    }
    placed.push({ x: round1(best.x), y: round1(best.y) });
  }
  return placed;
}

export interface RegionMap {
  svg: string;
  /** The country names drawn, as boxes (for tests). */
  labelBoxes: LabelBox[];
  width: number;
  height: number;
  marks: PlacedMark[];
}

/** The region map with its marks, numbered in the order given. Pure and deterministic. */
export function regionMap(options: RegionMapOptions): RegionMap {
  const width = options.width ?? 400;
  const minStep = options.minStep ?? 2;
  const projection = geoConicConformal().parallels([55, 65]).rotate([-18.5, 0]).precision(0.5);
  projection.fitWidth(width, { type: 'MultiPoint', coordinates: boundsOutline() });
  const corners = boundsOutline().map((p) => projection(p)!);
  const top = Math.min(...corners.map((c) => c[1]));
  const bottom = Math.max(...corners.map((c) => c[1]));
  const height = Math.round(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const collection = feature(options.topology, options.topology.objects.countries as GeometryCollection) as FeatureCollection<Geometry, { name: string }>;
  const numericToCode = new Map(Object.entries(regionCountries).map(([code, c]) => [c.numeric, code]));
  const context = new ThinPath(minStep);
  const path = geoPath(projection, context as unknown as GeoContext);
  const region: string[] = [];
  const others: string[] = [];
  for (const country of collection.features) {
    const code = numericToCode.get(String(country.id));
    path(country);
    const d = context.result();
    if (!d) continue;
    if (code) region.push(`<path class="region-map__country" d="${d}"/>`);
    else others.push(d);
  }

  const projected = options.marks.map((m) => {
    const [x, y] = projection([m.lon, m.lat])!;
    return { x, y };
  });
  const positions = placeMarks(projected, width, height);
  const marks: PlacedMark[] = options.marks.map((m, i) => ({
    ...m,
    number: i + 1,
    x: positions[i]!.x,
    y: positions[i]!.y,
    anchor: { x: round1(projected[i]!.x), y: round1(projected[i]!.y) },
  }));

  // A country's name goes at its point, or a little above or below it when a mark
  // is in the way; with no free place it is left out (the list names the places).
  const labelBoxes: LabelBox[] = [];
  const labels = Object.entries(regionCountries)
    .map(([code, c]) => {
      const [x, y] = projection(c.label)!;
      const name = options.countryName(code);
      for (const dy of [0, -16, 16, -30, 30]) {
        const box = labelBox(name, x, y + dy);
        if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
        if (marks.some((m) => circleHitsBox(m, markRadius + 2, box)) || labelBoxes.some((b) => boxesOverlap(b, box))) continue;
        labelBoxes.push(box);
        return `<text x="${round1(x)}" y="${round1(y + dy)}">${escapeXml(name)}</text>`;
      }
      return '';
    })
    .join('');

  const markSvg = marks
    .map((m) => {
      const moved = Math.hypot(m.x - m.anchor.x, m.y - m.anchor.y) > 1;
      const leader = moved ? `<line class="region-map__leader" x1="${m.anchor.x}" y1="${m.anchor.y}" x2="${m.x}" y2="${m.y}" stroke="currentColor"/><circle class="region-map__spot" cx="${m.anchor.x}" cy="${m.anchor.y}" r="2.5"/>` : '';
      // The label's language; no hreflang, which HTML's validator does not allow on an SVG <a>.
      const lang = m.lang ? ` lang="${escapeXml(m.lang)}"` : '';
      return `<a class="region-map__mark" href="${escapeXml(m.href)}" aria-label="${escapeXml(`${m.number}. ${m.label}`)}"${lang}>${leader}<circle cx="${m.x}" cy="${m.y}" r="${markRadius}"/><text x="${m.x}" y="${round1(m.y + 4.5)}" text-anchor="middle">${m.number}</text></a>`;
    })
    .join('');

  const svg = [
    `<svg class="region-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="region-map-title" font-family="system-ui, sans-serif">`,
    `<title id="region-map-title">${escapeXml(options.title)}</title>`,
    `<rect class="region-map__sea" width="${width}" height="${height}" aria-hidden="true"/>`,
    `<g aria-hidden="true"><path class="region-map__other" d="${others.join('')}"/>${region.join('')}</g>`,
    `<g class="region-map__labels" aria-hidden="true" font-size="${labelSize}" text-anchor="middle">${labels}</g>`,
    `<g class="region-map__marks" font-size="13" font-weight="700">${markSvg}</g>`,
    '</svg>',
  ].join('');
  return { svg, width, height, marks, labelBoxes };
}
