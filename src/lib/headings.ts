/**
 * Stable heading IDs. Authors give every heading an explicit ID in an MDX comment:
 *
 *     ## Local authorities meet people first {/* #first-contact *\/}
 *
 * The ID is the same in every language and survives rewording, so deep links from
 * slides and handouts keep working. English is the reference: a translation must
 * have the same set of IDs.
 */
import type { Heading, Root, RootContent, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { stableId } from './schemas.ts';

const explicitIdComment = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/;

interface ExpressionNode {
  type: 'mdxTextExpression';
  value: string;
}

function isExpression(node: RootContent | PhrasingContent | undefined): node is ExpressionNode & PhrasingContent {
  return node?.type === ('mdxTextExpression' as string);
}

/** The explicit ID written at the end of a heading, if any. */
export function explicitHeadingId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!isExpression(last)) return undefined;
  return explicitIdComment.exec(last.value)?.[1];
}

export interface HeadingInfo {
  depth: number;
  id: string | undefined;
  text: string;
  line: number | undefined;
  column: number | undefined;
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (isExpression(node)) return '';
      if ('value' in node && typeof node.value === 'string') return node.value;
      if ('children' in node) return plainText(node.children as PhrasingContent[]);
      return '';
    })
    .join('')
    .trim();
}

/** Every heading of a document with its explicit ID (or undefined) and text. */
export function collectHeadings(tree: Root): HeadingInfo[] {
  const headings: HeadingInfo[] = [];
  visit(tree, 'heading', (node: Heading) => {
    headings.push({
      depth: node.depth,
      id: explicitHeadingId(node),
      text: plainText(node.children),
      line: node.position?.start.line,
      column: node.position?.start.column,
    });
  });
  return headings;
}

/** Checks one document's headings on their own: every heading has a valid, unique ID. */
export function headingIdProblems(headings: readonly HeadingInfo[]): { heading: HeadingInfo; message: string; hint: string }[] {
  const problems: { heading: HeadingInfo; message: string; hint: string }[] = [];
  const seen = new Set<string>();
  for (const heading of headings) {
    if (heading.depth === 1) {
      problems.push({ heading, message: `level-1 heading "${heading.text}"`, hint: 'the title comes from frontmatter; start sections at "##"' });
    }
    if (heading.id === undefined) {
      problems.push({
        heading,
        message: `heading "${heading.text}" has no explicit ID`,
        hint: `end the heading with an ID that never changes, e.g. {/* #${suggestId(heading.text)} */}`,
      });
      continue;
    }
    if (!stableId.safeParse(heading.id).success) {
      problems.push({ heading, message: `heading ID "${heading.id}" is not a valid ID`, hint: 'use lowercase letters a–z, digits and single hyphens' });
    }
    if (seen.has(heading.id)) {
      problems.push({ heading, message: `heading ID "${heading.id}" is used twice in this file`, hint: 'give each heading its own ID' });
    }
    seen.add(heading.id);
  }
  return problems;
}

/** A readable ID suggestion from heading text (ASCII only, so it works in every language's URL). */
export function suggestId(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 5)
      .join('-') || 'section'
  );
}

/** Heading IDs that a translation lacks or adds compared with its source. */
export function compareHeadingIds(sourceIds: readonly string[], translationIds: readonly string[]): { missing: string[]; extra: string[] } {
  const source = new Set(sourceIds);
  const translation = new Set(translationIds);
  return {
    missing: sourceIds.filter((id) => !translation.has(id)),
    extra: translationIds.filter((id) => !source.has(id)),
  };
}

/** The parts of Sätteri's plugin context the plugins below use (structural, so this file needs no Sätteri import). */
interface SatteriMdastContext {
  removeNode(node: object): void;
  setProperty(node: object, key: string, value: unknown): void;
}

/**
 * Plugin for Sätteri, the Markdown processor Astro renders MDX with
 * (src/lib/markdown-pipeline.ts): each heading's ID comment leaves the heading's
 * text and becomes its `id`. Astro's heading collector keeps an existing `id`, so
 * the table of contents and the anchors use the stable ID.
 */
export const satteriExplicitHeadingIds = {
  name: 'strom-explicit-heading-ids',
  heading(node: Heading, ctx: SatteriMdastContext) {
    const id = explicitHeadingId(node);
    if (id === undefined) return;
    ctx.removeNode(node.children.at(-1)!);
    const before = node.children.at(-2);
    if (before && before.type === 'text') ctx.setProperty(before, 'value', before.value.replace(/\s+$/, ''));
    ctx.setProperty(node, 'data', { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } });
  },
};
