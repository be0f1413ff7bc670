/**
 * Finding a term in running text, allowing for inflection. Words are compared by
 * a shared prefix: a language's rule says how many letters at the end of a word
 * inflection may change (`inflectionLetters` in content/languages.json), and
 * forms the rule cannot find (Jugendamt → Jugendämter) are listed in the term base.
 */

import { cached } from './cache.ts';

export interface Word {
  text: string;
  /** Offset of the word in the text it was taken from. */
  start: number;
  end: number;
}

/** Letters and digits, joined by hyphens or apostrophes ("harkinta-aika", "child's"). */
const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The shortest prefix two words must share to count as forms of one word. */
const minStem = 3;

export const defaultInflectionLetters = 3;

export function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// The review view compares every word of a page with every term of the term base:
// folding a word and cutting a lemma's stem are cached, since the same words recur
// (a profile of the build found 59 % of Astro's time in these comparisons).
const folded = new Map<string, string>();
const fold = (text: string, lang: string) => cached(folded, `${lang}\u0000${text}`, () => text.toLocaleLowerCase(lang).normalize('NFC'));

/** The prefix a form of `lemma` (folded) must start with; undefined when only the word itself counts. */
const stems = new Map<string, string | null>();
function stemOf(lemma: string, inflectionLetters: number): string | undefined {
  const key = `${inflectionLetters}\u0000${lemma}`;
  let stem = stems.get(key);
  if (stem === undefined) {
    const letters = [...lemma];
    stem = letters.length <= minStem ? null : letters.slice(0, Math.max(minStem, letters.length - inflectionLetters)).join('');
    stems.set(key, stem);
  }
  return stem ?? undefined;
}

/**
 * Whether `candidate` is a form of `lemma`: the same word, or (for words longer than
 * the minimum stem) one that starts with the lemma minus its last `inflectionLetters`.
 */
export function isFormOf(candidate: string, lemma: string, lang: string, inflectionLetters = defaultInflectionLetters): boolean {
  const a = fold(candidate, lang);
  const b = fold(lemma, lang);
  if (a === b) return true;
  const stem = stemOf(b, inflectionLetters);
  return stem !== undefined && a.startsWith(stem);
}

export interface TermPattern {
  /** The preferred term, as in the term base. */
  term: string;
  /** Extra inflected forms. */
  forms?: readonly string[] | undefined;
}

/** Words a term can do without in a text (articles, prepositions): too short to carry meaning on their own. */
const isContentWord = (word: string) => [...word].length >= minStem;

/**
 * Whether a piece of text (the content of a <Term>, an interface string) uses the
 * term: every content word of the term, or of one of its forms, appears in it in
 * some form. Word order may change with grammar, so it is not compared.
 */
export function usesTerm(text: string, pattern: TermPattern, lang: string, inflectionLetters = defaultInflectionLetters): boolean {
  const found = words(text).map((w) => w.text);
  const variants = [pattern.term, ...(pattern.forms ?? [])];
  return variants.some((variant) => {
    const needed = words(variant).map((w) => w.text).filter(isContentWord);
    const exact = (needle: string) => found.some((w) => fold(w, lang) === fold(needle, lang));
    if (needed.length === 0) return words(variant).every((w) => exact(w.text));
    // The term itself may inflect; a listed form is matched as written.
    return variant === pattern.term
      ? needed.every((needle) => found.some((w) => isFormOf(w, needle, lang, inflectionLetters)))
      : needed.every(exact);
  });
}

/** A term's words and its forms' words, split once per term pattern. */
const variantCache = new WeakMap<TermPattern, { words: string[]; inflect: boolean }[]>();
function variantsOf(pattern: TermPattern): { words: string[]; inflect: boolean }[] {
  let variants = variantCache.get(pattern);
  if (!variants) {
    variants = [
      { words: words(pattern.term).map((w) => w.text), inflect: true },
      ...(pattern.forms ?? []).map((form) => ({ words: words(form).map((w) => w.text), inflect: false })),
    ].filter((v) => v.words.length > 0);
    variantCache.set(pattern, variants);
  }
  return variants;
}

