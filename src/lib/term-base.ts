/**
 * The term bases (content/terms/<lang>.yaml) and style sheets (content/style/<lang>.md):
 * their own consistency, and what they require of a language's text — no forbidden
 * variant anywhere, the preferred term in every <Term> and in the interface strings
 * that name a concept.
 */
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Problem } from './problems.ts';
import { styleSheetSections, type SourceTerm, type TermEntry } from './schemas.ts';
import { findPhrase, phrasePattern, usesTerm } from './term-match.ts';

/** Line of each `- <field>: <value>` list entry in a YAML file, by value. */
export function entryLines(text: string, field: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    const match = new RegExp(`^\\s*-\\s+${field}:\\s*["']?([^"'#\\s]+)`).exec(line);
    if (match && !lines.has(match[1]!)) lines.set(match[1]!, index + 1);
  });
  return lines;
}

export interface Coverage {
  covered: number;
  total: number;
  /** Concepts of the source list with no entry in this language. */
  missing: string[];
}

export function termBaseCoverage(source: readonly SourceTerm[], terms: readonly TermEntry[]): Coverage {
  const have = new Set(terms.map((t) => t.concept));
  const missing = source.map((s) => s.concept).filter((c) => !have.has(c));
  return { covered: source.length - missing.length, total: source.length, missing };
}

/** Problems of the English concept list: glossary links and interface keys that point nowhere. */
export function sourceTermBaseProblems(
  source: readonly SourceTerm[],
  file: string,
  text: string,
  glossaryIds: ReadonlySet<string> | undefined,
  uiKeys: ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const lines = entryLines(text, 'concept');
  const seen = new Set<string>();
  for (const entry of source) {
    const line = lines.get(entry.concept);
    if (seen.has(entry.concept)) problems.push({ file, line, message: `concept "${entry.concept}" appears twice`, hint: 'merge the two entries' });
    seen.add(entry.concept);
    if (entry.glossary && glossaryIds && !glossaryIds.has(entry.glossary)) {
      problems.push({ file, line, message: `concept "${entry.concept}" links to glossary entry "${entry.glossary}", which does not exist`, hint: 'use an id of content/glossary/en.yaml, or remove the glossary field' });
    }
    for (const key of entry.ui ?? []) {
      if (uiKeys && !uiKeys.has(key)) problems.push({ file, line, message: `concept "${entry.concept}" names the interface string "${key}", which does not exist`, hint: 'use a key of content/ui/en.json' });
    }
  }
  return problems;
}

/** Problems of one language's term base against the concept list. Missing concepts are coverage, not problems. */
export function termBaseProblems(source: readonly SourceTerm[], terms: readonly TermEntry[], file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(source.map((s) => s.concept));
  const lines = entryLines(text, 'concept');
  const seen = new Set<string>();
  for (const entry of terms) {
    const line = lines.get(entry.concept);
    if (!known.has(entry.concept)) {
      problems.push({ file, line, message: `unknown concept "${entry.concept}"`, hint: 'use a concept ID of content/terms/en.yaml; ask for a new concept to be added there first' });
    }
    if (seen.has(entry.concept)) problems.push({ file, line, message: `concept "${entry.concept}" appears twice`, hint: 'keep one entry per concept; list other forms under "forms"' });
    seen.add(entry.concept);
    for (const variant of entry.forbidden ?? []) {
      if (findPhrase(entry.term, variant).length > 0) {
        problems.push({ file, line, message: `concept "${entry.concept}": the term "${entry.term}" contains its own forbidden variant "${variant}"`, hint: 'a forbidden variant must never be part of the preferred term' });
      }
    }
  }
  return problems;
}

