/**
 * Every schema for the content in `content/`, in one place. Astro's content layer
 * (src/content.config.ts) and the command-line checker (scripts/check-content.ts)
 * both validate against these, so an author gets the same answer from either.
 */
import { z } from 'astro/zod';

/** IDs that appear in URLs and `#anchors`: lowercase ASCII words joined by hyphens. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters a–z, digits and single hyphens, e.g. "first-contact"');

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag such as "lv" or "nb"');

export const languageSchema = z.strictObject({
  code: languageCode,
  /** The language's name in itself, as readers look for it: "Latviešu". */
  name: z.string().min(1),
  englishName: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /** The language Pagefind indexes this language's pages under (its stemmer). */
  pagefind: z.string().min(2),
  /**
   * How many letters at the end of a word inflection may change, for the term checks:
   * two words are forms of one another when they share all but that many letters
   * at the start (at least three). Absent means 3.
   */
  inflectionLetters: z.int().min(0).max(8).optional(),
  /**
   * For languages Pagefind cannot stem: word endings removed from search words so
   * that prefix matching finds the other forms of a word.
   */
  searchEndings: z.array(z.string().min(1)).optional(),
  /**
   * A complete edition: every chapter, model, glossary entry, helpline text and
   * interface string exists in this language. Tests fail when one is missing, and
   * i18n:status names it.
   */
  complete: z.boolean().optional(),
});
export type Language = z.infer<typeof languageSchema>;

export const languageListSchema = z
  .strictObject({
    source: languageCode,
    languages: z.array(languageSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.languages.forEach((language, index) => {
      if (seen.has(language.code)) {
        ctx.addIssue({ code: 'custom', path: ['languages', index, 'code'], message: `language "${language.code}" is listed twice` });
      }
      seen.add(language.code);
    });
    if (!seen.has(list.source)) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: `the source language "${list.source}" is not in the list` });
    }
  });
export type LanguageList = z.infer<typeof languageListSchema>;

/** Interface strings: a flat map of key to text; `{name}` marks a placeholder. */
export const uiStringsSchema = z.record(z.string(), z.string());
export type UiStrings = z.infer<typeof uiStringsSchema>;

