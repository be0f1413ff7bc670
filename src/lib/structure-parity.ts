/**
 * Structural parity of a translation with its source: the same blocks in the same
 * order (headings, lists with their item counts, tables with their rows, component
 * openings and closings), and in each block the same <Cite> and <Term> IDs. This
 * catches what an ID comparison cannot, such as a Latvian sentence that starts
 * "2024. gadā" and turns into a numbered list starting at 2024.
 */
import type { Root } from 'mdast';
import { alignBlocks, documentBlocks, type Block } from './document-blocks.ts';

export interface StructureProblem {
  line: number | undefined;
  message: string;
  hint: string;
}

const where = (block: Block | undefined, file: string) => (block?.line ? `${file}:${block.line}` : file);

/** A numbered list that starts at a number no source list starts with: a line that began "2024. ". */
const looksLikeNumberedSentence = (source: Block | undefined, translation: Block) =>
  translation.kind === 'list' && translation.start !== undefined && translation.start !== 1 && source?.start !== translation.start;

const numberedSentenceHint =
  'a line that starts with a number, a full stop and a space ("2024. gadā …") becomes a numbered list: reorder the sentence ("ES 2024. gadā …") or write the full stop as "2024\\."';

export function structureProblems(source: Root, translation: Root, sourceFile: string): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const rows = alignBlocks(documentBlocks(source), documentBlocks(translation));
  // The translation line nearest to a block that is missing from it.
  let lastLine: number | undefined;
  // Runs of blocks with no counterpart are reported once per run, not once per block.
  let missingRun: Block[] = [];
  let extraRun: Block[] = [];
  const flush = () => {
    if (missingRun.length) {
      const first = missingRun[0]!;
      const lines = missingRun.length > 1 ? `${sourceFile}:${first.line ?? '?'}–${missingRun.at(-1)!.line ?? '?'}` : where(first, sourceFile);
      problems.push({ line: lastLine, message: `${listOf(missingRun)} of the source (${lines}) ${missingRun.length > 1 ? 'are' : 'is'} missing after this line`, hint: 'translate every block of the source; keep blank lines around component tags' });
    }
    if (extraRun.length) {
      problems.push({ line: extraRun[0]!.line, message: `${listOf(extraRun)} that the source does not have`, hint: 'keep the blocks of the source: join or remove the extra block, or fix the Markdown that created it' });
    }
    missingRun = [];
    extraRun = [];
  };
  for (const { source: s, translation: t, same } of rows) {
    if (!same && s && !t) {
      missingRun.push(s);
      continue;
    }
    if (!same && t && !s) {
      if (missingRun.length) flush();
      extraRun.push(t);
      continue;
    }
    flush();
    if (t?.line) lastLine = t.line;
    if (!same) {
      if (t && looksLikeNumberedSentence(s, t)) {
        problems.push({ line: t.line, message: `this line became ${t.label}; the source has ${s ? s.label : 'no list'} here (${where(s, sourceFile)})`, hint: numberedSentenceHint });
      } else if (s && t) {
        problems.push({ line: t.line, message: `${t.label} where the source has ${s.label} (${where(s, sourceFile)})`, hint: hintFor(s) });
      }
      continue;
    }
    if (!s || !t) continue;
    for (const key of ['cites', 'terms'] as const) {
      if (s[key].join() === t[key].join()) continue;
      const tag = key === 'cites' ? 'Cite' : 'Term';
      const missing = difference(s[key], t[key]);
      const extra = difference(t[key], s[key]);
      problems.push({
        line: t.line,
        message: `<${tag}> IDs differ from the source block (${where(s, sourceFile)}):${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ''} not in the source ${extra.join(', ')}` : ''}`,
        hint: `keep every <${tag} id="…"> of the source block, with the same ID`,
      });
    }
  }
  flush();
  return problems;
}

/** "a paragraph", "a paragraph and a table", "a paragraph, a table and 3 more blocks". */
function listOf(blocks: readonly Block[]): string {
  const labels = blocks.map((b) => b.label);
  if (labels.length === 1) return labels[0]!;
  if (labels.length <= 3) return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more blocks`;
}

function hintFor(source: Block): string {
  switch (source.kind) {
    case 'list':
      return 'give the list the same number of items as the source; one item per source item, and start each with "- " or "1. " as the source does';
    case 'table':
      return 'keep every row of the source table';
    case 'heading':
      return 'keep the heading level and its {/* #id */} as in the source';
    case 'open':
    case 'close':
      return 'keep the components of the source in the same order, with a blank line after an opening tag and before a closing one';
    default:
      return 'keep the blocks of the source in the same order';
  }
}

/** Items of `a` not matched one-for-one in `b` (both sorted). */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const index = rest.indexOf(item);
    if (index < 0) return true;
    rest.splice(index, 1);
    return false;
  });
}
