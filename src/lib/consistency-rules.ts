/**
 * Rules that keep the source-language text one text, not a pile of copies: no
 * long paragraph in two documents (link to its one home instead), every glossary
 * term linked somewhere, every listed source cited, one citation style, and no
 * model or helpline without a source and a date. Each problem names its file and
 * line, so an author can go straight there.
 */
import { readFileSync } from 'node:fs';
import type { Root, Yaml } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Problem } from './problems.ts';
import { displayPath, glossaryPath, helplinesPath, readGlossary, readHelplines } from './content-files.ts';

/** A paragraph this long that appears twice is a copy, not a coincidence. */
export const minRepeatedWords = 25;

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export interface RuleDocument {
  file: string;
  tree: Root;
  sources: readonly { id: string }[];
}

/** The visible text of a node and its children (a <Term>'s words count; a <Cite> has none). */
function textOf(node: object): string {
  const { value, children } = node as { value?: unknown; children?: object[] };
  if (typeof value === 'string' && !children) return value;
  return (children ?? []).map(textOf).join('');
}

/** A paragraph's words as a reader sees them: markup gone, spacing and the gap a <Cite> leaves evened out. */
function paragraphText(node: object): string {
  return textOf(node).replace(/\s+/g, ' ').replace(/ ([.,;:!?)])/g, '$1').trim();
}

/** Paragraphs of `minWords` or more words that appear word for word in two documents. */
export function repeatedParagraphs(documents: readonly RuleDocument[], minWords = minRepeatedWords): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { file: string; line: number | undefined }>();
  for (const doc of documents) {
    const seenHere = new Set<string>();
    visit(doc.tree, 'paragraph', (node) => {
      const text = paragraphText(node);
      const words = text.match(wordPattern)?.length ?? 0;
      if (words < minWords || seenHere.has(text)) return;
      seenHere.add(text);
      const line = node.position?.start.line;
      const earlier = first.get(text);
      if (!earlier) {
        first.set(text, { file: doc.file, line });
        return;
      }
      problems.push({
        file: doc.file,
        line,
        message: `a paragraph of ${words} words also appears in ${earlier.file}${earlier.line ? `:${earlier.line}` : ''} ("${text.slice(0, 60)}…")`,
        hint: 'keep the paragraph in its one canonical place and link to it from here, or say it differently in a shorter form',
      });
    });
  }
  return problems;
}

/** IDs of all `<Term id>` used in the documents. */
export function linkedTermIds(documents: readonly RuleDocument[]): Set<string> {
  const ids = new Set<string>();
  for (const doc of documents) {
    visit(doc.tree, (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxTextElement).name === 'Term') {
        const id = (node as MdxJsxTextElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id === 'string') ids.add(id);
      }
    });
  }
  return ids;
}

/** The 1-based line of the first line of `text` matching `pattern`. */
function lineMatching(text: string, pattern: RegExp): number | undefined {
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Glossary terms that no document links with `<Term id>`: a reader never finds them from the text. */
export function unlinkedGlossaryTerms(glossary: { file: string; text: string; terms: readonly { id: string; term: string }[] }, documents: readonly RuleDocument[]): Problem[] {
  const linked = linkedTermIds(documents);
  // A <Term> with an unknown ID is reported already, and is likely a misspelt link to one of these.
  const known = new Set(glossary.terms.map((term) => term.id));
  if ([...linked].some((id) => !known.has(id))) return [];
  return glossary.terms
    .filter((term) => !linked.has(term.id))
    .map((term) => ({
      file: glossary.file,
      line: lineMatching(glossary.text, new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(term.id)}["']?\\s*$`)),
      message: `glossary term "${term.id}" (${term.term}) is never linked with <Term id="${term.id}">`,
      hint: `link it where a chapter or model first uses it: <Term id="${term.id}">…</Term>`,
    }));
}

function citedIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxTextElement).name === 'Cite') {
      const id = (node as MdxJsxTextElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') ids.add(id);
    }
  });
  return ids;
}

