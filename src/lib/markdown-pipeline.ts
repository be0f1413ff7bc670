/**
 * How Astro renders the chapters and models: Sätteri, Astro's native Markdown
 * processor, which parses and renders in Rust (many times faster than the remark
 * pipeline: BENCHMARKS.md, "Markdown pipeline"). Its GFM reads the same syntax as
 * remark-gfm in the content check (src/lib/mdx-document.ts). SmartyPants stays
 * off: the text is typed with its own quotes and dashes in every language.
 */
import type { Element, ElementContent } from 'hast';
import { satteriExplicitHeadingIds } from './headings.ts';

/** The part of Sätteri's hast plugin context used here. */
interface SatteriHastContext {
  removeNode(node: object): void;
}

const tableParts = ['table', 'thead', 'tbody', 'tfoot', 'tr'];
const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Sätteri puts a line break between table rows and cells, where the remark
 * pipeline put none. Inside a table those text nodes are never shown; removing
 * them keeps the pages as small as before (and byte-identical to them).
 */
export const satteriTableWhitespace = {
  name: 'strom-table-whitespace',
  element: {
    filter: tableParts,
    visit(node: Element, ctx: SatteriHastContext) {
      for (const child of node.children) if (isBlank(child)) ctx.removeNode(child);
    },
  },
};

export const markdownOptions = {
  features: { gfm: true, smartPunctuation: false },
  mdastPlugins: [satteriExplicitHeadingIds],
  hastPlugins: [satteriTableWhitespace],
};
