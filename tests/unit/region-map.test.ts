import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boxesOverlap, markRadius, markSpacing, regionCountries, regionMap, type MapMark } from '../../src/lib/region-map.ts';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const names = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string) => names.of(code)!;

const marks: MapMark[] = [
  { id: 'laanemaa', lat: 58.94, lon: 23.54, label: 'Läänemaa county, Estonia', href: '/en/models/laanemaa/' },
  { id: 'ida-virumaa', lat: 59.36, lon: 27.4, label: 'Ida-Virumaa county, Estonia', href: '/en/models/ida-virumaa/' },
  { id: 'kaunas', lat: 54.9, lon: 23.9, label: 'Kaunas city, Lithuania', href: '/en/models/kaunas/' },
  { id: 'kaunas-district', lat: 54.92, lon: 23.95, label: 'Kaunas district (same place)', href: '/en/models/kaunas-district/' },
  { id: 'taurage', lat: 55.25, lon: 22.29, label: 'Tauragė district, Lithuania', href: '/en/models/taurage/' },
  { id: 'spb', lat: 59.94, lon: 30.31, label: 'St Petersburg & "region"', href: '/en/models/spb/' },
];

describe('regional map', () => {
  const map = regionMap({ topology, marks, countryName, title: 'Map of the Baltic Sea Region' });

  it('draws the region countries and names them', () => {
    expect(map.svg.match(/class="region-map__country"/g)).toHaveLength(Object.keys(regionCountries).length);
    expect(map.svg).toContain('>Estonia</text>');
    expect(map.svg).toContain('<title id="region-map-title">Map of the Baltic Sea Region</title>');
  });

  it('has one numbered link per model, with an accessible name, inside the view box', () => {
    expect(map.marks).toHaveLength(marks.length);
    for (const mark of map.marks) {
      expect(map.svg).toContain(`href="${mark.href}"`);
      expect(mark.x - markRadius).toBeGreaterThanOrEqual(0);
      expect(mark.y - markRadius).toBeGreaterThanOrEqual(0);
      expect(mark.x + markRadius).toBeLessThanOrEqual(map.width);
      expect(mark.y + markRadius).toBeLessThanOrEqual(map.height);
    }
    expect(map.svg).toContain('aria-label="6. St Petersburg &amp; &quot;region&quot;"');
    expect(map.marks.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('puts marks where the places are: Estonia north of Lithuania, St Petersburg east', () => {
    const at = (id: string) => map.marks.find((m) => m.id === id)!.anchor;
    expect(at('laanemaa').y).toBeLessThan(at('kaunas').y);
    expect(at('spb').x).toBeGreaterThan(at('laanemaa').x);
    expect(at('taurage').x).toBeLessThan(at('kaunas').x);
  });

  it('keeps marks and country names clear of each other, moving a mark aside with a leader line', () => {
    map.marks.forEach((a, i) => map.marks.forEach((b, j) => i < j && expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(markSpacing - 0.2)));
    const moved = map.marks.find((m) => m.id === 'kaunas-district')!;
    expect(Math.hypot(moved.x - moved.anchor.x, moved.y - moved.anchor.y)).toBeGreaterThan(1);
    expect(map.svg).toContain('region-map__leader');
    map.labelBoxes.forEach((a, i) => map.labelBoxes.forEach((b, j) => i < j && expect(boxesOverlap(a, b)).toBe(false)));
    for (const box of map.labelBoxes) for (const m of map.marks) {
      const nx = Math.max(box.x, Math.min(m.x, box.x + box.width));
      const ny = Math.max(box.y, Math.min(m.y, box.y + box.height));
      expect(Math.hypot(m.x - nx, m.y - ny)).toBeGreaterThanOrEqual(markRadius);
    }
  });

  it('is small: whole-unit coordinates, clipped to the region', () => {
    expect(map.svg.length).toBeLessThan(25_000);
    expect(map.svg).not.toMatch(/d="[^"]*\d\.\d/);
    const numbers = [...map.svg.matchAll(/d="M(-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  it('is deterministic and uses no fixed colours', () => {
    expect(regionMap({ topology, marks, countryName, title: 'Map of the Baltic Sea Region' }).svg).toBe(map.svg);
    expect(map.svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('works with no marks', () => {
    const empty = regionMap({ topology, marks: [], countryName, title: 'Map' });
    expect(empty.marks).toEqual([]);
    expect(empty.svg).not.toContain('<a ');
  });
});