/** The `##` sections a style sheet lacks or has out of order. */
export function styleSheetProblems(text: string, file: string): Problem[] {
  const found = text
    .split('\n')
    .map((line, index) => ({ title: /^##\s+(.+?)\s*$/.exec(line)?.[1], line: index + 1 }))
    .filter((h): h is { title: string; line: number } => h.title !== undefined);
  const titles = found.map((h) => h.title);
  const problems: Problem[] = [];
  const missing = styleSheetSections.filter((s) => !titles.includes(s));
  if (missing.length) {
    problems.push({ file, message: `the style sheet has no section ${missing.map((m) => `"## ${m}"`).join(', ')}`, hint: `use exactly these sections, in this order: ${styleSheetSections.join(' · ')}` });
  }
  const ordered = titles.filter((t) => (styleSheetSections as readonly string[]).includes(t));
  const expected = styleSheetSections.filter((s) => titles.includes(s));
  const firstOut = ordered.findIndex((t, i) => t !== expected[i]);
  if (firstOut >= 0) {
    problems.push({ file, line: found.find((h) => h.title === ordered[firstOut])?.line, message: `section "## ${ordered[firstOut]}" is out of order`, hint: `order the sections: ${styleSheetSections.join(' · ')}` });
  }
  for (const heading of found) {
    if (!(styleSheetSections as readonly string[]).includes(heading.title)) {
      problems.push({ file, line: heading.line, message: `unknown section "## ${heading.title}"`, hint: `use "###" for a subsection, or one of: ${styleSheetSections.join(' · ')}` });
    }
  }
  return problems;
}

export interface ForbiddenVariant {
  variant: string;
  concept: string;
  term: string;
}

export const forbiddenVariants = (terms: readonly TermEntry[]): ForbiddenVariant[] =>
  terms.flatMap((t) => (t.forbidden ?? []).map((variant) => ({ variant, concept: t.concept, term: t.term })));

/** Every forbidden variant in a file of the language, by line. */
export function forbiddenProblems(text: string, file: string, variants: readonly ForbiddenVariant[]): Problem[] {
  // Each variant's pattern runs once over the whole text (a phrase never spans lines);
  // the hits are then listed line by line, in the order of the variants.
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const hits: { line: number; variant: number; start: number; problem: Problem }[] = [];
  variants.forEach(({ variant, concept, term }, index) => {
    for (const match of text.matchAll(phrasePattern(variant))) {
      const line = lineOf(match.index);
      hits.push({
        line,
        variant: index,
        start: match.index,
        problem: {
          file,
          line: line + 1,
          column: match.index - lineStarts[line]! + 1,
          message: `"${match[0]}" is a forbidden variant of "${concept}"`,
          hint: `write "${term}" (or a form of it), as the term base says`,
        },
      });
    }
  });
  return hits.sort((a, b) => a.line - b.line || a.variant - b.variant || a.start - b.start).map((hit) => hit.problem);
}

export interface TermRule {
  lang: string;
  inflectionLetters: number | undefined;
}

/** The text of every <Term id> in a document must use the term base's term of the concept linked to that glossary entry. */
export function termElementProblems(tree: Root, file: string, byGlossaryId: ReadonlyMap<string, TermEntry>, rule: TermRule): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    if (node.name !== 'Term') return;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const entry = typeof id === 'string' ? byGlossaryId.get(id) : undefined;
    if (!entry) return;
    const text = textOf(node);
    if (usesTerm(text, entry, rule.lang, rule.inflectionLetters)) return;
    problems.push({
      file,
      line: node.position?.start.line,
      column: node.position?.start.column,
      message: `<Term id="${id}">${text}</Term> does not use the term "${entry.term}"`,
      hint: `write a form of "${entry.term}"; if this form is right, add it to the "forms" of concept "${entry.concept}" in the term base`,
    });
  });
  return problems;
}

/** Interface strings named in a concept's `ui` must use the language's term. */
export function uiTermProblems(
  source: readonly SourceTerm[],
  terms: ReadonlyMap<string, TermEntry>,
  strings: Readonly<Record<string, string>>,
  file: string,
  text: string,
  rule: TermRule,
): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  for (const concept of source) {
    const entry = terms.get(concept.concept);
    if (!entry) continue;
    for (const key of concept.ui ?? []) {
      const value = strings[key];
      if (value === undefined || usesTerm(value, entry, rule.lang, rule.inflectionLetters)) continue;
      const line = lines.findIndex((l) => l.includes(`"${key}"`));
      problems.push({
        file,
        line: line < 0 ? undefined : line + 1,
        message: `"${key}" does not use the term "${entry.term}" (concept "${concept.concept}")`,
        hint: `name the concept as the term base does, or add this form to the "forms" of "${concept.concept}"`,
      });
    }
  }
  return problems;
}

function textOf(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as { children?: unknown[]; value?: unknown })).join('');
}
