import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import type { Problem } from '../../src/lib/problems.ts';

// A small content folder with an English chapter, its Latvian translation, both term
// bases, a Latvian style sheet, glossaries and interface strings. Each test seeds one
// mistake a translator could make and expects exactly the problem that names it.

const editorialParts = `

<Procedure title="First hour">

1. **You:** Check for danger.

</Procedure>

<ForTrainers title="Discuss">

- Who in your municipality would notice first?

</ForTrainers>

${'Municipal staff meet people in many everyday situations and can notice warning signs early. '.repeat(70)}
`;

const chapterEn = `---
chapter: recognising-victims
title: Recognising victims
description: Warning signs.
order: 1
version: 1
sources:
  - id: eu-directive
    title: "Directive 2011/36/EU (EUR-Lex)"
---

Call the <Term id="orphans-court">orphan's court</Term> <Cite id="eu-directive" />.

<KeyPoints>

- One sign is not proof.
- Several signs are a reason to act.
- Call your focal point.

</KeyPoints>

## Other forms {/* #other-forms */}

In 2024 the EU added three forms <Cite id="eu-directive" />.

| Form | Sign |
| --- | --- |
| Forced marriage | Fear |
` + editorialParts;

const chapterLv = `---
chapter: recognising-victims
title: Upuru atpazīšana
description: Pazīmes.
order: 1
translation:
  sourceVersion: 1
  review: machine-draft
sources:
  - id: eu-directive
    title: "Directive 2011/36/EU (EUR-Lex)"
---

Zvaniet <Term id="orphans-court">bāriņtiesai</Term> <Cite id="eu-directive" />.

<KeyPoints>

- Viena pazīme nav pierādījums.
- Vairākas pazīmes ir iemesls rīkoties.
- Zvaniet kontaktpersonai.

</KeyPoints>

## Citi veidi {/* #other-forms */}

ES 2024. gadā pievienoja trīs veidus <Cite id="eu-directive" />.

| Veids | Pazīme |
| --- | --- |
| Piespiedu laulība | Bailes |

<Procedure title="Pirmā stunda">

1. **Jūs:** Pārbaudiet, vai ir briesmas.

</Procedure>

<ForTrainers title="Diskusija">

- Kas jūsu pašvaldībā pamanītu pirmais?

</ForTrainers>

${'Pašvaldību darbinieki satiek cilvēkus daudzās ikdienas situācijās un var laikus pamanīt brīdinājuma pazīmes. '.repeat(70)}
`;

const termsEn = `- concept: orphans-court
  term: Orphan's court
  glossary: orphans-court
- concept: helpline
  term: Helpline
  ui: [nav.helplines]
`;

const termsLv = `- concept: orphans-court
  term: bāriņtiesa
  forbidden: ["bērnu tiesa"]
- concept: helpline
  term: uzticības tālrunis
`;

const styleLv = ['Register', 'Gender-inclusive language', 'Institutions', 'Numbers, dates and units', 'Markdown traps', 'Country facts and names', 'Notices and interface']
  .map((s) => `## ${s}\n\nText.\n`)
  .join('\n');

const glossaryEn = `- id: orphans-court
  term: Orphan's court
  definition: A municipal guardianship authority in Latvia.
`;
const glossaryLv = `- id: orphans-court
  sourceVersion: 1
  term: Bāriņtiesa
  definition: Pašvaldības aizbildnības iestāde Latvijā.
`;

