/**
 * What every guideline chapter and implementation model must have, so that an
 * official gets the same kind of help from every chapter and a trainer finds
 * material for a session in each. Checked on the source-language text; a
 * translation follows its source.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export const minChapterWords = 800;

/** Words a reader reads: text of the document, not frontmatter, IDs or attributes. */
export function wordCount(tree: Root): number {
  let count = 0;
  visit(tree, 'text', (node: { value: string }) => {
    count += node.value.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  });
  return count;
}

function componentNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node && typeof node.name === 'string') names.add(node.name);
  });
  return names;
}

export interface EditorialInput {
  kind: 'chapters' | 'models';
  tree: Root;
  sources: readonly unknown[];
}

/** What a source-language document lacks, each as a message and a hint. */
export function editorialProblems({ kind, tree, sources }: EditorialInput): { message: string; hint: string }[] {
  const problems: { message: string; hint: string }[] = [];
  if (sources.length === 0) {
    problems.push({ message: 'no sources', hint: 'list the sources of the facts in the frontmatter ("sources:") and cite them with <Cite id="…" />' });
  }
  if (kind === 'models') return problems;
  const names = componentNames(tree);
  if (!names.has('KeyPoints')) problems.push({ message: 'no <KeyPoints>', hint: 'sum up the chapter in a <KeyPoints> list near its start' });
  if (!names.has('Checklist') && !names.has('Procedure')) problems.push({ message: 'no <Checklist> or <Procedure>', hint: 'give readers at least one checklist or step-by-step procedure to act on' });
  if (!names.has('ForTrainers')) problems.push({ message: 'no <ForTrainers> block', hint: 'add discussion questions or an exercise for training sessions' });
  const words = wordCount(tree);
  if (words < minChapterWords) problems.push({ message: `only ${words} words`, hint: `a chapter has at least ${minChapterWords} words; say more, or merge it into another chapter` });
  return problems;
}
