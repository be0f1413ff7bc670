import { describe, expect, it } from 'vitest';
import { entryCoverage, glossaryEntryStatus } from '../../src/lib/glossary-status.ts';
import { languageOfFile, languageReports } from '../../src/lib/translation-report.ts';

const en = [
  { id: 'consent', term: 'Consent', definition: 'Agreeing freely.', version: 2 },
  { id: 'ngo', term: 'NGO', definition: 'A non-governmental organisation.' },
  { id: 'strom', term: 'STROM', definition: 'A project.' },
];
const lv = [
  { id: 'consent', term: 'Piekrišana', definition: '…', sourceVersion: 1 },
  { id: 'ngo', term: 'NVO', definition: '…', sourceVersion: 1 },
];

describe('glossary entry status', () => {
  it('is outdated when translated from an older English version, missing when absent', () => {
    expect(glossaryEntryStatus('lv', 'en', en[0]!, lv[0])).toBe('outdated');
    expect(glossaryEntryStatus('lv', 'en', en[1]!, lv[1])).toBe('translated');
    expect(glossaryEntryStatus('lv', 'en', en[2]!, undefined)).toBe('missing');
    expect(glossaryEntryStatus('en', 'en', en[0]!, undefined)).toBe('source');
    expect(entryCoverage('lv', 'en', en, lv)).toEqual({ translated: 1, outdated: 1, missing: 1, total: 3, outdatedIds: ['consent'], missingIds: ['strom'] });
  });
});

describe('per-language report', () => {
  it('knows which language a content file belongs to', () => {
    const codes = ['en', 'lv'];
    expect(languageOfFile('content/chapters/lv/about.mdx', codes)).toBe('lv');
    expect(languageOfFile('content/glossary/lv.yaml', codes)).toBe('lv');
    expect(languageOfFile('content/ui/lv.json', codes)).toBe('lv');
    expect(languageOfFile('content/terms/lv.yaml', codes)).toBe('lv');
    expect(languageOfFile('content/style/lv.md', codes)).toBe('lv');
    expect(languageOfFile('content/helplines/lv.yaml', codes)).toBe('lv');
    expect(languageOfFile('content/helplines.yaml', codes)).toBeUndefined();
    expect(languageOfFile('content/chapters/xx/about.mdx', codes)).toBeUndefined();
  });

  it('counts glossary, interface and term-base coverage and the problems per language', () => {
    const [report] = languageReports({
      codes: ['en', 'lv'],
      sourceLang: 'en',
      glossaries: new Map([['en', en], ['lv', lv]]),
      helplines: [{ id: 'lv-116111', version: 2 }, { id: 'lv-116000' }, { id: 'eu-112' }],
      helplineTexts: new Map([['lv', [{ id: 'lv-116111', sourceVersion: 1 }, { id: 'eu-112', sourceVersion: 1 }]]]),
      ui: new Map([['en', { a: 'A', b: 'B' }], ['lv', { a: 'Ā' }]]),
      sourceTerms: [{ concept: 'consent', term: 'Consent' }, { concept: 'ngo', term: 'NGO' }],
      termBases: new Map([['lv', [{ concept: 'ngo', term: 'NVO' }]]]),
      problems: [
        { file: 'content/chapters/lv/about.mdx', message: 'x', check: 'term-base' },
        { file: 'content/chapters/lv/about.mdx', message: 'y', check: 'structure' },
        { file: 'content/chapters/en/about.mdx', message: 'z', check: 'structure' },
      ],
    });
    expect(report!.lang).toBe('lv');
    expect(report!.glossary.outdated).toBe(1);
    expect(report!.helplines).toEqual({ translated: 1, outdated: 1, missing: 1, total: 3, outdatedIds: ['lv-116111'], missingIds: ['lv-116000'] });
    expect(report!.ui).toEqual({ translated: 1, total: 2, missingKeys: ['b'] });
    expect(report!.termBase).toEqual({ covered: 1, total: 2, missing: ['consent'] });
    expect(report!.termBaseProblems.map((p) => p.message)).toEqual(['x']);
    expect(report!.structureProblems.map((p) => p.message)).toEqual(['y']);
  });
});
