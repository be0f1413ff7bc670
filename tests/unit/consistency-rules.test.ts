import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-document.ts';
import {
  citationsAfterFullStop,
  listEntryLines,
  recordProblems,
  repeatedParagraphs,
  uncitedSources,
  unlinkedGlossaryTerms,
  type RuleDocument,
} from '../../src/lib/consistency-rules.ts';

function doc(file: string, text: string, sources: string[] = []): RuleDocument {
  const parsed = parseMdx(file, text);
  if (!parsed.tree) throw new Error(JSON.stringify(parsed.problems));
  return { file, tree: parsed.tree, sources: sources.map((id) => ({ id })) };
}

const longParagraph =
  'A person who may be a victim gets help as soon as there are reasonable grounds, before any formal identification, and that help never depends on whether they talk to the police.';

describe('repeatedParagraphs', () => {
  it('names both files and lines of a 25-word paragraph that appears in two documents', () => {
    const a = doc('chapters/en/a.mdx', `# A\n\nIntro.\n\n${longParagraph}\n`);
    const b = doc('chapters/en/b.mdx', `Other text.\n\nMore.\n\n\n${longParagraph}\n`);
    const problems = repeatedParagraphs([a, b]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'chapters/en/b.mdx', line: 6 });
    expect(problems[0]!.message).toContain('also appears in chapters/en/a.mdx:5');
  });

  it('sees through markup: a <Term> and <Cite> do not hide a copy', () => {
    const marked = longParagraph.replace('reasonable grounds', '<Term id="reasonable-grounds">reasonable grounds</Term>').replace(/\.$/, ' <Cite id="coe" />.');
    const problems = repeatedParagraphs([doc('a.mdx', longParagraph), doc('b.mdx', marked)]);
    expect(problems).toHaveLength(1);
  });

  it('lets short paragraphs, reworded paragraphs and repeats inside one document pass', () => {
    const short = 'Call 112 in an emergency and stay with the person if it is safe.';
    const reworded = longParagraph.replace('never depends', 'does not depend');
    expect(repeatedParagraphs([doc('a.mdx', `${short}\n\n${longParagraph}\n\n${longParagraph}`), doc('b.mdx', `${short}\n\n${reworded}`)])).toEqual([]);
  });

  it('counts exactly 25 words as long enough, 24 as not', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';
    expect(repeatedParagraphs([doc('a.mdx', words(25)), doc('b.mdx', words(25))])).toHaveLength(1);
    expect(repeatedParagraphs([doc('a.mdx', words(24)), doc('b.mdx', words(24))])).toEqual([]);
  });
});

describe('unlinkedGlossaryTerms', () => {
  const text = '- id: referral\n  term: Referral\n  definition: x\n\n- id: ngo\n  term: NGO\n  definition: y\n';
  const glossary = { file: 'glossary/en.yaml', text, terms: [{ id: 'referral', term: 'Referral' }, { id: 'ngo', term: 'NGO' }] };

  it('reports a term no document links, at the line of its id', () => {
    const problems = unlinkedGlossaryTerms(glossary, [doc('a.mdx', 'A <Term id="referral">referral</Term> starts here.')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'glossary/en.yaml', line: 5 });
    expect(problems[0]!.message).toContain('"ngo"');
  });

  it('is satisfied by a link in any document', () => {
    const docs = [doc('a.mdx', '<Term id="referral">Referral</Term> helps.'), doc('b.mdx', 'An <Term id="ngo">NGO</Term> helps.')];
    expect(unlinkedGlossaryTerms(glossary, docs)).toEqual([]);
  });
});

describe('uncitedSources', () => {
  const text = `---
model: x
sources:
  - id: used
    title: Used
  - id: unused
    title: Unused
---

A fact <Cite id="used" />.
`;
  it('reports a listed source that is never cited, at its frontmatter line', () => {
    const problems = uncitedSources(doc('models/en/x.mdx', text, ['used', 'unused']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'models/en/x.mdx', line: 6 });
    expect(problems[0]!.message).toContain('"unused"');
  });

  it('passes when every source is cited', () => {
    expect(uncitedSources(doc('x.mdx', text.replace('id="used"', 'id="used" /> and <Cite id="unused"'), ['used', 'unused']))).toEqual([]);
  });
});

describe('citationsAfterFullStop', () => {
  it('reports "word.<Cite/>" and "word. <Cite/>" with line and column', () => {
    const problems = citationsAfterFullStop(doc('a.mdx', 'One fact.<Cite id="a" />\n\nTwo facts. <Cite id="b" />\n'));
    expect(problems.map((p) => [p.line, p.column])).toEqual([[1, 10], [3, 12]]);
  });

  it('reports a marker on the next line after a full stop', () => {
    expect(citationsAfterFullStop(doc('a.mdx', 'A fact.\n<Cite id="a" />\n'))).toHaveLength(1);
  });

  it('accepts the one style, several markers, and a marker ending a list item', () => {
    const ok = 'Up to 180 days <Cite id="a" />.\n\nTwo sources <Cite id="a" /> <Cite id="b" />.\n\n- A list item <Cite id="c" />\n';
    expect(citationsAfterFullStop(doc('a.mdx', ok))).toEqual([]);
  });
});

describe('recordProblems', () => {
  const entry = { label: 'helpline "112" (EU)', line: 4, sourceUrl: 'https://example.org', recorded: '2026-11-28' };

  it('accepts a sourced, dated entry', () => {
    expect(recordProblems('helplines.yaml', [entry], '2026-12-01')).toEqual([]);
  });

  it('reports a source without URL, a missing date and a future date, each at the entry line', () => {
    const problems = recordProblems('helplines.yaml', [{ ...entry, sourceUrl: undefined }, { ...entry, line: 9, recorded: undefined }, { ...entry, line: 14, recorded: '2027-01-01' }], '2026-12-01');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'helpline "112" (EU) has a source without a URL'],
      [9, 'helpline "112" (EU) has no recorded date'],
      [14, 'helpline "112" (EU) was recorded on 2027-01-01, a day still to come'],
    ]);
  });

  it('finds where each list entry starts', () => {
    expect(listEntryLines('# c\n- a: 1\n  b: 2\n\n- a: 3\n')).toEqual([2, 5]);
  });
});

describe('unlinkedGlossaryTerms, one mistake one message', () => {
  it('says nothing while a <Term> names an unknown ID (that typo is reported already)', () => {
    const glossary = { file: 'g.yaml', text: '- id: ngo\n', terms: [{ id: 'ngo', term: 'NGO' }] };
    expect(unlinkedGlossaryTerms(glossary, [doc('a.mdx', 'An <Term id="ngoo">NGO</Term>.')])).toEqual([]);
  });
});