/** Sources a document lists in its frontmatter but never cites: the reader cannot tell what they back. */
export function uncitedSources(doc: RuleDocument): Problem[] {
  const cited = citedIds(doc.tree);
  const frontmatter = doc.tree.children.find((node): node is Yaml => node.type === 'yaml');
  return doc.sources
    .filter((source) => !cited.has(source.id))
    .map((source) => {
      const index = frontmatter ? lineMatching(frontmatter.value, new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(source.id)}["']?\\s*$`)) : undefined;
      return {
        file: doc.file,
        line: index !== undefined && frontmatter?.position ? frontmatter.position.start.line + index : undefined,
        message: `source "${source.id}" is listed but never cited`,
        hint: `cite it where it backs a fact (<Cite id="${source.id}" />), or remove it from "sources"`,
      };
    });
}

/**
 * A `<Cite>` right after a full stop ("days.<Cite/>" or "days. <Cite/>"). The one style
 * is "days <Cite id="x" />.": the marker belongs to the sentence it backs.
 */
export function citationsAfterFullStop(doc: RuleDocument): Problem[] {
  const problems: Problem[] = [];
  visit(doc.tree, (node, index, parent) => {
    // Alone on its line, the marker is a block of its own, after the sentence's full stop.
    if (node.type === 'mdxJsxFlowElement' && (node as unknown as MdxJsxTextElement).name === 'Cite') {
      problems.push({
        file: doc.file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: 'a <Cite> on a line of its own, after the sentence',
        hint: 'join it to the sentence it backs, before the full stop: "… 180 days <Cite id="x" />."',
      });
      return;
    }
    if (node.type !== 'mdxJsxTextElement' || (node as MdxJsxTextElement).name !== 'Cite' || !parent || index === undefined || index === 0) return;
    const previous = parent.children[index - 1];
    if (previous?.type === 'text' && /\.\s*$/.test(previous.value)) {
      problems.push({
        file: doc.file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: 'a <Cite> after the full stop',
        hint: 'put the marker before the full stop, after a space: "… 180 days <Cite id="x" />."',
      });
    }
  });
  return problems;
}

export interface RecordEntry {
  /** What the entry is, for the message: 'helpline "+372 660 7320"'. */
  label: string;
  line: number | undefined;
  sourceUrl: string | undefined;
  /** YYYY-MM-DD, when the fact was taken from its source. */
  recorded: string | undefined;
}

/**
 * A helpline or model whose source cannot be followed or whose date is missing or
 * lies in the future. (The schemas already require a source and a date where the
 * data has fields for them; this checks what they hold.)
 */
export function recordProblems(file: string, entries: readonly RecordEntry[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.sourceUrl) {
      problems.push({ file, line: entry.line, message: `${entry.label} has a source without a URL`, hint: 'give the address of the page the number was taken from, so a reader can check it' });
    }
    if (!entry.recorded) {
      problems.push({ file, line: entry.line, message: `${entry.label} has no recorded date`, hint: 'add "recorded: YYYY-MM-DD", the day the fact was taken from its source' });
    } else if (entry.recorded > today) {
      problems.push({ file, line: entry.line, message: `${entry.label} was recorded on ${entry.recorded}, a day still to come`, hint: 'use the day the fact was taken from its source' });
    }
  }
  return problems;
}

/** The line where each entry of a YAML list starts ("- country: …"), in order. */
export function listEntryLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (/^- /.test(line) ? [index + 1] : []));
}

/** Every rule above, on the source-language documents, glossary and helplines of a content folder. */
export function consistencyProblems(
  dir: string,
  documents: readonly RuleDocument[],
  sourceLang: string,
  options: { today?: string; allDocumentsRead?: boolean } = {},
): Problem[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [...repeatedParagraphs(documents)];
  for (const doc of documents) problems.push(...uncitedSources(doc), ...citationsAfterFullStop(doc));

  const glossary = readGlossary(dir, sourceLang);
  // A document that could not be read may hold the only link to a term: then no verdict, one mistake one message.
  if (glossary?.value && glossary.problems.length === 0 && options.allDocumentsRead !== false) {
    const path = glossaryPath(dir, sourceLang);
    problems.push(...unlinkedGlossaryTerms({ file: displayPath(path), text: readFileSync(path, 'utf8'), terms: glossary.value }, documents));
  }

  const helplines = readHelplines(dir);
  if (helplines.value && helplines.problems.length === 0) {
    const path = helplinesPath(dir);
    const lines = listEntryLines(readFileSync(path, 'utf8'));
    const entries = helplines.value.map((h, i) => ({ label: `helpline "${h.number}" (${h.country})`, line: lines[i], sourceUrl: h.source.url, recorded: h.recorded }));
    problems.push(...recordProblems(displayPath(path), entries, today));
  }
  return problems;
}