/**
 * Where the term occurs in `text`, for highlighting: runs of consecutive words
 * that are, word by word, forms of the term's words (or exactly one of its forms).
 */
export function findTerm(text: string, pattern: TermPattern, lang: string, inflectionLetters = defaultInflectionLetters): { start: number; end: number }[] {
  const found = words(text);
  const variants = variantsOf(pattern);
  const matches: { start: number; end: number }[] = [];
  for (let i = 0; i < found.length; i++) {
    for (const variant of variants) {
      const run = found.slice(i, i + variant.words.length);
      if (run.length < variant.words.length) continue;
      const same = run.every((w, k) =>
        variant.inflect ? isFormOf(w.text, variant.words[k]!, lang, inflectionLetters) : fold(w.text, lang) === fold(variant.words[k]!, lang),
      );
      if (same) {
        matches.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
        i += variant.words.length - 1;
        break;
      }
    }
  }
  return matches;
}

/** The first three letters of a folded word: every form of a lemma shares them (see `minStem`). */
const indexKey = (folded: string) => [...folded].slice(0, minStem).join('');

interface PreparedWord {
  folded: string;
  /** Set when inflected forms count: the prefix they start with. */
  stem: string | undefined;
}

/**
 * `findTerm` for many terms at once, for texts that are searched for every term of
 * the term base (the review view). The terms are prepared once and indexed by the
 * first letters of their first word, and each text is split and folded once, so a
 * text costs about the same for 100 terms as for one. The hits are those `findTerm`
 * finds, term by term in the given order.
 */
export function termFinder<T extends TermPattern>(patterns: readonly T[], lang: string, inflectionLetters = defaultInflectionLetters): (text: string) => { start: number; end: number; pattern: T }[] {
  const prepared = patterns.map((pattern) =>
    variantsOf(pattern).map((variant) =>
      variant.words.map((word): PreparedWord => {
        const folded = fold(word, lang);
        return { folded, stem: variant.inflect ? stemOf(folded, inflectionLetters) : undefined };
      }),
    ),
  );
  const byFirstLetters = new Map<string, number[]>();
  prepared.forEach((variants, index) => {
    for (const key of new Set(variants.map((variant) => indexKey(variant[0]!.stem ?? variant[0]!.folded)))) {
      byFirstLetters.set(key, [...(byFirstLetters.get(key) ?? []), index]);
    }
  });
  const matches = (folded: string, word: PreparedWord) => folded === word.folded || (word.stem !== undefined && folded.startsWith(word.stem));

  return (text) => {
    const found = words(text);
    const folded = found.map((w) => fold(w.text, lang));
    // Where each term may start: positions whose first letters one of its variants shares.
    const starts = new Map<number, number[]>();
    folded.forEach((word, position) => {
      for (const index of byFirstLetters.get(indexKey(word)) ?? []) {
        const positions = starts.get(index);
        if (positions) positions.push(position);
        else starts.set(index, [position]);
      }
    });
    const hits: { start: number; end: number; pattern: T }[] = [];
    for (const index of [...starts.keys()].sort((a, b) => a - b)) {
      let next = 0;
      for (const position of starts.get(index)!) {
        if (position < next) continue;
        const variant = prepared[index]!.find((v) => position + v.length <= found.length && v.every((word, k) => matches(folded[position + k]!, word)));
        if (!variant) continue;
        hits.push({ start: found[position]!.start, end: found[position + variant.length - 1]!.end, pattern: patterns[index]! });
        next = position + variant.length;
      }
    }
    return hits;
  };
}

/**
 * The pattern of a phrase's whole-word occurrences, ignoring case. The words may be
 * apart by any spaces, but not by a line break: a phrase is found within one line.
 */
export function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[^\\S\\n]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whole-word occurrences of a phrase, ignoring case (for forbidden variants). */
export function findPhrase(text: string, phrase: string): { start: number; end: number }[] {
  return [...text.matchAll(phrasePattern(phrase))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
