import { describe, expect, it } from 'vitest';
import { layoutPathway, lineBox, pathwaySvg, type Box, type PathwayLabels, type ReferralStep } from '../../src/lib/pathway-diagram.ts';
import { boxesOverlap } from '../../src/lib/region-map.ts';

const labels: PathwayLabels = {
  level: { local: 'Local level', national: 'National level', 'cross-border': 'Cross-border' },
  handoff: { local: 'Back to the municipality', national: 'Hand-off to a national body', 'cross-border': 'Hand-off across the border' },
};

const actors = [
  'Municipal social services',
  'Police',
  'National anti-trafficking coordinator at the Ministry of the Interior',
  'Transnational referral mechanism contact point in the country of origin',
  'NGO shelter',
  'Labour inspectorate',
  'Child protection service of the municipality',
  'Eine-sehr-lange-Bezeichnungohneleerzeichenfürdiebehörde',
];
const levels = ['local', 'local', 'national', 'cross-border', 'local', 'national', 'local', 'cross-border'] as const;
/** 12 steps over 8 actors, every level change included. */
const steps: ReferralStep[] = Array.from({ length: 12 }, (_, i) => ({
  actor: actors[i % actors.length]!,
  action: `Action ${i + 1}`,
  level: levels[i % levels.length]!,
}));

const inside = (box: Box, width: number, height: number) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.01 && box.y + box.height <= height + 0.01;
const within = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('referral pathway diagram', () => {
  const layout = layoutPathway(steps, labels);
  const svg = pathwaySvg(steps, labels);

  it('draws every step in order, with its number, and every actor', () => {
    expect(layout.nodes.map((n) => n.index)).toEqual(steps.map((_, i) => i));
    for (let i = 1; i <= steps.length; i++) expect(svg).toContain(`>${i}</text>`);
    for (const node of layout.nodes) {
      const text = node.lines.filter((l) => l.bold).map((l) => l.text).join(' ').replace(/- /g, '');
      expect(text.replace(/-/g, '')).toBe(steps[node.index]!.actor.replace(/-/g, ''));
    }
    // Steps go down the page.
    for (let i = 1; i < layout.nodes.length; i++) expect(layout.nodes[i]!.box.y).toBeGreaterThan(layout.nodes[i - 1]!.box.y);
  });

  it('marks levels and labels every hand-off to another level', () => {
    expect(svg.match(/pathway__step--national/g)).toHaveLength(steps.filter((s) => s.level === 'national').length);
    expect(svg.match(/pathway__step--cross-border/g)).toHaveLength(steps.filter((s) => s.level === 'cross-border').length);
    const handoffs = steps.filter((s, i) => i > 0 && s.level && s.level !== steps[i - 1]!.level).length;
    expect(layout.connectors.filter((c) => c.handoff)).toHaveLength(handoffs);
    expect(svg).toContain('Hand-off to a national body');
    expect(svg).toContain('Hand-off across the border');
    expect(layout.connectors).toHaveLength(steps.length - 1);
  });

  it('keeps every box, marker and label inside the view box', () => {
    expect(svg).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
    for (const node of layout.nodes) {
      expect(inside(node.box, layout.width, layout.height)).toBe(true);
      const { cx, cy, r } = node.marker;
      expect(inside({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }, layout.width, layout.height)).toBe(true);
      for (const line of node.lines) expect(within(lineBox(line), node.box)).toBe(true);
    }
  });

  it('has no overlapping boxes or labels', () => {
    const boxes = layout.nodes.map((n) => n.box);
    const texts = [...layout.nodes.flatMap((n) => n.lines), ...layout.connectors.flatMap((c) => c.handoff?.lines ?? [])].map(lineBox);
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(boxesOverlap(a, b)).toBe(false)));
    texts.forEach((a, i) => texts.forEach((b, j) => i < j && expect(boxesOverlap(a, b), `${i} ${j}`).toBe(false)));
    // Hand-off labels sit between boxes, not on them.
    for (const c of layout.connectors) for (const line of c.handoff?.lines ?? []) for (const box of boxes) expect(boxesOverlap(lineBox(line), box)).toBe(false);
  });

  it('escapes text and is deterministic', () => {
    const tricky: ReferralStep[] = [{ actor: 'Social services <"A & B">', action: 'x', level: 'local' }];
    expect(pathwaySvg(tricky, labels)).toContain('Social services &lt;&quot;A &amp; B&quot;&gt;');
    expect(pathwaySvg(steps, labels)).toBe(svg);
  });

  it('uses the labels it is given (the page language) and no fixed colours', () => {
    const de = pathwaySvg([{ actor: 'Polizei', action: 'x', level: 'national' }], { ...labels, level: { ...labels.level, national: 'Nationale Ebene' } });
    expect(de).toContain('Nationale Ebene');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
    expect(svg).toContain('aria-hidden="true"');
  });

  it('draws nothing for no steps', () => {
    expect(layoutPathway([], labels).nodes).toEqual([]);
  });
});
