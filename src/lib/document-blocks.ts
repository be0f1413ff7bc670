/**
 * A document as a sequence of blocks (headings, paragraphs, lists, tables, and the
 * opening and closing of content components), and the alignment of a translation's
 * blocks with its source's. The structure check and the review view both use it,
 * so what a reviewer sees side by side is exactly what the check compared.
 */
import type { Heading, List, ListItem, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { explicitHeadingId } from './headings.ts';

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'open' | 'close' | 'other';

export interface Block {
  kind: BlockKind;
  /** What must be the same in a translation: "h2", "ol:5", "table:4", "<Checklist>". */
  shape: string;
  /** A short description for messages: "a numbered list of 5 items". */
  label: string;
  line: number | undefined;
  /** The Markdown node (undefined for a component's closing). */
  node: RootContent | undefined;
  /** <Cite> and <Term> IDs in the block, sorted (word order may move them within a block). */
  cites: string[];
  terms: string[];
  /** For an ordered list: the number its first item starts with. */
  start?: number | undefined;
}

const isComponent = (node: RootContent): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement';
const isCommentOnly = (node: RootContent) => node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value: string }).value);

function idsIn(node: RootContent | undefined, name: 'Cite' | 'Term'): string[] {
  if (!node) return [];
  const ids: string[] = [];
  visit(node, (child) => {
    if (child.type !== 'mdxJsxTextElement' && child.type !== 'mdxJsxFlowElement') return;
    const element = child as MdxJsxTextElement | MdxJsxFlowElement;
    if (element.name !== name) return;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    if (id && typeof id.value === 'string') ids.push(id.value);
  });
  return ids.sort();
}

/** A list's shape: its kind, item count and the shapes of lists nested in its items. */
function listShape(list: List): string {
  const nested = list.children.map((item: ListItem) =>
    item.children.filter((c): c is List => c.type === 'list').map(listShape).join(','),
  );
  const inner = nested.some(Boolean) ? `[${nested.join('|')}]` : '';
  return `${list.ordered ? 'ol' : 'ul'}:${list.children.length}${inner}`;
}

function describe(node: RootContent): Omit<Block, 'line' | 'node' | 'cites' | 'terms'> {
  switch (node.type) {
    case 'heading': {
      const id = explicitHeadingId(node as Heading);
      // The heading's ID is compared by the heading check (src/lib/headings.ts); here only its level.
      return { kind: 'heading', shape: `h${(node as Heading).depth}`, label: `a level-${(node as Heading).depth} heading${id ? ` #${id}` : ''}` };
    }
    case 'paragraph':
      return { kind: 'paragraph', shape: 'p', label: 'a paragraph' };
    case 'list': {
      const list = node as List;
      const n = list.children.length;
      return {
        kind: 'list',
        shape: listShape(list),
        label: `${list.ordered ? 'a numbered' : 'a bulleted'} list of ${n} item${n === 1 ? '' : 's'}${list.ordered && list.start !== null && list.start !== undefined && list.start !== 1 ? ` starting at ${list.start}` : ''}`,
        start: list.ordered ? (list.start ?? 1) : undefined,
      };
    }
    case 'table': {
      const rows = (node as Table).children.length;
      return { kind: 'table', shape: `table:${rows}`, label: `a table of ${rows} row${rows === 1 ? '' : 's'}` };
    }
    default:
      return { kind: 'other', shape: node.type, label: `a ${node.type} block` };
  }
}

/** Every block of a document in reading order; component contents are flattened between its opening and closing. */
export function documentBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'yaml' || isCommentOnly(node)) continue;
      const line = node.position?.start.line;
      if (isComponent(node)) {
        const name = node.name ?? '';
        blocks.push({ kind: 'open', shape: `<${name}>`, label: `the start of <${name}>`, line, node, cites: [], terms: [] });
        walk(node.children as RootContent[]);
        blocks.push({ kind: 'close', shape: `</${name}>`, label: `the end of <${name}>`, line: node.position?.end.line, node: undefined, cites: [], terms: [] });
        continue;
      }
      blocks.push({ ...describe(node), line, node, cites: idsIn(node, 'Cite'), terms: idsIn(node, 'Term') });
    }
  };
  walk(tree.children);
  return blocks;
}

export interface AlignedRow {
  source: Block | undefined;
  translation: Block | undefined;
  /** Both blocks have the same shape. */
  same: boolean;
}

/**
 * Pairs source and translation blocks: a longest common subsequence of shapes, and
 * in each gap between matched blocks, blocks of the same kind side by side (a list
 * whose item count differs still faces its source list). What is left faces nothing.
 */
export function alignBlocks(source: readonly Block[], translation: readonly Block[]): AlignedRow[] {
  const n = source.length;
  const m = translation.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = source[i]!.shape === translation[j]!.shape ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const rows: AlignedRow[] = [];
  let gapSource: Block[] = [];
  let gapTranslation: Block[] = [];
  // A paragraph that Markdown read as a numbered list (a line starting "2024. ") still faces its source paragraph.
  const counterpart = (s: Block, t: Block) => s.kind === t.kind || (s.kind === 'paragraph' && t.kind === 'list' && t.start !== undefined && t.start !== 1);
  const flushGap = () => {
    const left = [...gapSource];
    const right = [...gapTranslation];
    while (left.length || right.length) {
      const s = left[0];
      const t = right[0];
      if (s && t && counterpart(s, t)) {
        rows.push({ source: left.shift(), translation: right.shift(), same: false });
      } else if (s && (!t || !right.some((b) => counterpart(s, b)))) {
        rows.push({ source: left.shift(), translation: undefined, same: false });
      } else {
        rows.push({ source: undefined, translation: right.shift(), same: false });
      }
    }
    gapSource = [];
    gapTranslation = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && source[i]!.shape === translation[j]!.shape) {
      flushGap();
      rows.push({ source: source[i], translation: translation[j], same: true });
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      gapSource.push(source[i++]!);
    } else {
      gapTranslation.push(translation[j++]!);
    }
  }
  flushGap();
  return rows;
}
