import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-files.ts';
import { editionGaps } from '../../src/lib/edition-gaps.ts';
import { readTranslationState, type LanguageReport } from '../../src/lib/translation-report.ts';
import type { StatusRow } from '../../src/lib/translation-status.ts';

const row = (id: string, lv: 'translated' | 'outdated' | 'missing'): StatusRow => ({
  id,
  title: id,
  cells: [{ lang: 'en', status: { status: 'source' } }, { lang: 'lv', status: { status: lv } }],
});
const coverage = (missingIds: string[], outdatedIds: string[]) => ({ translated: 0, outdated: outdatedIds.length, missing: missingIds.length, total: 0, missingIds, outdatedIds });
const report: LanguageReport = {
  lang: 'lv',
  glossary: coverage(['referral'], ['consent']),
  helplines: coverage(['lv-116000'], []),
  ui: { translated: 1, total: 2, missingKeys: ['nav.home'] },
  termBase: undefined,
  termBaseProblems: [],
  structureProblems: [],
};

describe('edition gaps', () => {
  it('lists every missing and every outdated item of a language by kind', () => {
    const gaps = editionGaps('lv', [{ kind: 'chapter', rows: [row('about', 'translated'), row('children', 'missing'), row('tools', 'outdated')] }, { kind: 'model', rows: [row('latvia', 'missing')] }], report);
    expect(gaps.missing).toEqual(['chapter children', 'model latvia', 'glossary entry referral', 'helpline lv-116000', 'interface string nav.home']);
    expect(gaps.outdated).toEqual(['chapter tools', 'glossary entry consent']);
  });
});

describe('the complete editions of the guidelines', () => {
  const state = readTranslationState(contentDir());
  const complete = state.gaps.filter((g) => g.complete);

  it('are marked in content/languages.json', () => {
    // The editions of issues 10 (et, lv, lt, ru) and 11 (pl, fi, sv, nb, de): every translated language.
    expect(complete.map((g) => g.lang).sort()).toEqual(['de', 'et', 'fi', 'lt', 'lv', 'nb', 'pl', 'ru', 'sv']);
  });

  it.each(complete.map((g) => [g.lang, g] as const))('lack no chapter, model, glossary entry, helpline text or interface string (%s)', (_lang, gaps) => {
    expect(gaps.missing).toEqual([]);
  });
});
