/**
 * The referral pathway of an implementation model as an SVG drawn at build time:
 * one box per step, top to bottom in order, each naming its actor and, when the
 * source gives it, its level (local, national, cross-border). Where the pathway
 * passes to another level, the connector is labelled as a hand-off. A vertical
 * layout keeps it readable at 320 px: the text wraps inside a fixed width and the
 * drawing scales with the page.
 *
 * Colours come from the page (classes styled in CSS, `currentColor` otherwise),
 * so dark mode and print work; levels also differ by line style, not colour alone.
 */
import type { ModelData } from './schemas.ts';
import { charsFitting, escapeXml, round1, textWidth, wrapText } from './svg-text.ts';

export type ReferralStep = NonNullable<ModelData['referralSteps']>[number];
export type ReferralLevel = NonNullable<ReferralStep['level']>;

export interface PathwayLabels {
  /** A level's name, shown in the step's box: "National level". */
  level: Record<ReferralLevel, string>;
  /** The label of a connector into a step of that level: "Hand-off to a national body". */
  handoff: Record<ReferralLevel, string>;
}

export interface TextLine {
  text: string;
  /** Start of the line (text-anchor start) and its baseline. */
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StepNode {
  index: number;
  level: ReferralLevel | undefined;
  box: Box;
  /** The step number's circle. */
  marker: { cx: number; cy: number; r: number };
  lines: TextLine[];
}

export interface Connector {
  from: number;
  to: number;
  x: number;
  y1: number;
  y2: number;
  /** Set when the next step is at another level than this one. */
  handoff?: { level: ReferralLevel; lines: TextLine[] };
}

export interface PathwayLayout {
  width: number;
  height: number;
  nodes: StepNode[];
  connectors: Connector[];
}

const width = 320;
const pad = 6;
const markerR = 13;
const markerX = pad + markerR;
const boxX = markerX + markerR + 8;
const boxWidth = width - pad - boxX;
const boxPad = 8;
const actorSize = 15;
const levelSize = 12.5;
const handoffSize = 12.5;
const gap = 22;
const lineGap = 1.3;

/** The positions of every box, line and connector. Pure and deterministic. */
export function layoutPathway(steps: readonly ReferralStep[], labels: PathwayLabels): PathwayLayout {
  const nodes: StepNode[] = [];
  const connectors: Connector[] = [];
  const textX = boxX + boxPad;
  const innerWidth = boxWidth - 2 * boxPad;
  let y = pad;
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous) {
      const handoff = step.level !== undefined && step.level !== previous.level;
      const labelLines = handoff ? wrapText(labels.handoff[step.level!], charsFitting(innerWidth, handoffSize)) : [];
      const height = handoff ? gap + labelLines.length * handoffSize * lineGap : gap;
      // y1 and y2 are set below, once both markers are placed.
      const connector: Connector = { from: index - 1, to: index, x: markerX, y1: 0, y2: 0 };
      if (handoff) {
        connector.handoff = {
          level: step.level!,
          lines: labelLines.map((text, i) => ({ text, x: textX, y: round1(y + gap / 2 + (i + 0.8) * handoffSize * lineGap), size: handoffSize, bold: false })),
        };
      }
      connectors.push(connector);
      y += height;
    }
    const top = y;
    const lines: TextLine[] = [];
    let lineY = top + boxPad;
    for (const text of wrapText(step.actor, charsFitting(innerWidth, actorSize))) {
      lineY += actorSize * lineGap;
      lines.push({ text, x: textX, y: round1(lineY - actorSize * 0.3), size: actorSize, bold: true });
    }
    if (step.level) {
      for (const text of wrapText(labels.level[step.level], charsFitting(innerWidth, levelSize))) {
        lineY += levelSize * lineGap;
        lines.push({ text, x: textX, y: round1(lineY - levelSize * 0.3), size: levelSize, bold: false });
      }
    }
    const height = round1(lineY + boxPad - top);
    nodes.push({
      index,
      level: step.level,
      box: { x: boxX, y: round1(top), width: boxWidth, height },
      marker: { cx: markerX, cy: round1(top + Math.max(markerR + 2, Math.min(height / 2, actorSize * 1.4))), r: markerR },
      lines,
    });
    y = top + height + gap / 2;
  });
  // Connectors run from the bottom of one box's marker to the top of the next one's.
  for (const c of connectors) {
    c.y1 = round1(nodes[c.from]!.marker.cy + markerR);
    c.y2 = round1(nodes[c.to]!.marker.cy - markerR);
  }
  const last = nodes.at(-1);
  return { width, height: last ? round1(last.box.y + last.box.height + pad) : 0, nodes, connectors };
}

/** The bounding box of a line of text, estimated from its length (see svg-text.ts). */
export function lineBox(line: TextLine): Box {
  return { x: line.x, y: line.y - line.size * 0.9, width: textWidth(line.text, line.size), height: line.size * 1.15 };
}

const text = (line: TextLine, className: string) =>
  `<text class="${className}" x="${line.x}" y="${line.y}"${line.bold ? ' font-weight="700"' : ''} font-size="${line.size}">${escapeXml(line.text)}</text>`;

/**
 * The SVG of a layout. It is decorative for assistive technology (`aria-hidden`):
 * the ordered list of steps beside it says the same, with the actions, in text.
 */
export function renderPathway(layout: PathwayLayout): string {
  const parts: string[] = [];
  parts.push(
    `<svg class="pathway" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-hidden="true" focusable="false" fill="currentColor" font-family="system-ui, sans-serif">`,
  );
  parts.push(
    '<defs><marker id="pathway-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0 0 10 5 0 10z" class="pathway__arrowhead"/></marker></defs>',
  );
  for (const c of layout.connectors) {
    const kind = c.handoff ? ` pathway__link--${c.handoff.level}` : '';
    parts.push(`<line class="pathway__link${kind}" x1="${c.x}" y1="${c.y1}" x2="${c.x}" y2="${c.y2}" stroke="currentColor" marker-end="url(#pathway-arrow)"/>`);
    for (const line of c.handoff?.lines ?? []) parts.push(text(line, 'pathway__handoff'));
  }
  for (const node of layout.nodes) {
    const level = node.level ?? 'none';
    const { box, marker } = node;
    parts.push(`<g class="pathway__step pathway__step--${level}">`);
    parts.push(`<rect class="pathway__box" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="5" fill="none" stroke="currentColor"/>`);
    parts.push(`<circle class="pathway__marker" cx="${marker.cx}" cy="${marker.cy}" r="${marker.r}" fill="none" stroke="currentColor"/>`);
    parts.push(`<text class="pathway__number" x="${marker.cx}" y="${round1(marker.cy + 5)}" text-anchor="middle" font-weight="700" font-size="14">${node.index + 1}</text>`);
    node.lines.forEach((line, i) => parts.push(text(line, i === 0 || line.bold ? 'pathway__actor' : 'pathway__level')));
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Layout and SVG in one call, for pages. */
export function pathwaySvg(steps: readonly ReferralStep[], labels: PathwayLabels): string {
  return renderPathway(layoutPathway(steps, labels));
}
