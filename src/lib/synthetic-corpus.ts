/**
 * A synthetic corpus for benchmarks: N chapters in every language, written in the
 * content format with all its building blocks (headings with explicit IDs,
 * KeyPoints, Checklist, Procedure, CaseScenario, ForTrainers, RoleCard, LegalNote,
 * Cite, Term, tables, lists, links between chapters with #anchors). The words come
 * from each language's real text, so Pagefind stems and indexes realistic words;
 * the sentences are random and mean nothing. The same seed gives the same files.
 */

export interface CorpusOptions {
  /** Chapter IDs in order; the first language is the source language. */
  chapterIds: readonly string[];
  languages: readonly string[];
  /** Words a language's text is made of (repeats make a word more frequent). */
  vocabulary: Readonly<Record<string, readonly string[]>>;
  /** Words that must occur in every chapter of a language (search benchmark queries). */
  requiredWords?: Readonly<Record<string, readonly string[]>>;
  /** Glossary term IDs that <Term> may use. */
  termIds: readonly string[];
  /** Heading IDs a chapter must also have (other documents link to them), by chapter ID. */
  extraHeadingIds?: Readonly<Record<string, readonly string[]>>;
  /** Each language's glossary terms by ID: the text of a <Term>, which must use the term. */
  termTexts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** About how many words of running text a chapter has. */
  words: number;
  seed?: number;
  /**
   * Whether a generated chapter must be drawn again: random words can happen to
   * form a phrase the content check rejects (a term base's forbidden variant).
   */
  redraw?: (lang: string, text: string) => boolean;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of a text in any script, for building a vocabulary. */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}{2,}/gu) ?? [];
}

/** The ID of a chapter's k-th section (1-based): the same in every chapter and language. */
export const sectionId = (k: number) => `section-${k}`;

const sourceIds = ['bench-source-a', 'bench-source-b', 'bench-source-c'];

class Writer {
  words = 0;
  private readonly pick: () => string;
  private readonly random: () => number;
  private readonly required: readonly string[];
  constructor(random: () => number, vocabulary: readonly string[], required: readonly string[]) {
    this.random = random;
    this.required = required;
    if (vocabulary.length === 0) throw new Error('empty vocabulary');
    // Skewed towards the front of the list, as word frequencies are.
    this.pick = () => vocabulary[Math.floor(vocabulary.length * this.random() ** 2)]!;
  }
  phrase(min: number, max: number): string {
    const n = min + Math.floor(this.random() * (max - min + 1));
    this.words += n;
    return Array.from({ length: n }, () => this.pick()).join(' ');
  }
  sentence(): string {
    const text = this.phrase(8, 16);
    return `${text[0]!.toLocaleUpperCase()}${text.slice(1)}.`;
  }
  paragraph(extra = ''): string {
    const sentences = Array.from({ length: 3 + Math.floor(this.random() * 3) }, () => this.sentence());
    if (extra) sentences.splice(1, 0, extra);
    return sentences.join(' ');
  }
  title(): string {
    const text = this.phrase(2, 5);
    return `${text[0]!.toLocaleUpperCase()}${text.slice(1)}`;
  }
  requiredSentence(): string {
    this.words += this.required.length;
    return this.required.length ? `${this.required.join(' ')}.` : '';
  }
}

