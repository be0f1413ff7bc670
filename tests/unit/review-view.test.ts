import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-document.ts';
import { reviewRows } from '../../src/lib/review-view.ts';

const source = parseMdx('en.mdx', `Call the <Term id="orphans-court">orphan's court</Term> <Cite id="law" />. See [the glossary](../glossary/).

## First steps {/* #first-steps */}

<Checklist title="Before you start">

- Call the orphan's court.
- Write a note.

</Checklist>
`).tree!;

const translation = parseMdx('lv.mdx', `Zvaniet <Term id="orphans-court">bāriņtiesai</Term> <Cite id="law" />. Skatiet [terminus](../glossary/).

## Pirmie soļi {/* #first-steps */}

<Checklist title="Pirms sākat">

- Zvaniet bāriņtiesai.

</Checklist>
`).tree!;

const rows = reviewRows(
  source,
  translation,
  { lang: 'en', terms: [{ concept: 'orphans-court', term: "orphan's court" }], inflectionLetters: 1 },
  { lang: 'lv', terms: [{ concept: 'orphans-court', term: 'bāriņtiesa' }], inflectionLetters: 3 },
);

describe('reviewRows', () => {
  it('pairs the blocks of source and translation, without component closings', () => {
    expect(rows.map((r) => r.kind)).toEqual(['paragraph', 'heading', 'open', 'list']);
    expect(rows.slice(0, 3).every((r) => r.same)).toBe(true);
  });

  it('marks a block whose structure differs (a list with fewer items)', () => {
    expect(rows[3]!.same).toBe(false);
    expect(rows[3]!.source).toContain('Write a note');
    expect(rows[3]!.translation).not.toContain('Write a note');
  });

  it('marks term-base terms and <Term>s in both texts', () => {
    expect(rows[0]!.source).toContain('<span class="review-glossary" data-term="orphans-court"><mark class="review-term" data-concept="orphans-court" title="orphans-court">orphan\'s court</mark></span>');
    expect(rows[0]!.translation).toContain('<mark class="review-term" data-concept="orphans-court" title="orphans-court">bāriņtiesai</mark>');
    expect(rows[3]!.translation).toContain('<mark class="review-term" data-concept="orphans-court" title="orphans-court">bāriņtiesai</mark>');
  });

  it('shows citations, links, headings and component titles as text, without IDs or live links', () => {
    expect(rows[0]!.source).toContain('[law]');
    expect(rows[0]!.source).toContain('(../glossary/)');
    expect(rows[0]!.source).not.toContain('<a ');
    expect(rows[1]!.source).toBe('<p class="review-heading review-heading--h2">First steps </p>');
    expect(rows[2]!.translation).toContain('Pirms sākat');
  });
});
