import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import type { Problem } from '../../src/lib/problems.ts';

// A minimal content folder: English source and a Latvian translation. Paths in
// problems are relative to the working directory, so the tests match file suffixes.


/** What every English chapter needs (src/lib/editorial-rules.ts): key points, an action block, a trainers' block, 800 words. */
const editorialParts = (topic: string) => `

<KeyPoints>

- Municipal staff are often the first to notice.

</KeyPoints>

<ForTrainers title="Discuss">

- Who in your municipality would notice first?

</ForTrainers>

${`In ${topic}, municipal staff meet people in many everyday situations and can notice warning signs early. `.repeat(70)}
`;

const aboutEn = `---
chapter: about
title: About the guidelines
description: What the guidelines are for.
order: 1
version: 2
sources:
  - id: strom-presentation
    title: "V. Polatside (CBSS), Stepping up local action against human trafficking (presentation)"
    url: https://example.org/strom
---

The guidelines help municipalities act <Cite id="strom-presentation" /> against <Term id="exploitation">exploitation</Term>.

## Who the guidelines are for {/* #audience */}

Start with [a local mapping](../local-mapping/#what-to-map), see the [glossary](../glossary/#exploitation),
[models](../models/) and [this section](#audience). More at [the CBSS site](https://cbss.org/).

![A map of the referral steps](../../images/map.png)

<Checklist title="Before you start">

- Read the [mapping chapter](../local-mapping/).

</Checklist>
` + editorialParts('about');

const mappingEn = `---
chapter: local-mapping
title: Mapping the local situation
description: How to map the local situation.
order: 2
version: 1
sources:
  - id: strom-presentation
    title: "V. Polatside (CBSS), Stepping up local action against human trafficking (presentation)"
---

## What to map {/* #what-to-map */}

Populations at risk.

<Procedure title="Map">

1. **Coordinator**: invites the services <Cite id="strom-presentation" />.

</Procedure>
` + editorialParts('mapping');

const aboutLv = `---
chapter: about
title: Par vadlīnijām
description: Kam vadlīnijas paredzētas.
order: 1
translation:
  sourceVersion: 2
  review: machine-draft
sources:
  - id: strom-presentation
    title: "V. Polatside (CBSS), Stepping up local action against human trafficking (presentation)"
---

Vadlīnijas palīdz pašvaldībām <Cite id="strom-presentation" /> rīkoties pret <Term id="exploitation">ekspluatāciju</Term>.

## Kam vadlīnijas paredzētas {/* #audience */}

Sāciet ar [kartēšanu](../local-mapping/#what-to-map).

![Nosūtīšanas soļu karte](../../images/map.png)

<Checklist title="Pirms sākat">

- Izlasiet [kartēšanas nodaļu](../local-mapping/).

</Checklist>

<KeyPoints>

- Pašvaldību darbinieki bieži pamana pirmie.

</KeyPoints>

<ForTrainers title="Diskusija">

- Kas jūsu pašvaldībā pamanītu pirmais?

</ForTrainers>

${'Šajā jomā pašvaldību darbinieki satiek cilvēkus daudzās ikdienas situācijās un var laikus pamanīt brīdinājuma pazīmes. '.repeat(70)}
`;

const uiEn = { 'nav.home': 'Home', 'notice.fallback': 'This chapter has not been translated into {language} yet.' };
const uiLv = { 'nav.home': 'Sākums', 'notice.fallback': 'Šī nodaļa vēl nav tulkota valodā: {language}.' };

const glossaryEn = `- id: exploitation
  term: Exploitation
  definition: Using a person for someone else's gain in a way that abuses them.
`;

const helplines = `- id: ee-victim-support
  country: EE
  organisation: "Social Insurance Board"
  service: "Victim support line"
  number: "116 006"
  source:
    title: "Estonian Ministry of Justice, Trafficking in human beings (web page)"
    url: https://www.just.ee/en/trafficking-human-beings
  recorded: 2026-11-28
`;

