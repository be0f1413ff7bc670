/**
 * What `npm run new` writes: new chapters, models, translations and languages,
 * with frontmatter that passes the schemas and a heading-ID placeholder on every
 * heading. Pure: it returns the files and the next steps; scripts/new.ts writes them.
 */
import { stableId, languageCode, type LanguageList } from './schemas.ts';

export interface Scaffold {
  files: { path: string; text: string }[];
  /** Files that exist and are changed (languages.json), with their new text. */
  updates: { path: string; text: string }[];
  next: string[];
}

export class ScaffoldError extends Error {}

function checkId(id: string | undefined, what: string): string {
  if (!id) throw new ScaffoldError(`name the ${what}, e.g. npm run new -- ${what} housing-services`);
  const result = stableId.safeParse(id);
  if (!result.success) throw new ScaffoldError(`"${id}" cannot be a ${what} ID: use lowercase letters a–z, digits and single hyphens, e.g. "housing-services"`);
  return id;
}

const title = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** The end of every new source-language frontmatter: version 1 and a sample source to replace. */
const versionAndSources = `version: 1
sources:
  - id: replace-me
    title: "The title of a source from the project's research notes"
    url: https://example.org/replace-me`;

const sectionTemplate = `## The first section {/* #first-section */}

Write short sentences: about 12 to 15 words each. Every fact needs a source <Cite id="replace-me" />.

<Checklist title="What to check">

- The first thing to check.
- The second thing to check.

</Checklist>

## For trainers {/* #for-trainers */}

<ForTrainers title="Discussion">

- A question for a training session.
- Facilitator notes: what a good answer contains.

</ForTrainers>
`;

export function newChapter(id: string | undefined, nextOrder: number, sourceLang: string): Scaffold {
  const chapter = checkId(id, 'chapter');
  const text = `---
chapter: ${chapter}
title: ${title(chapter)}
description: One or two sentences that say what the reader gets from this chapter.
order: ${nextOrder}
${versionAndSources}
---

One short paragraph that says who this chapter is for and what it helps them do.

<KeyPoints>

- The first thing a reader should remember.
- The second.

</KeyPoints>

${sectionTemplate}`;
  return {
    files: [{ path: `chapters/${sourceLang}/${chapter}.mdx`, text }],
    updates: [],
    next: [
      `Write the chapter in content/chapters/${sourceLang}/${chapter}.mdx: title, description, the text (at least 800 words).`,
      'Give every heading its own ID: ## Heading {/* #heading-id */}. The ID never changes once published.',
      'Replace the sample source with a real one and cite it with <Cite id="…" /> before the full stop.',
      'npm run check:content lists anything missing; npm run dev shows the page at /' + `${sourceLang}/${chapter}/.`,
    ],
  };
}

export function newModel(id: string | undefined, nextOrder: number, sourceLang: string): Scaffold {
  const model = checkId(id, 'model');
  const text = `---
model: ${model}
title: ${title(model)}
description: One or two sentences on where this model was used and what it shows.
order: ${nextOrder}
kind: pilot            # pilot | national-model | participation | guide
country: LV            # ISO 3166-1 alpha-2
# Optional, only from a cited source: area, period, leadBody, partners, coordination,
# targetGroups, coordinates: { lat: 56.95, lon: 24.1 }, and
# referralSteps: [{ actor: "…", action: "…", level: local | national | cross-border }]
${versionAndSources}
---

One short paragraph on the place and the people who ran the model <Cite id="replace-me" />.

${sectionTemplate}`;
  return {
    files: [{ path: `models/${sourceLang}/${model}.mdx`, text }],
    updates: [],
    next: [
      `Write the model in content/models/${sourceLang}/${model}.mdx; put only sourced facts in its frontmatter.`,
      'Give every heading its own ID: ## Heading {/* #heading-id */}.',
      `npm run check:content lists anything missing; npm run dev shows it at /${sourceLang}/models/${model}/.`,
    ],
  };
}

/** A translation starts as a copy of the source text, marked as a draft of its current version. */
export function newTranslation(
  lang: string | undefined,
  id: string | undefined,
  languages: LanguageList,
  source: { kind: 'chapters' | 'models'; text: string } | undefined,
): Scaffold {
  const codes = languages.languages.map((l) => l.code);
  if (!lang || !codes.includes(lang) || lang === languages.source) {
    throw new ScaffoldError(`name a language to translate into: one of ${codes.filter((c) => c !== languages.source).join(', ')}`);
  }
  const doc = checkId(id, 'chapter or model');
  if (!source) throw new ScaffoldError(`there is no ${languages.source} chapter or model "${doc}" to translate`);
  const version = /^version:\s*(\d+)\s*$/m.exec(source.text)?.[1];
  if (!version) throw new ScaffoldError(`the ${languages.source} text of "${doc}" has no "version:" line`);
  const text = source.text.replace(/^version:\s*\d+\s*$/m, `translation:\n  sourceVersion: ${version}\n  review: draft`);
  return {
    files: [{ path: `${source.kind}/${lang}/${doc}.mdx`, text }],
    updates: [],
    next: [
      `Translate content/${source.kind}/${lang}/${doc}.mdx: the title, the description and the text.`,
      'Keep every heading ID {/* #… */}, component name, <Cite>/<Term> ID and link target exactly as they are.',
      `Follow the language's term base and style sheet (content/terms/${lang}.yaml, content/style/${lang}.md) where they exist.`,
      'The page says it is a draft. Only a native-speaking expert who has checked it may set review: reviewed, with reviewedBy and reviewedOn (see CONTRIBUTING.md).',
    ],
  };
}

export function newLanguage(code: string | undefined, languages: LanguageList, languagesJson: string, sourceUi: string): Scaffold {
  if (!code || !languageCode.safeParse(code).success) throw new ScaffoldError('name the language by its code, e.g. npm run new -- language da');
  if (languages.languages.some((l) => l.code === code)) throw new ScaffoldError(`"${code}" is already in content/languages.json`);
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  const englishName = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const locale = new Intl.Locale(code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  const entry = { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1), englishName, dir: direction, pagefind: code };
  // One language a line, as languages.json is written.
  const updated = languagesJson.replace(/(\n(\s*)\{[^\n]*\})(\s*\n\s*\])/, (_, last: string, indent: string, end: string) => `${last},\n${indent}${JSON.stringify(entry).replace(/","/g, '", "').replace(/":/g, '": ')}${end}`);
  if (updated === languagesJson) throw new ScaffoldError('content/languages.json is not in the expected one-language-a-line form; add the entry by hand');
  return {
    files: [{ path: `ui/${code}.json`, text: sourceUi }],
    updates: [{ path: 'languages.json', text: updated }],
    next: [
      `Added ${entry.name} (${englishName}) to content/languages.json: check "name", "dir" and "pagefind" (the language Pagefind stems it as).`,
      `Translate the values in content/ui/${code}.json; keep the keys and the {placeholders}.`,
      `Then translate chapters one by one: npm run new -- translation ${code} <chapter-id>. Untranslated pages show the English text with a notice.`,
    ],
  };
}