/** One chapter in one language. Structure depends only on the chapter, so translations share heading IDs. */
function chapter(options: CorpusOptions, index: number, lang: string, source: boolean, attempt: number): string {
  const id = options.chapterIds[index]!;
  const seed = (options.seed ?? 1) * 7919 + index * 131 + options.languages.indexOf(lang) + attempt * 104_729;
  const random = seededRandom(seed);
  const w = new Writer(random, options.vocabulary[lang] ?? [], options.requiredWords?.[lang] ?? []);
  // Consecutive chapters use consecutive terms, so a few chapters link every glossary term.
  const term = (k: number) => options.termIds[(index * sections + k) % options.termIds.length]!;
  const cite = (k: number) => `<Cite id="${sourceIds[(index + k) % sourceIds.length]}" />`;
  // A source marker goes before the full stop, as the content check asks.
  const cited = (sentence: string, k: number) => `${sentence.slice(0, -1)} ${cite(k)}.`;
  const termText = (glossaryId: string) => options.termTexts?.[lang]?.[glossaryId] ?? w.phrase(1, 2);
  const other = (k: number) => options.chapterIds[(index + k) % options.chapterIds.length]!;
  const link = (k: number) => {
    const target = other(k);
    return target === id ? `[${w.phrase(2, 3)}](#${sectionId(1)})` : `[${w.phrase(2, 3)}](../${target}/#${sectionId(1 + (k % 3))})`;
  };

  const body: string[] = [w.paragraph(w.requiredSentence()), ''];
  body.push('<KeyPoints>', '', ...Array.from({ length: 5 }, (_, k) => `- ${k % 2 ? cited(w.sentence(), k) : w.sentence()}`), '', '</KeyPoints>', '');
  // About 250 words a section; the count depends only on the options, so every
  // language has the same sections (and heading IDs). Every block appears at least once.
  const blocks = [
    () => ['<Checklist title="' + w.title() + '">', '', ...Array.from({ length: 5 }, () => `- ${w.sentence()}`), '', '</Checklist>'],
    () => ['<Procedure title="' + w.title() + '">', '', ...Array.from({ length: 5 }, (_, k) => `${k + 1}. **${w.title()}** ${w.sentence()}`), '', '</Procedure>'],
    () => ['<CaseScenario title="' + w.title() + '">', '', w.paragraph(), '', w.paragraph(), '', '</CaseScenario>'],
    () => ['<LegalNote title="' + w.title() + '">', '', cited(w.paragraph(), 2), '', '</LegalNote>'],
    () => ['<RoleCard role="' + w.title() + '">', '', `**${w.title()}:** ${w.sentence()}`, '', ...Array.from({ length: 3 }, () => `- ${w.sentence()}`), '', '</RoleCard>'],
    () => [`| ${w.title()} | ${w.title()} | ${w.title()} |`, '| --- | --- | --- |', ...Array.from({ length: 4 }, () => `| ${w.phrase(2, 4)} | ${w.phrase(2, 5)} | ${w.phrase(3, 6)} |`)],
  ];
  const sections = Math.max(blocks.length, Math.round((options.words - 150) / 250));
  for (let section = 1; section <= sections; section++) {
    body.push(`## ${w.title()} {/* #${sectionId(section)} */}`, '');
    body.push(w.paragraph(`${w.sentence().slice(0, -1)} <Term id="${term(section)}">${termText(term(section))}</Term> ${cite(section)}.`), '');
    body.push(w.paragraph(`${w.phrase(4, 8)} ${link(section)}.`), '');
    if (section % 2 === 0) {
      body.push(`### ${w.title()} {/* #${sectionId(section)}-detail */}`, '', w.paragraph(), '');
      body.push(...Array.from({ length: 4 }, () => `- ${w.sentence()}`), '');
    }
    const block = blocks[(section - 1) % blocks.length]!;
    body.push(...block(), '');
  }
  // Short sections with the IDs the models link to (a real chapter's headings).
  const own = new Set(['for-trainers', ...Array.from({ length: sections }, (_, k) => sectionId(k + 1))]);
  for (const extra of (options.extraHeadingIds?.[id] ?? []).filter((h) => !own.has(h))) body.push(`## ${w.title()} {/* #${extra} */}`, '', w.sentence(), '');
  body.push(`## ${w.title()} {/* #for-trainers */}`, '', '<ForTrainers title="' + w.title() + '">', '', ...Array.from({ length: 3 }, (_, k) => `${k + 1}. ${w.sentence()}`), '', '</ForTrainers>', '');

  const frontmatter = [
    '---',
    `chapter: ${id}`,
    `title: ${JSON.stringify(w.title())}`,
    `description: ${JSON.stringify(w.sentence())}`,
    `order: ${index + 1}`,
    ...(source ? ['version: 1'] : ['translation:', '  sourceVersion: 1', '  review: machine-draft']),
    'sources:',
    ...sourceIds.flatMap((s, k) => [`  - id: ${s}`, `    title: "Benchmark source ${k + 1}"`, `    url: https://example.org/source-${k + 1}`]),
    '---',
    '',
  ];
  return `${frontmatter.join('\n')}${body.join('\n')}`;
}

/** Every chapter file of the corpus: path below content/ ("chapters/lv/x.mdx") → text. */
export function syntheticChapters(options: CorpusOptions): Map<string, string> {
  const files = new Map<string, string>();
  const maxAttempts = 20;
  options.chapterIds.forEach((id, index) => {
    options.languages.forEach((lang, l) => {
      for (let attempt = 0; ; attempt++) {
        const text = chapter(options, index, lang, l === 0, attempt);
        if (!options.redraw?.(lang, text)) {
          files.set(`chapters/${lang}/${id}.mdx`, text);
          break;
        }
        if (attempt + 1 === maxAttempts) throw new Error(`chapters/${lang}/${id}.mdx: every one of ${maxAttempts} drafts was rejected`);
      }
    });
  });
  return files;
}
