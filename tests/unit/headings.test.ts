import { describe, expect, it } from 'vitest';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  collectHeadings,
  compareHeadingIds,
  explicitHeadingId,
  headingIdProblems,
  suggestId,
  type HeadingInfo,
} from '../../src/lib/headings.ts';
import { parseMdx } from '../../src/lib/mdx-document.ts';

function tree(mdx: string): Root {
  const parsed = parseMdx('test.mdx', mdx);
  expect(parsed.problems).toEqual([]);
  return parsed.tree!;
}

function headingsOf(mdx: string): Heading[] {
  const found: Heading[] = [];
  visit(tree(mdx), 'heading', (node: Heading) => {
    found.push(node);
  });
  return found;
}

const chapter = `---
chapter: about
title: About
---

Intro text.

## Local authorities meet people first {/* #first-contact */}

Text.

### The *local* level {/* #local-level */}

## A heading without an ID

#### Deep, with **bold** and \`code\` {/*#deep*/}
`;

describe('explicitHeadingId', () => {
  it('reads the ID from a comment at the end of a heading', () => {
    const ids = headingsOf(chapter).map(explicitHeadingId);
    expect(ids).toEqual(['first-contact', 'local-level', undefined, 'deep']);
  });

  it('accepts spacing variants inside the comment', () => {
    expect(headingsOf('## A {/*   #a-b   */}\n').map(explicitHeadingId)).toEqual(['a-b']);
    expect(headingsOf('## A {/*#x*/}\n').map(explicitHeadingId)).toEqual(['x']);
  });

  it('ignores a comment that is not last, has no #, or holds something else', () => {
    const ids = headingsOf(['## A {/* #early */} then text', '## B {/* first-contact */}', '## C {/* #two words */}', '## D {/* just a note */}', ''].join('\n\n')).map(explicitHeadingId);
    expect(ids).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('returns the ID as written, even when it is not a valid ID', () => {
    expect(headingsOf('## A {/* #First_Contact */}\n').map(explicitHeadingId)).toEqual(['First_Contact']);
  });
});

describe('collectHeadings', () => {
  it('lists every heading with depth, ID, plain text and position in the file', () => {
    expect(collectHeadings(tree(chapter))).toEqual([
      { depth: 2, id: 'first-contact', text: 'Local authorities meet people first', line: 8, column: 1 },
      { depth: 3, id: 'local-level', text: 'The local level', line: 12, column: 1 },
      { depth: 2, id: undefined, text: 'A heading without an ID', line: 14, column: 1 },
      { depth: 4, id: 'deep', text: 'Deep, with bold and code', line: 16, column: 1 },
    ]);
  });

  it('finds headings inside components', () => {
    const headings = collectHeadings(tree('<CaseScenario title="x">\n\n## Inside {/* #inside */}\n\n</CaseScenario>\n'));
    expect(headings.map((h) => [h.id, h.text, h.line])).toEqual([['inside', 'Inside', 3]]);
  });
});

const info = (depth: number, id: string | undefined, text: string, line = 1): HeadingInfo => ({ depth, id, text, line, column: 1 });

describe('headingIdProblems', () => {
  it('finds nothing wrong with unique, valid IDs', () => {
    expect(headingIdProblems(collectHeadings(tree('## A {/* #a */}\n\n### B {/* #b-2 */}\n\n## C {/* #c */}\n')))).toEqual([]);
    expect(headingIdProblems([])).toEqual([]);
  });

  it('reports a heading without an ID and suggests one in the hint', () => {
    const heading = info(2, undefined, 'Who does what in the municipality', 14);
    const problems = headingIdProblems([heading]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.heading).toBe(heading);
    expect(problems[0]!.message).toBe('heading "Who does what in the municipality" has no explicit ID');
    expect(problems[0]!.hint).toContain('{/* #who-does-what-in-the */}');
  });

  it('suggests an ASCII ID for a heading in another language', () => {
    const [problem] = headingIdProblems([info(2, undefined, 'Ātrā palīdzība')]);
    expect(problem!.hint).toContain('{/* #atra-palidziba */}');
  });

  it('reports an ID used twice, at the second heading', () => {
    const second = info(3, 'first-contact', 'Again', 9);
    const problems = headingIdProblems([info(2, 'first-contact', 'First', 3), info(2, 'other', 'Other', 6), second]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.heading).toBe(second);
    expect(problems[0]!.message).toBe('heading ID "first-contact" is used twice in this file');
  });

  it('reports IDs that are not lowercase words joined by single hyphens', () => {
    for (const id of ['First-Contact', 'first_contact', 'first--contact', '-first', 'first-', 'ātrā', 'a.b']) {
      const problems = headingIdProblems([info(2, id, 'Heading')]);
      expect(problems.map((p) => p.message), id).toEqual([`heading ID "${id}" is not a valid ID`]);
    }
    for (const id of ['a', 'first-contact', 'step-2', '2024-changes']) expect(headingIdProblems([info(2, id, 'Heading')]), id).toEqual([]);
  });

  it('reports a level-1 heading, since the title comes from frontmatter', () => {
    const problems = headingIdProblems(collectHeadings(tree('# Big title {/* #big */}\n')));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('level-1 heading "Big title"');
    expect(problems[0]!.hint).toContain('##');
  });

  it('reports every problem of a document, in document order', () => {
    const problems = headingIdProblems(collectHeadings(tree('# Title\n\n## A {/* #a */}\n\n## B {/* #a */}\n\n## C {/* #Bad */}\n')));
    expect(problems.map((p) => [p.heading.line, p.message])).toEqual([
      [1, 'level-1 heading "Title"'],
      [1, 'heading "Title" has no explicit ID'],
      [5, 'heading ID "a" is used twice in this file'],
      [7, 'heading ID "Bad" is not a valid ID'],
    ]);
  });
});

describe('suggestId', () => {
  it('turns heading text into a short ASCII ID', () => {
    expect(suggestId('Ātrā palīdzība')).toBe('atra-palidziba');
    expect(suggestId('Local authorities meet people first')).toBe('local-authorities-meet-people-first');
    expect(suggestId('Über „Schutz“ & Hilfe — jetzt!')).toBe('uber-schutz-hilfe-jetzt');
    expect(suggestId('Kaunas (2016–2017)')).toBe('kaunas-2016-2017');
  });

  it('keeps at most five words', () => {
    expect(suggestId('one two three four five six seven')).toBe('one-two-three-four-five');
  });

  it('suggests a valid ID even for text with no ASCII letters', () => {
    expect(suggestId('Русский')).toBe('section');
    expect(suggestId('   ')).toBe('section');
    expect(suggestId('!!!')).toBe('section');
  });
});

describe('compareHeadingIds', () => {
  it('finds IDs a translation lacks or adds, in their own order', () => {
    expect(compareHeadingIds(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'y'])).toEqual({ missing: ['b', 'd'], extra: ['x', 'y'] });
  });

  it('accepts the same IDs in any order', () => {
    expect(compareHeadingIds(['a', 'b'], ['b', 'a'])).toEqual({ missing: [], extra: [] });
    expect(compareHeadingIds([], [])).toEqual({ missing: [], extra: [] });
  });

  it('handles an empty side', () => {
    expect(compareHeadingIds(['a'], [])).toEqual({ missing: ['a'], extra: [] });
    expect(compareHeadingIds([], ['a'])).toEqual({ missing: [], extra: ['a'] });
  });
});

describe('parseMdx: errors carry their position', () => {
  it('reports an unclosed component tag with its line', () => {
    const [problem] = parseMdx('about.mdx', '---\ntitle: x\n---\n\n<Checklist>\n\n- text\n').problems;
    expect(problem!.line).toBe(5);
    expect(problem!.message).toMatch(/MDX syntax error/);
  });
});