export const sourceSchema = z.strictObject({
  id: stableId,
  title: z.string().min(1),
  url: z.url().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const reviewStates = ['machine-draft', 'draft', 'reviewed'] as const;
export type ReviewState = (typeof reviewStates)[number];

const translationSchema = z
  .strictObject({
    /** The `version` of the English text this translation was made from. */
    sourceVersion: z.int().positive(),
    review: z.enum(reviewStates),
    /** Who reviewed it (a native-speaking expert); required for `review: reviewed`. */
    reviewedBy: z.string().min(1).optional(),
    /** When the review was finished (YYYY-MM-DD); required for `review: reviewed`. */
    reviewedOn: z.iso.date().optional(),
  })
  .superRefine((translation, ctx) => {
    // A review is recorded only with who did it and when: never claim one that did not happen.
    if (translation.review !== 'reviewed') return;
    for (const field of ['reviewedBy', 'reviewedOn'] as const) {
      if (translation[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['review'],
          message: `"review: reviewed" needs "${field}" in the translation block`,
          params: { hint: 'add reviewedBy: <the native-speaking expert> and reviewedOn: YYYY-MM-DD after a real review; until then keep review: draft or machine-draft' },
          input: translation,
        });
      }
    }
  });

/** Fields shared by chapters and implementation models. */
const documentFields = {
  title: z.string().min(1),
  description: z.string().min(1),
  order: z.number(),
  /** Source language only: raised whenever the meaning of the text changes. */
  version: z.int().positive().optional(),
  /** Translations only. */
  translation: translationSchema.optional(),
  sources: z.array(sourceSchema).default([]),
};

export const chapterSchema = z.strictObject({
  /** Stable chapter ID, identical in every language; it is the chapter's URL segment. */
  chapter: stableId,
  ...documentFields,
});
export type ChapterData = z.infer<typeof chapterSchema>;

export const modelKinds = ['pilot', 'national-model', 'participation', 'guide'] as const;

/** Where a referral step happens: in the municipality, with a national body, or across a border. */
export const referralLevels = ['local', 'national', 'cross-border'] as const;

export const referralStepSchema = z.strictObject({
  actor: z.string().min(1),
  action: z.string().min(1),
  level: z.enum(referralLevels),
});

export const modelSchema = z.strictObject({
  model: stableId,
  ...documentFields,
  kind: z.enum(modelKinds),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "LT"').optional(),
  area: z.string().optional(),
  period: z.string().optional(),
  leadBody: z.string().optional(),
  partners: z.array(z.string()).optional(),
  coordination: z.string().optional(),
  referralSteps: z.array(referralStepSchema).optional(),
  targetGroups: z.array(z.string()).optional(),
  /**
   * Model IDs merged into this one. Their old URLs stay: a small page in every
   * language leads on to this model, at the heading given.
   */
  replaces: z.array(z.strictObject({ model: stableId, heading: stableId.optional() })).optional(),
  /** The centre of the model's area (WGS 84), for the regional map. */
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});
export type ModelData = z.infer<typeof modelSchema>;

const citedSourceSchema = z.strictObject({ title: z.string().min(1), url: z.url().optional() });

export const glossaryTermSchema = z.strictObject({
  id: stableId,
  term: z.string().min(1),
  definition: z.string().min(1),
  source: citedSourceSchema.optional(),
  /** Source language only: raised whenever the meaning of the entry changes; absent means 1. */
  version: z.int().positive().optional(),
  /** Translations only: the `version` of the English entry this one was translated from. */
  sourceVersion: z.int().positive().optional(),
});
export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const helplineSchema = z.strictObject({
  /** Stable ID: the translations of the texts refer to it. */
  id: stableId,
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "EE"'),
  organisation: z.string().min(1),
  service: z.string().min(1),
  number: z.string().regex(/^[+0-9][0-9 ()-]*$/, 'write the number with digits, spaces, "+", "(", ")" and "-" only'),
  hours: z.string().optional(),
  languages: z.array(languageCode).optional(),
  /** A number with no source is not published. */
  source: citedSourceSchema,
  /** When the number was taken from its source into the project's notes (YYYY-MM-DD); not a check date. */
  recorded: z.iso.date(),
  /** Raised whenever the meaning of organisation, service or hours changes; absent means 1. */
  version: z.int().positive().optional(),
});
export const helplinesSchema = z.array(helplineSchema);
export type Helpline = z.infer<typeof helplineSchema>;

/**
 * One helpline's texts in another language (content/helplines/<lang>.yaml). Only
 * words are translated: the number, hours' digits and source stay in the one list.
 */
export const helplineTextSchema = z.strictObject({
  id: stableId,
  /** The `version` of the English entry this was translated from. */
  sourceVersion: z.int().positive(),
  /** Only where the organisation has a name in this language; otherwise the English list's name is shown. */
  organisation: z.string().min(1).optional(),
  service: z.string().min(1),
  hours: z.string().min(1).optional(),
});
export const helplineTextsSchema = z.array(helplineTextSchema);
export type HelplineText = z.infer<typeof helplineTextSchema>;

/** The English side of the term base (content/terms/en.yaml): one entry per concept the guidelines name. */
export const sourceTermSchema = z.strictObject({
  concept: stableId,
  term: z.string().min(1),
  /** The glossary entry of this concept, where there is one. */
  glossary: stableId.optional(),
  note: z.string().optional(),
  /** Interface strings (keys of content/ui/<lang>.json) that name this concept; they must use the term. */
  ui: z.array(z.string().min(1)).optional(),
});
export const sourceTermBaseSchema = z.array(sourceTermSchema);
export type SourceTerm = z.infer<typeof sourceTermSchema>;

/** One language's term base (content/terms/<lang>.yaml): its preferred term for each concept of en.yaml. */
export const termSchema = z.strictObject({
  concept: stableId,
  /** The preferred term as it stands in running text (lemma / base form). */
  term: z.string().min(1),
  /** Inflected forms that the language's stem rule would not find. */
  forms: z.array(z.string().min(1)).optional(),
  /** The national legal or official source of the term. */
  source: citedSourceSchema.optional(),
  note: z.string().optional(),
  /** Wrong variants that must never appear in this language (matched as whole words, ignoring case). */
  forbidden: z.array(z.string().min(1)).optional(),
});
export const termBaseSchema = z.array(termSchema);
export type TermEntry = z.infer<typeof termSchema>;

/** The `##` sections every style sheet (content/style/<lang>.md) has, in this order. */
export const styleSheetSections = [
  'Register',
  'Gender-inclusive language',
  'Institutions',
  'Numbers, dates and units',
  'Markdown traps',
  'Country facts and names',
  'Notices and interface',
] as const;
