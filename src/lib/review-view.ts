/**
 * The review view of a translation: source and translation aligned block by block
 * (the alignment of the structure check), each block as HTML with the term base's
 * terms marked. Links and images are shown, not followed: the view is for reading
 * the text, and relative targets written for the chapter page would not resolve here.
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { alignBlocks, documentBlocks, type Block } from './document-blocks.ts';
import { termFinder, type TermPattern } from './term-match.ts';
import { cached } from './cache.ts';

export interface MarkedTerm extends TermPattern {
  concept: string;
}

export interface TermRules {
  lang: string;
  terms: readonly MarkedTerm[];
  inflectionLetters?: number | undefined;
}

export interface ReviewRow {
  source: string | undefined;
  translation: string | undefined;
  /** Both sides have the same structure (what the build checks). */
  same: boolean;
  kind: Block['kind'];
}

const attr = (node: MdxJsxTextElement | MdxJsxFlowElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof found === 'string' ? found : undefined;
};

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

const handlers: Record<string, Handler> = {
  mdxJsxTextElement(state: State, node: MdxJsxTextElement) {
    if (node.name === 'Term') return element('span', { className: ['review-glossary'], dataTerm: attr(node, 'id') }, state.all(node));
    if (node.name === 'Cite') return element('span', { className: ['review-cite'] }, [text(`[${attr(node, 'id') ?? ''}]`)]);
    return state.all(node);
  },
  // Heading IDs ({/* #id */}) and other comments are not text.
  mdxTextExpression: () => undefined,
  mdxFlowExpression: () => undefined,
  link(state: State, node: { url: string; children: RootContent[] }) {
    return [element('span', { className: ['review-link'] }, state.all(node as never)), text(' '), element('span', { className: ['review-href'] }, [text(`(${node.url})`)])];
  },
  image(_state: State, node: { alt?: string | null; url: string }) {
    return element('span', { className: ['review-image'] }, [text(`[${node.alt ?? ''}] (${node.url})`)]);
  },
  heading(state: State, node: { depth: number; children: RootContent[] }) {
    return element('p', { className: ['review-heading', `review-heading--h${node.depth}`] }, state.all(node as never));
  },
};

// One finder per language's rules: every text of every review page is searched for every term.
const finders = new WeakMap<TermRules, ReturnType<typeof termFinder<MarkedTerm>>>();
const finderOf = (rules: TermRules) => cached(finders, rules, () => termFinder(rules.terms, rules.lang, rules.inflectionLetters));

/** Wraps each occurrence of a term in a text node in <mark>. */
function markTerms(tree: HastRoot | Element, rules: TermRules): void {
  const find = finderOf(rules);
  tree.children = tree.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      markTerms(child, rules);
      return [child];
    }
    if (child.type !== 'text') return [child as ElementContent];
    const hits = find(child.value)
      .map((hit) => ({ start: hit.start, end: hit.end, concept: hit.pattern.concept }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    if (hits.length === 0) return [child];
    const parts: ElementContent[] = [];
    let at = 0;
    for (const hit of hits) {
      if (hit.start < at) continue; // overlapping a longer term already marked
      if (hit.start > at) parts.push(text(child.value.slice(at, hit.start)));
      parts.push(element('mark', { className: ['review-term'], dataConcept: hit.concept, title: hit.concept }, [text(child.value.slice(hit.start, hit.end))]));
      at = hit.end;
    }
    if (at < child.value.length) parts.push(text(child.value.slice(at)));
    return parts;
  }) as ElementContent[];
}

/** The HTML of one block; a component's opening is shown as its name and title. */
export function blockHtml(block: Block, rules: TermRules): string | undefined {
  if (block.kind === 'close') return undefined;
  const node = block.node;
  if (!node) return undefined;
  let hast: HastRoot;
  if (block.kind === 'open') {
    const component = node as MdxJsxFlowElement;
    const title = attr(component, 'title') ?? attr(component, 'role');
    hast = { type: 'root', children: [element('p', { className: ['review-component'] }, [element('code', {}, [text(`<${component.name ?? ''}>`)]), ...(title ? [text(` ${title}`)] : [])])] };
  } else {
    const root: Root = { type: 'root', children: [node] };
    hast = toHast(root, { handlers, allowDangerousHtml: false }) as HastRoot;
  }
  markTerms(hast, rules);
  return toHtml(hast);
}

const sourceTrees = new Map<string, Root>();
/** A source document's syntax tree, parsed once for the review pages of every language. */
export const sourceTree = (key: string, parse: () => Root): Root => cached(sourceTrees, key, parse);

// The English side of a document is the same on the review pages of all nine
// languages: its blocks' HTML is made once (keyed by the block's syntax-tree node).
// (An absent block is cached as null: `cached` treats undefined as not made yet.)
const blockHtmlCache = new WeakMap<TermRules, WeakMap<object, string | null>>();
function cachedBlockHtml(block: Block, rules: TermRules): string | undefined {
  if (!block.node) return blockHtml(block, rules);
  const byNode = cached(blockHtmlCache, rules, () => new WeakMap<object, string | null>());
  return cached(byNode, block.node, () => blockHtml(block, rules) ?? null) ?? undefined;
}

export function reviewRows(source: Root, translation: Root, sourceRules: TermRules, translationRules: TermRules): ReviewRow[] {
  return alignBlocks(documentBlocks(source), documentBlocks(translation))
    .filter((row) => (row.source ?? row.translation)!.kind !== 'close' || !row.same)
    .map((row) => ({
      source: row.source && cachedBlockHtml(row.source, sourceRules),
      translation: row.translation && blockHtml(row.translation, translationRules),
      same: row.same,
      kind: (row.source ?? row.translation)!.kind,
    }))
    .filter((row) => row.source !== undefined || row.translation !== undefined);
}
