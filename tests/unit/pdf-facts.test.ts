import { describe, expect, it } from 'vitest';
import { documentLanguage, linkDestinations, parseDestinations, parsePdfInfo, pdfProblems } from '../../src/lib/pdf-facts.ts';

const info = `Title:           Stepping up local action · STROM Guidelines
Tagged:          yes
Pages:           114
Page size:       595.92 x 842.88 pts (A4)
`;
const dests = `Page  Destination                 Name
   5 [ XYZ    0  837 null      ] "about"
   5 [ XYZ    0  363 null      ] "about--purpose"
`;
const pdf = Buffer.from(
  '1 0 obj\n<</Type /StructElem /Lang (en)>>\nendobj\n' +
    '2 0 obj\n<</Type /Annot\n/Subtype /Link\n/Dest /about--purpose\n>>\nendobj\n' +
    '3 0 obj\n<</Type /Annot\n/Subtype /Link\n/Dest /gone#2Dmissing\n>>\nendobj\n' +
    '4 0 obj\n<</Type /Catalog\n/Pages 5 0 R\n/Lang (lv)>>\nendobj\n',
  'latin1',
);

describe('PDF facts', () => {
  it('reads pdfinfo output and the named destinations', () => {
    expect(parsePdfInfo(info)).toEqual({ pages: 114, title: 'Stepping up local action · STROM Guidelines', tagged: true, a4: true });
    expect([...parseDestinations(dests)]).toEqual(['about', 'about--purpose']);
  });

  it('reads link targets (with #xx escapes) and the catalog language, not a part’s', () => {
    expect(linkDestinations(pdf)).toEqual(['about--purpose', 'gone-missing']);
    expect(documentLanguage(pdf)).toBe('lv');
  });

  it('reports every problem at once', () => {
    const problems = pdfProblems(
      { info: { pages: 3, title: 'Other', tagged: false, a4: false }, destinations: parseDestinations(dests), links: linkDestinations(pdf), lang: 'en' },
      { lang: 'lv', title: 'Stepping up', minPages: 10, maxPages: 200 },
    );
    expect(problems).toEqual([
      'has 3 pages, expected 10–200',
      'title is "Other", expected "Stepping up"',
      'is not tagged (no structure for screen readers)',
      'pages are not A4',
      'document language is en, expected lv',
      'internal links to missing destinations: gone-missing',
    ]);
    expect(pdfProblems({ info: parsePdfInfo(info), destinations: parseDestinations(dests), links: ['about'], lang: 'lv' }, { lang: 'lv', title: 'Stepping up', minPages: 10, maxPages: 200 })).toEqual([]);
  });
});