const baseFiles: Record<string, string> = {
  'languages.json': JSON.stringify({
    source: 'en',
    languages: [
      { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', pagefind: 'en' },
      { code: 'lv', name: 'Latviešu', englishName: 'Latvian', dir: 'ltr', pagefind: 'lv' },
    ],
  }),
  'ui/en.json': JSON.stringify(uiEn, null, 2),
  'ui/lv.json': JSON.stringify(uiLv, null, 2),
  'chapters/en/about.mdx': aboutEn,
  'chapters/en/local-mapping.mdx': mappingEn,
  'chapters/lv/about.mdx': aboutLv,
  'glossary/en.yaml': glossaryEn,
  'helplines.yaml': helplines,
  'images/map.png': 'not really a PNG',
};

const root = mkdtempSync(join(tmpdir(), 'strom-content-check-'));
let count = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the base fixture with some files replaced (a string), added, or removed (null), and checks it. */
function check(changes: Record<string, string | null> = {}) {
  const dir = join(root, String(count++));
  for (const [name, text] of Object.entries({ ...baseFiles, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return checkContent(dir);
}

/** Line number (1-based) of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in fixture`);
  return index + 1;
}

function show(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n');
}

/** The one problem in the given file whose message matches; fails with all problems listed otherwise. */
function problemIn(problems: readonly Problem[], fileSuffix: string, message: RegExp): Problem {
  const found = problems.filter((p) => p.file.endsWith(fileSuffix) && message.test(p.message));
  expect(found, `expected one problem in ${fileSuffix} matching ${message}, got:\n${show(problems)}`).toHaveLength(1);
  return found[0]!;
}

/** Every problem is in the given file (nothing spills over to files that are fine). */
function onlyIn(problems: readonly Problem[], fileSuffix: string) {
  expect(problems.length, 'no problems reported').toBeGreaterThan(0);
  for (const p of problems) expect(p.file, show(problems)).toMatch(new RegExp(`${fileSuffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

describe('checkContent: a clean content folder', () => {
  it('has no problems and counts languages and documents', () => {
    const report = check();
    expect(report.problems, show(report.problems)).toEqual([]);
    expect(report.languages).toBe(2);
    expect(report.documents).toBe(3);
  });

  it('accepts a language without a glossary or chapters of its own', () => {
    const report = check({ 'chapters/lv/about.mdx': null });
    expect(report.problems, show(report.problems)).toEqual([]);
    expect(report.documents).toBe(2);
  });

  it('shows paths relative to the working directory, with forward slashes', () => {
    const report = check({ 'chapters/en/local-mapping.mdx': mappingEn.replace(' {/* #what-to-map */}', '') });
    const [problem] = report.problems;
    expect(problem!.file).not.toMatch(/^\//);
    expect(problem!.file).not.toContain('\\');
    expect(problem!.file).toMatch(/\/chapters\/en\/local-mapping\.mdx$/);
  });
});

describe('checkContent: data files', () => {
  it('reports broken frontmatter YAML with its line in the file', () => {
    const text = aboutEn.replace('title: About the guidelines', 'title: About: the guidelines');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    const problem = problemIn(problems, 'chapters/en/about.mdx', /^cannot be read/);
    expect(problem.line).toBe(lineOf(text, 'title: About: the guidelines'));
  });

  it('reports an unknown frontmatter field by name', () => {
    const text = aboutEn.replace('order: 1', 'order: 1\ncolour: red');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    const problem = problemIn(problems, 'chapters/en/about.mdx', /Unrecognized key: "colour"/);
    expect(problem.hint).toContain('remove or rename "colour"');
    expect(problem.line).toBeGreaterThanOrEqual(2);
    expect(problem.line).toBeLessThanOrEqual(lineOf(text, 'colour: red'));
  });

  it('reports a field with a wrong value at its line', () => {
    const text = aboutLv.replace('review: machine-draft', 'review: final');
    const { problems } = check({ 'chapters/lv/about.mdx': text });
    const problem = problemIn(problems, 'chapters/lv/about.mdx', /"translation\.review"/);
    expect(problem.line).toBe(lineOf(text, 'review: final'));
    expect(problem.hint).toBe('use one of: machine-draft, draft, reviewed');
  });

  it('reports a file with no frontmatter', () => {
    const { problems } = check({ 'chapters/en/local-mapping.mdx': '## What to map {/* #what-to-map */}\n' });
    expect(problemIn(problems, 'chapters/en/local-mapping.mdx', /^no frontmatter$/).line).toBe(1);
  });

  it('reports a helpline without a source', () => {
    const text = helplines.replace(/ {2}source:\n.*\n.*\n/, '');
    expect(text).not.toContain('source');
    const { problems } = check({ 'helplines.yaml': text });
    onlyIn(problems, 'helplines.yaml');
    const problem = problemIn(problems, 'helplines.yaml', /"0\.source"/);
    expect(problem.line).toBe(1);
    expect(problem.hint).toBe('add the field "0.source"');
  });

  it('reports a missing helplines file', () => {
    const { problems } = check({ 'helplines.yaml': null });
    expect(problemIn(problems, 'helplines.yaml', /file is missing/)).toBeDefined();
  });

  it('stops at a broken language list, reporting it', () => {
    const report = check({ 'languages.json': '{ "source": "en", "languages": [ }' });
    onlyIn(report.problems, 'languages.json');
    expect(report.problems[0]!.message).toMatch(/^cannot be read/);
    expect(report.problems[0]!.line).toBe(1);
    expect(report.documents).toBe(0);
  });

  it('reports a duplicate glossary term and a translated term missing from the source glossary', () => {
    const { problems } = check({
      'glossary/en.yaml': `${glossaryEn}${glossaryEn}`,
      'glossary/lv.yaml': '- id: ekspluatacija\n  sourceVersion: 1\n  term: Ekspluatācija\n  definition: Personas izmantošana.\n',
    });
    expect(problemIn(problems, 'glossary/en.yaml', /"exploitation" appears twice/)).toBeDefined();
    expect(problemIn(problems, 'glossary/lv.yaml', /"ekspluatacija" is not in the en glossary/)).toBeDefined();
    expect(problems).toHaveLength(2);
  });
});

describe('checkContent: interface strings', () => {
  it('reports a missing UI string in the translation file', () => {
    const { problems } = check({ 'ui/lv.json': JSON.stringify({ 'nav.home': 'Sākums' }) });
    onlyIn(problems, 'ui/lv.json');
    expect(problemIn(problems, 'ui/lv.json', /missing interface string "notice\.fallback"/)).toBeDefined();
    expect(problems).toHaveLength(1);
  });

  it('reports a placeholder that differs from English', () => {
    const { problems } = check({ 'ui/lv.json': JSON.stringify({ ...uiLv, 'notice.fallback': 'Nav tulkots valodā {valoda}.' }) });
    onlyIn(problems, 'ui/lv.json');
    expect(problemIn(problems, 'ui/lv.json', /"notice\.fallback" must use the placeholders \{language\}/)).toBeDefined();
  });

  it('reports a placeholder added where English has none', () => {
    const { problems } = check({ 'ui/lv.json': JSON.stringify({ ...uiLv, 'nav.home': 'Sākums {x}' }) });
    expect(problemIn(problems, 'ui/lv.json', /"nav\.home" must use the placeholders \(none\)/)).toBeDefined();
  });

  it('reports an interface string English does not have', () => {
    const { problems } = check({ 'ui/lv.json': JSON.stringify({ ...uiLv, 'nav.hom': 'Sākums' }) });
    expect(problemIn(problems, 'ui/lv.json', /unknown interface string "nav\.hom"/)).toBeDefined();
  });

  it('reports a language with no interface strings file', () => {
    const { problems } = check({ 'ui/lv.json': null });
    expect(problemIn(problems, 'ui/lv.json', /interface strings for "lv" are missing/)).toBeDefined();
  });
});

describe('checkContent: the set of documents', () => {
  it('reports a folder for a language that is not in languages.json', () => {
    const { problems } = check({ 'chapters/xx/about.mdx': aboutLv });
    onlyIn(problems, 'chapters/xx/about.mdx');
    expect(problemIn(problems, 'chapters/xx/about.mdx', /unknown language code "xx"/).hint).toContain('en, lv');
  });

  it('reports a chapter ID used twice in one language', () => {
    const { problems } = check({ 'chapters/en/intro.mdx': aboutEn });
    onlyIn(problems, 'chapters/en/intro.mdx');
    expect(problemIn(problems, 'chapters/en/intro.mdx', /chapter ID "about" appears twice in "en" \(also in .*chapters\/en\/about\.mdx\)/)).toBeDefined();
  });

  it('reports a file whose name does not match its ID', () => {
    const text = mappingEn.replace('chapter: local-mapping', 'chapter: mapping');
    const { problems } = check({ 'chapters/en/local-mapping.mdx': text });
    const problem = problemIn(problems, 'chapters/en/local-mapping.mdx', /file name "local-mapping" does not match the ID "mapping"/);
    expect(problem.line).toBe(2);
  });

  it('reports a translation that has no English source', () => {
    const text = aboutLv.replace('chapter: about', 'chapter: extra');
    const { problems } = check({ 'chapters/lv/extra.mdx': text });
    onlyIn(problems, 'chapters/lv/extra.mdx');
    expect(problemIn(problems, 'chapters/lv/extra.mdx', /translation of chapter "extra" has no en source/)).toBeDefined();
  });

  it('reports a reserved chapter ID', () => {
    const text = mappingEn.replace('chapter: local-mapping', 'chapter: models');
    const { problems } = check({ 'chapters/en/models.mdx': text });
    onlyIn(problems, 'chapters/en/models.mdx');
    expect(problemIn(problems, 'chapters/en/models.mdx', /chapter ID "models" is reserved/)).toBeDefined();
  });

  it('reports a source without version and a translation without its translation block', () => {
    const { problems } = check({
      'chapters/en/local-mapping.mdx': mappingEn.replace('version: 1\n', ''),
      'chapters/lv/about.mdx': aboutLv.replace(/translation:\n.*\n.*\n/, ''),
    });
    expect(problemIn(problems, 'chapters/en/local-mapping.mdx', /source text has no "version"/)).toBeDefined();
    expect(problemIn(problems, 'chapters/lv/about.mdx', /translation has no "translation" block/)).toBeDefined();
  });

  it('reports a translation made from a version the source does not have yet', () => {
    const { problems } = check({ 'chapters/lv/about.mdx': aboutLv.replace('sourceVersion: 2', 'sourceVersion: 3') });
    expect(problemIn(problems, 'chapters/lv/about.mdx', /translated from version 3, but the en text is only at version 2/)).toBeDefined();
  });

  it('reports heading IDs that differ between a translation and its source', () => {
    const { problems } = check({ 'chapters/lv/about.mdx': aboutLv.replace('{/* #audience */}', '{/* #readers */}') });
    onlyIn(problems, 'chapters/lv/about.mdx');
    const problem = problemIn(problems, 'chapters/lv/about.mdx', /heading IDs differ from .*chapters\/en\/about\.mdx/);
    expect(problem.message).toContain('missing #audience');
    expect(problem.message).toContain('not in the source #readers');
  });
});

describe('checkContent: inside a document', () => {
  it('reports a heading without an ID at its line, suggesting one', () => {
    const text = mappingEn.replace(' {/* #what-to-map */}', '');
    const { problems } = check({ 'chapters/en/local-mapping.mdx': text });
    const problem = problemIn(problems, 'chapters/en/local-mapping.mdx', /heading "What to map" has no explicit ID/);
    expect(problem.line).toBe(lineOf(text, '## What to map'));
    expect(problem.hint).toContain('#what-to-map');
  });

  it('reports an image without alt text at its line', () => {
    const text = aboutEn.replace('![A map of the referral steps]', '![ ]');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    expect(problemIn(problems, 'chapters/en/about.mdx', /image "\.\.\/\.\.\/images\/map\.png" has no alt text/).line).toBe(lineOf(text, '![ ]'));
    expect(problems).toHaveLength(1);
  });

  it('reports a missing image and an image on another site', () => {
    const text = aboutEn.replace('(../../images/map.png)', '(../../images/gone.png)\n\n![Remote](https://example.org/x.png)');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    expect(problemIn(problems, 'chapters/en/about.mdx', /image "\.\.\/\.\.\/images\/gone\.png" does not exist/).line).toBe(lineOf(text, 'gone.png'));
    expect(problemIn(problems, 'chapters/en/about.mdx', /image "https:\/\/example\.org\/x\.png" is on another site/).line).toBe(lineOf(text, 'Remote'));
  });

  it('reports a relative link to a chapter that does not exist', () => {
    const text = aboutEn.replace('../local-mapping/#what-to-map', '../local-maping/');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    const problem = problemIn(problems, 'chapters/en/about.mdx', /^broken link "\.\.\/local-maping\/": there is no chapter "local-maping"/);
    expect(problem.line).toBe(lineOf(text, 'local-maping'));
  });

  it('reports a link that is no page of the site', () => {
    const text = aboutEn.replace('../local-mapping/#what-to-map', '../local-mapping/extra/page/');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    expect(problemIn(problems, 'chapters/en/about.mdx', /^broken link "\.\.\/local-mapping\/extra\/page\/": no such page/)).toBeDefined();
  });

  it('reports a link to a missing #anchor, on another page and on the same page', () => {
    const text = aboutEn.replace('../local-mapping/#what-to-map', '../local-mapping/#what-to-count').replace('(#audience)', '(#audiences)');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    const other = problemIn(problems, 'chapters/en/about.mdx', /^broken link "\.\.\/local-mapping\/#what-to-count": no heading "#what-to-count"/);
    expect(other.line).toBe(lineOf(text, 'what-to-count'));
    expect(other.hint).toContain('#what-to-map');
    expect(problemIn(problems, 'chapters/en/about.mdx', /^broken link "#audiences": no heading "#audiences"/).line).toBe(lineOf(text, '#audiences'));
    expect(problems).toHaveLength(2);
  });

  it('reports a link to a missing glossary term', () => {
    const text = aboutEn.replace('../glossary/#exploitation', '../glossary/#nothing');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    expect(problemIn(problems, 'chapters/en/about.mdx', /^broken link "\.\.\/glossary\/#nothing"/)).toBeDefined();
  });

  it('checks links in a translation against the source headings', () => {
    const text = aboutLv.replace('#what-to-map', '#kartesana');
    const { problems } = check({ 'chapters/lv/about.mdx': text });
    onlyIn(problems, 'chapters/lv/about.mdx');
    expect(problemIn(problems, 'chapters/lv/about.mdx', /no heading "#kartesana"/).line).toBe(lineOf(text, '#kartesana'));
  });

  it('reports an unknown component and raw HTML', () => {
    const text = `${aboutEn}\n<Warning>\n\nCareful.\n\n</Warning>\n\nText with <span>html</span>.\n`;
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    expect(problemIn(problems, 'chapters/en/about.mdx', /^unknown component <Warning>$/).line).toBe(lineOf(text, '<Warning>'));
    expect(problemIn(problems, 'chapters/en/about.mdx', /^unknown component <span>$/).line).toBe(lineOf(text, '<span>'));
  });

  it('reports missing and unknown component attributes', () => {
    const text = `${aboutEn}\n<RoleCard>\n\nText.\n\n</RoleCard>\n\n<Checklist titel="x">\n\n- a\n\n</Checklist>\n`;
    const { problems } = check({ 'chapters/en/about.mdx': text });
    expect(problemIn(problems, 'chapters/en/about.mdx', /^<RoleCard> needs a role="…" attribute$/).line).toBe(lineOf(text, '<RoleCard>'));
    expect(problemIn(problems, 'chapters/en/about.mdx', /^<Checklist> has an unknown attribute$/).line).toBe(lineOf(text, 'titel'));
  });

  it('reports a <Cite> to a source the file does not list', () => {
    const text = aboutEn.replace('<Cite id="strom-presentation" />', '<Cite id="strom-report" />');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    const problem = problemIn(problems, 'chapters/en/about.mdx', /<Cite id="strom-report"> names no entry of this file's "sources"/);
    expect(problem.line).toBe(lineOf(text, 'strom-report'));
    expect(problem.hint).toContain('strom-presentation');
  });

  it('reports a <Term> that is not in the glossary', () => {
    const text = aboutEn.replace('<Term id="exploitation">', '<Term id="exploatation">');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    onlyIn(problems, 'chapters/en/about.mdx');
    expect(problemIn(problems, 'chapters/en/about.mdx', /<Term id="exploatation"> is not in the glossary/).line).toBe(lineOf(text, 'exploatation'));
  });

  it('reports code in curly braces and import statements', () => {
    const text = aboutEn.replace('Populations', 'x').replace('## Who', 'import X from "./x.js"\n\nThe year {2024}.\n\n## Who');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    expect(problemIn(problems, 'chapters/en/about.mdx', /^import or export statement in content$/).line).toBe(lineOf(text, 'import X'));
    expect(problemIn(problems, 'chapters/en/about.mdx', /^code in curly braces$/).line).toBe(lineOf(text, '{2024}'));
  });

  it('reports an MDX syntax error such as an unclosed tag, still checking the other files', () => {
    const text = aboutEn.replace('\n</Checklist>\n', '\n');
    const { problems } = check({ 'chapters/en/about.mdx': text, 'ui/lv.json': JSON.stringify({ 'nav.home': 'Sākums' }) });
    const problem = problemIn(problems, 'chapters/en/about.mdx', /^MDX syntax error: .*closing tag for `<Checklist>`/);
    expect(problem.message).toContain(`(${lineOf(text, '<Checklist')}:1-`);
    expect(problem.hint).toContain('close every component tag');
    expect(problemIn(problems, 'ui/lv.json', /missing interface string/)).toBeDefined();
  });

  it('reports an MDX syntax error at its line in the file', () => {
    const text = aboutEn.replace('Start with', 'Start </Note> with');
    const { problems } = check({ 'chapters/en/about.mdx': text });
    const problem = problemIn(problems, 'chapters/en/about.mdx', /^MDX syntax error: Unexpected closing slash/);
    expect([problem.line, problem.column]).toEqual([lineOf(text, '</Note>'), 8]);
    expect(problems.filter((p) => p.file.endsWith('chapters/en/about.mdx'))).toHaveLength(1);
  });
});

describe('checkContent: many problems at once', () => {
  it('reports every problem in every file in one call', () => {
    const { problems } = check({
      'ui/lv.json': JSON.stringify({ 'nav.home': 'Sākums' }),
      'chapters/en/local-mapping.mdx': mappingEn.replace(' {/* #what-to-map */}', '').replace('Populations at risk.', '![](../../images/map.png)'),
      'chapters/en/about.mdx': aboutEn.replace('<Term id="exploitation">', '<Term id="nope">'),
      'chapters/lv/about.mdx': aboutLv.replace('<Cite id="strom-presentation" />', '<Cite id="missing" />'),
      'chapters/lv/extra.mdx': aboutLv.replace('chapter: about', 'chapter: extra'),
      'helplines.yaml': helplines.replace('number: "116 006"', 'number: "call us"'),
      'glossary/en.yaml': glossaryEn.replace('id: exploitation', 'id: Exploitation'),
    });
    const expected: [string, RegExp][] = [
      ['ui/lv.json', /missing interface string "notice\.fallback"/],
      ['chapters/en/local-mapping.mdx', /heading "What to map" has no explicit ID/],
      ['chapters/en/local-mapping.mdx', /has no alt text/],
      ['chapters/en/about.mdx', /<Term id="nope">/],
      ['chapters/en/about.mdx', /no heading "#what-to-map"/],
      ['chapters/lv/about.mdx', /<Cite id="missing">/],
      ['chapters/lv/about.mdx', /no heading "#what-to-map"/],
      ['chapters/lv/extra.mdx', /has no en source/],
      ['helplines.yaml', /"0\.number"/],
      ['glossary/en.yaml', /"0\.id"/],
    ];
    for (const [file, message] of expected) problemIn(problems, file, message);
    const files = new Set(problems.map((p) => p.file.replace(/^.*\/\d+\//, '')));
    expect([...files].sort()).toEqual([...new Set(expected.map(([file]) => file))].sort());
  });
});

describe('checkContent: one mistake gives one message', () => {
  it('reports a stray "%" in a link as a broken link instead of crashing', () => {
    const problems = check({ 'chapters/en/local-mapping.mdx': `${mappingEn}\nSee [the rule](#50%-rule).\n` }).problems;
    problemIn(problems, 'chapters/en/local-mapping.mdx', /broken link "#50%-rule"/);
  });

  it('does not also blame the translations of, and links to, an English chapter that cannot be read', () => {
    const brokenAbout = aboutEn.replace(/^title:/m, 'colour: red\ntitle:');
    const { problems } = check({ 'chapters/en/about.mdx': brokenAbout });
    onlyIn(problems, 'chapters/en/about.mdx');
  });
});

describe('checkContent: consistency rules on the source text (src/lib/consistency-rules.ts)', () => {
  const copied = 'Help for a person who may be a victim starts on reasonable grounds, before any formal identification, and it never depends on whether the person is willing to talk to the police.';

  it('reports a long paragraph copied into a second document, naming both places', () => {
    const about = aboutEn.replace('## Who the guidelines are for', `${copied}\n\n## Who the guidelines are for`);
    const mapping = mappingEn.replace('Populations at risk.', `Populations at risk.\n\n${copied}`);
    const { problems } = check({ 'chapters/en/about.mdx': about, 'chapters/en/local-mapping.mdx': mapping });
    const problem = problemIn(problems, 'chapters/en/local-mapping.mdx', /a paragraph of 32 words also appears in .*chapters\/en\/about\.mdx:\d+/);
    expect(problem.line).toBe(lineOf(mapping, 'Help for a person'));
    expect(problem.message).toContain(`about.mdx:${lineOf(about, 'Help for a person')}`);
  });

  it('reports a glossary term no document links, a listed source never cited, and a marker after the full stop', () => {
    const glossary = `${glossaryEn}- id: referral\n  term: Referral\n  definition: Passing a person on to the service that can help.\n`;
    const mapping = mappingEn.replace('  - id: strom-presentation', '  - id: unused\n    title: Unused\n  - id: strom-presentation').replace('Populations at risk.', 'Populations at risk. <Cite id="strom-presentation" />');
    const { problems } = check({ 'glossary/en.yaml': glossary, 'chapters/en/local-mapping.mdx': mapping });
    expect(problemIn(problems, 'glossary/en.yaml', /"referral" \(Referral\) is never linked/).line).toBe(lineOf(glossary, 'id: referral'));
    expect(problemIn(problems, 'chapters/en/local-mapping.mdx', /source "unused" is listed but never cited/).line).toBe(lineOf(mapping, 'id: unused'));
    expect(problemIn(problems, 'chapters/en/local-mapping.mdx', /a <Cite> after the full stop/).line).toBe(lineOf(mapping, 'Populations at risk.'));
    expect(problems).toHaveLength(3);
  });

  it('reports a model without sources', () => {
    const model = '---\nmodel: estonia\ntitle: Estonia\ndescription: Two counties.\norder: 1\nkind: pilot\nversion: 1\n---\n\nText.\n';
    const { problems } = check({ 'models/en/estonia.mdx': model });
    expect(problemIn(problems, 'models/en/estonia.mdx', /model "estonia": no sources/)).toBeDefined();
  });

  it('reports a helpline whose source has no URL, at the entry', () => {
    const text = helplines.replace(/\n {4}url: .*/, '');
    const { problems } = check({ 'helplines.yaml': text });
    expect(problemIn(problems, 'helplines.yaml', /helpline "116 006" \(EE\) has a source without a URL/).line).toBe(1);
  });

  it('reports translated helpline texts with an unknown id or a retyped number, and accepts good ones', () => {
    const good = '- id: ee-victim-support\n  sourceVersion: 1\n  service: "Ohvriabi telefon"\n';
    expect(check({ 'helplines.yaml': helplines, 'helplines/lv.yaml': good }).problems).toEqual([]);
    const bad = `${good}- id: ee-nowhere\n  sourceVersion: 1\n  service: "116 060"\n`;
    const { problems } = check({ 'helplines.yaml': helplines, 'helplines/lv.yaml': bad });
    expect(problemIn(problems, 'helplines/lv.yaml', /helpline "ee-nowhere" is not in content\/helplines.yaml/).line).toBe(4);
    const retyped = check({ 'helplines.yaml': helplines.replace('"Victim support line"', '"Victim support line, 116 006"'), 'helplines/lv.yaml': good.replace('Ohvriabi telefon', 'Ohvriabi telefon, 116 060') }).problems;
    expect(problemIn(retyped, 'helplines/lv.yaml', /the service of helpline "ee-victim-support" has the numbers 060 116; the English has 006 116/)).toBeDefined();
  });
});

describe('checkContent: a duplicate document gives one message, not one per copied paragraph', () => {
  it('reports the duplicate ID only', () => {
    const long = 'Help for a person who may be a victim starts on reasonable grounds, before any formal identification, and it never depends on whether the person is willing to talk to the police.';
    const mapping = mappingEn.replace('Populations at risk.', `Populations at risk.\n\n${long}`);
    const { problems } = check({ 'chapters/en/local-mapping.mdx': mapping, 'chapters/en/zz-copy.mdx': mapping });
    onlyIn(problems, 'chapters/en/zz-copy.mdx');
    expect(problems).toHaveLength(2);
    expect(problemIn(problems, 'chapters/en/zz-copy.mdx', /chapter ID "local-mapping" appears twice/)).toBeDefined();
    expect(problemIn(problems, 'chapters/en/zz-copy.mdx', /file name "zz-copy" does not match/)).toBeDefined();
  });
});
