/**
 * Checks that a translation is whole and really translated: its length against the
 * source's (a document with under 60 % or over 160 % of the source's words has lost
 * or gained text), and blocks still in English (a paragraph pasted from the source
 * and never translated).
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { wordCount } from './editorial-rules.ts';
import { words } from './term-match.ts';

/** Text of a node without MDX expressions ({/* #id *\/}) and without component attributes. */
function textOf(node: RootContent): string {
  const parts: string[] = [];
  visit(node, (child) => {
    if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') return 'skip';
    if (child.type === 'text' || child.type === 'inlineCode') parts.push((child as { value: string }).value);
    return undefined;
  });
  return parts.join(' ');
}

export const lengthLimits = { min: 0.6, max: 1.6 } as const;

/** The translation's words as a share of the source's; undefined for an empty source. */
export function lengthRatio(source: Root, translation: Root): number | undefined {
  // The same count as the editorial rules' minimum length: the text a reader reads.
  const sourceWords = wordCount(source);
  return sourceWords === 0 ? undefined : wordCount(translation) / sourceWords;
}

/**
 * Common English words that are not also common words of the project's other
 * languages: "on" (Estonian, Finnish), "to" (Latvian, Polish), "in", "an", "so",
 * "was", "will", "also" (German), "for", "at", "her", "under", "over" (Norwegian,
 * Swedish), "do", "we", "by" (Polish), "he" (Finnish) and "be"
 * (Lithuanian) are left out, so a translated paragraph scores
 * close to zero and an English one well above the limit.
 */
const englishWords = new Set(
  `the and of is are were that this these those with from or not it its they them their you your who which what when where
  how why must should would could can may has have had been does there about other more than into only some such
  any each but our his she if then because before after while between without out up`.split(/\s+/),
);

/** Blocks shorter than this are not judged: a short heading may be a name or a quoted title. */
export const minWordsToJudge = 8;
/** Share of common English words above which a block is taken to be English. */
export const englishShareLimit = 0.2;

export function englishShare(text: string): { words: number; share: number } {
  const all = words(text).map((w) => w.text);
  if (all.length === 0) return { words: 0, share: 0 };
  const english = all.filter((w) => englishWords.has(w.toLowerCase())).length;
  return { words: all.length, share: english / all.length };
}

export interface EnglishBlock {
  line: number | undefined;
  text: string;
  share: number;
}

/** Paragraphs, headings, list items and table cells of a translation that read as English. */
export function englishBlocks(tree: Root): EnglishBlock[] {
  const found: EnglishBlock[] = [];
  visit(tree, (node) => {
    if (node.type === 'yaml') return 'skip';
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const text = textOf(node as RootContent).replace(/\s+/g, ' ').trim();
    const { words: count, share } = englishShare(text);
    if (count >= minWordsToJudge && share >= englishShareLimit) found.push({ line: node.position?.start.line, text, share });
    return 'skip';
  });
  return found;
}