const baseFiles: Record<string, string> = {
  'languages.json': JSON.stringify({
    source: 'en',
    languages: [
      { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', pagefind: 'en' },
      { code: 'lv', name: 'Latviešu', englishName: 'Latvian', dir: 'ltr', pagefind: 'lv', inflectionLetters: 3 },
    ],
  }),
  'ui/en.json': JSON.stringify({ 'nav.home': 'Home', 'nav.helplines': 'Helplines' }, null, 2),
  'ui/lv.json': JSON.stringify({ 'nav.home': 'Sākums', 'nav.helplines': 'Uzticības tālruņi' }, null, 2),
  'chapters/en/recognising-victims.mdx': chapterEn,
  'chapters/lv/recognising-victims.mdx': chapterLv,
  'glossary/en.yaml': glossaryEn,
  'glossary/lv.yaml': glossaryLv,
  'terms/en.yaml': termsEn,
  'terms/lv.yaml': termsLv,
  'style/lv.md': styleLv,
  'helplines.yaml': `- id: lv-helpline
  country: LV
  organisation: "Shelter Safe House"
  service: "Helpline"
  number: "+371 00000000"
  source:
    title: "Fixture"
    url: https://example.org/helpline
  recorded: 2026-11-28
`,
};

const root = mkdtempSync(join(tmpdir(), 'strom-translation-checks-'));
let count = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(changes: Record<string, string | null> = {}): Problem[] {
  const dir = join(root, String(count++));
  for (const [name, text] of Object.entries({ ...baseFiles, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return checkContent(dir).problems;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const show = (problems: readonly Problem[]) => problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n');

/** The only problem reported, which must be in `fileSuffix` and match `message`. */
function onlyProblem(problems: readonly Problem[], fileSuffix: string, message: RegExp): Problem {
  expect(problems, show(problems)).toHaveLength(1);
  expect(problems[0]!.file, show(problems)).toMatch(new RegExp(`${fileSuffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(problems[0]!.message, show(problems)).toMatch(message);
  return problems[0]!;
}

describe('translation checks: the fixture', () => {
  it('is clean', () => {
    const problems = check();
    expect(problems, show(problems)).toEqual([]);
  });
});

describe('structure parity with the source', () => {
  it('reports a list with a different item count at the translated list', () => {
    const text = chapterLv.replace('- Zvaniet kontaktpersonai.\n', '');
    const problem = onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /bulleted list of 2 items where the source has a bulleted list of 3 items/);
    expect(problem.line).toBe(lineOf(text, '- Viena pazīme'));
    expect(problem.message).toContain(`chapters/en/recognising-victims.mdx:${lineOf(chapterEn, '- One sign')}`);
  });

  it('leaves the structure of an outdated translation alone: it follows the older English text, and the page says it is outdated', () => {
    const text = chapterLv.replace('- Zvaniet kontaktpersonai.\n', '');
    const newerSource = chapterEn.replace(/^version: 1$/m, 'version: 2');
    expect(show(check({ 'chapters/lv/recognising-victims.mdx': text, 'chapters/en/recognising-victims.mdx': newerSource }))).toBe('');
  });

  it('reports a line starting "2024. " that became a numbered list, with the fix in the hint', () => {
    const text = chapterLv.replace('ES 2024. gadā pievienoja', '2024. gadā ES pievienoja');
    const problem = onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /became a numbered list of 1 item starting at 2024; the source has a paragraph here/);
    expect(problem.line).toBe(lineOf(text, '2024. gadā ES'));
    expect(problem.hint).toContain('2024\\.');
  });

  it('reports a table with a missing row', () => {
    const text = chapterLv.replace('| Piespiedu laulība | Bailes |\n', '');
    onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /a table of 1 row where the source has a table of 2 rows/);
  });

  it('reports a component the translation dropped', () => {
    const text = chapterLv.replace('<KeyPoints>\n\n', '').replace('\n\n</KeyPoints>', '');
    const problems = check({ 'chapters/lv/recognising-victims.mdx': text });
    expect(show(problems)).toMatch(/the start of <KeyPoints> of the source .* is missing/);
    expect(show(problems)).toMatch(/the end of <KeyPoints> of the source .* is missing/);
  });

  it('leaves a renamed heading ID to the heading check: one mistake, one message', () => {
    const text = chapterLv.replace('{/* #other-forms */}', '{/* #other-form */}');
    onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /^heading IDs differ/);
  });

  it('reports a heading of another level', () => {
    const text = chapterLv.replace('## Citi veidi', '### Citi veidi');
    onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /a level-3 heading #other-forms where the source has a level-2 heading #other-forms/);
  });

  it('reports a <Cite> left out of a block', () => {
    const text = chapterLv.replace('trīs veidus <Cite id="eu-directive" />.', 'trīs veidus.');
    const problem = onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /<Cite> IDs differ from the source block .*missing eu-directive/);
    expect(problem.line).toBe(lineOf(text, 'trīs veidus.'));
  });
});

describe('a whole translation, really translated', () => {
  it('reports a translation with under 60 % of the source words, naming the share', () => {
    const text = chapterLv.replace(/(Pašvaldību darbinieki[^\n]*)/, (line) => line.slice(0, Math.floor(line.length / 3)).replace(/\s\S*$/, '.'));
    const problem = onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /the translation has \d+ % of the words of .*chapters\/en\/recognising-victims\.mdx; a whole translation has 60–160 %/);
    expect(problem.hint).toMatch(/text left out/);
  });

  it('reports a translation with over 160 % of the source words', () => {
    const text = chapterLv.replace(/(Pašvaldību darbinieki[^\n]*)/, (line) => line.repeat(2));
    onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': text }), 'chapters/lv/recognising-victims.mdx', /the translation has 1\d\d % of the words/);
  });

  it('reports a paragraph left in English at its line, and accepts an English title quoted in a translated sentence', () => {
    const text = chapterLv.replace('Zvaniet <Term', 'Ask the person whether they can leave their work and where they sleep, then call <Term');
    const problems = check({ 'chapters/lv/recognising-victims.mdx': text });
    expect(problems, show(problems)).toHaveLength(1);
    const english1 = problems.find((p) => /still in English/.test(p.message));
    expect(english1?.line, show(problems)).toBe(lineOf(text, 'Ask the person'));
    const quoted = chapterLv.replace('ES 2024. gadā pievienoja trīs veidus', 'Ziņojumā "Stepping up local action against human trafficking" ES 2024. gadā pievienoja trīs veidus');
    expect(check({ 'chapters/lv/recognising-victims.mdx': quoted })).toEqual([]);
  });

  it('reports a paragraph left in English even in an outdated translation, whose length is not compared', () => {
    const text = chapterLv.replace('Zvaniet <Term', 'Call the person back and tell them what will happen next, and where they can get help <Term');
    const outdated = check({ 'chapters/en/recognising-victims.mdx': chapterEn.replace('version: 1', 'version: 2'), 'chapters/lv/recognising-victims.mdx': text.replace(/(Pašvaldību darbinieki[^\n]*)/, '') });
    onlyProblem(outdated, 'chapters/lv/recognising-victims.mdx', /still in English \("Call the person back/);
  });
});

describe('term base', () => {
  it('reports a forbidden variant as a whole word, ignoring case, in chapters, glossary, helpline texts and interface', () => {
    const chapter = chapterLv.replace('Zvaniet kontaktpersonai.', 'Zvaniet uz Bērnu tiesa.');
    const problems = check({
      'chapters/lv/recognising-victims.mdx': chapter,
      'glossary/lv.yaml': glossaryLv.replace('Latvijā.', 'Latvijā (bērnu tiesa).'),
      'ui/lv.json': JSON.stringify({ 'nav.home': 'Sākums (bērnu tiesa)', 'nav.helplines': 'Uzticības tālruņi' }, null, 2),
      'helplines/lv.yaml': '- id: lv-helpline\n  sourceVersion: 1\n  service: "Bērnu tiesas tālrunis un bērnu tiesa"\n',
    });
    expect(problems.map((p) => p.file.split('/').slice(-2).join('/')).sort(), show(problems)).toEqual(['glossary/lv.yaml', 'helplines/lv.yaml', 'lv/recognising-victims.mdx', 'ui/lv.json']);
    const inChapter = problems.find((p) => p.file.endsWith('.mdx'))!;
    expect(inChapter.message).toBe('"Bērnu tiesa" is a forbidden variant of "orphans-court"');
    expect(inChapter.line).toBe(lineOf(chapter, 'Bērnu tiesa'));
    expect(inChapter.hint).toContain('bāriņtiesa');
  });

  it('does not match a forbidden variant inside a longer word', () => {
    const text = chapterLv.replace('Zvaniet kontaktpersonai.', 'Zvaniet bērnu tiesas.');
    expect(show(check({ 'chapters/lv/recognising-victims.mdx': text }))).toBe('');
  });

  it('reports <Term> text that does not use the term, and accepts inflected forms by stem and listed forms', () => {
    const wrong = chapterLv.replace('<Term id="orphans-court">bāriņtiesai</Term>', '<Term id="orphans-court">aizbildnības iestādei</Term>');
    const problem = onlyProblem(check({ 'chapters/lv/recognising-victims.mdx': wrong }), 'chapters/lv/recognising-victims.mdx', /<Term id="orphans-court">aizbildnības iestādei<\/Term> does not use the term "bāriņtiesa"/);
    expect(problem.line).toBe(lineOf(wrong, 'aizbildnības iestādei'));
    // "bāriņtiesai" (dative) shares the stem "bāriņti" with "bāriņtiesa": the clean fixture passes.
    const listed = wrong;
    expect(show(check({ 'chapters/lv/recognising-victims.mdx': listed, 'terms/lv.yaml': termsLv.replace('  term: bāriņtiesa\n', '  term: bāriņtiesa\n  forms: [aizbildnības iestādei]\n') }))).toBe('');
  });

  it('reports an interface string named in a concept\'s "ui" that does not use the term', () => {
    const ui = JSON.stringify({ 'nav.home': 'Sākums', 'nav.helplines': 'Palīdzības līnijas' }, null, 2);
    const problem = onlyProblem(check({ 'ui/lv.json': ui }), 'ui/lv.json', /"nav\.helplines" does not use the term "uzticības tālrunis"/);
    expect(problem.line).toBe(lineOf(ui, 'nav.helplines'));
  });

  it('reports a concept the English list does not have, and an English concept naming a missing interface string', () => {
    const problems = check({ 'terms/lv.yaml': `${termsLv}- concept: child-protection\n  term: bērnu aizsardzība\n`, 'terms/en.yaml': termsEn.replace('[nav.helplines]', '[nav.helpline]') });
    expect(show(problems)).toMatch(/terms\/lv\.yaml:6 unknown concept "child-protection"/);
    expect(show(problems)).toMatch(/terms\/en\.yaml:4 concept "helpline" names the interface string "nav\.helpline", which does not exist/);
    expect(problems).toHaveLength(2);
  });

  it('accepts a term base that does not cover every concept yet (that is coverage, shown by i18n:status)', () => {
    expect(show(check({ 'terms/lv.yaml': termsLv.split('- concept: helpline')[0]! }))).toBe('');
  });

  it('reports a style sheet without the required sections, or with them out of order', () => {
    const missing = styleLv.replace('## Markdown traps', '## Traps');
    const problems = check({ 'style/lv.md': missing });
    expect(show(problems)).toMatch(/style\/lv\.md: the style sheet has no section "## Markdown traps"/);
    expect(show(problems)).toMatch(/unknown section "## Traps"/);
    const swapped = styleLv.replace('## Register', '## TMP').replace('## Institutions', '## Register').replace('## TMP', '## Institutions');
    expect(show(check({ 'style/lv.md': swapped }))).toMatch(/section "## Institutions" is out of order/);
  });
});

describe('glossary versions', () => {
  it('requires sourceVersion on a translated entry', () => {
    const problem = onlyProblem(check({ 'glossary/lv.yaml': glossaryLv.replace('  sourceVersion: 1\n', '') }), 'glossary/lv.yaml', /glossary entry "orphans-court" has no "sourceVersion"/);
    expect(problem.line).toBe(1);
  });

  it('rejects a sourceVersion newer than the English entry, and accepts an outdated one (the site shows it)', () => {
    onlyProblem(check({ 'glossary/lv.yaml': glossaryLv.replace('sourceVersion: 1', 'sourceVersion: 2') }), 'glossary/lv.yaml', /translated from version 2, but the English entry is at version 1/);
    expect(show(check({ 'glossary/en.yaml': glossaryEn.replace('  term:', '  version: 2\n  term:') }))).toBe('');
  });
});

describe('review state', () => {
  it('rejects "review: reviewed" without reviewedBy and reviewedOn, at the review line', () => {
    const text = chapterLv.replace('review: machine-draft', 'review: reviewed');
    const problems = check({ 'chapters/lv/recognising-victims.mdx': text });
    expect(problems.map((p) => p.message).sort(), show(problems)).toEqual([
      '"translation.review": "review: reviewed" needs "reviewedBy" in the translation block',
      '"translation.review": "review: reviewed" needs "reviewedOn" in the translation block',
    ]);
    expect(problems[0]!.line).toBe(lineOf(text, 'review: reviewed'));
    expect(problems[0]!.hint).toContain('reviewedBy');
  });

  it('accepts a recorded review, and rejects a date that is not YYYY-MM-DD', () => {
    const reviewed = chapterLv.replace('review: machine-draft', 'review: reviewed\n  reviewedBy: "A. Bērziņa"\n  reviewedOn: 2026-11-30');
    expect(show(check({ 'chapters/lv/recognising-victims.mdx': reviewed }))).toBe('');
    expect(show(check({ 'chapters/lv/recognising-victims.mdx': reviewed.replace('2026-11-30', '30.11.2026') }))).toMatch(/translation\.reviewedOn/);
  });
});
