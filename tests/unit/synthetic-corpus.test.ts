import { describe, expect, it } from 'vitest';
import { syntheticChapters, type CorpusOptions } from '../../src/lib/synthetic-corpus.ts';

const options: CorpusOptions = {
  chapterIds: ['first', 'second'],
  languages: ['en', 'lt'],
  vocabulary: { en: ['the', 'help', 'victim', 'likely', 'police'], lt: ['pagalba', 'policija', 'darbas', 'vaikas', 'savivaldybė', 'mokykla', 'teisė', 'namai', 'šeima', 'pinigai', 'tikėtina', 'auka'] },
  termIds: ['guardian'],
  words: 600,
};
const headingIds = (text: string) => [...text.matchAll(/\{\/\* #([\w-]+) \*\/\}/g)].map((m) => m[1]);

describe('synthetic benchmark corpus', () => {
  it('is the same for the same options', () => {
    expect([...syntheticChapters(options)]).toEqual([...syntheticChapters(options)]);
  });

  it('draws a chapter again when it holds a rejected phrase, keeping its headings', () => {
    const plain = syntheticChapters(options);
    const rejected = /tikėtina auka/i;
    expect(plain.get('chapters/lt/first.mdx')).toMatch(rejected);
    const redrawn = syntheticChapters({ ...options, redraw: (lang, text) => lang === 'lt' && rejected.test(text) });
    for (const [path, text] of redrawn) {
      expect(text).not.toMatch(rejected);
      expect(headingIds(text)).toEqual(headingIds(plain.get(path)!));
    }
    // Other languages are not drawn again.
    expect(redrawn.get('chapters/en/first.mdx')).toBe(plain.get('chapters/en/first.mdx'));
  });

  it('names the file when no draft is accepted', () => {
    expect(() => syntheticChapters({ ...options, redraw: (lang) => lang === 'lt' })).toThrow('chapters/lt/first.mdx: every one of 20 drafts was rejected');
  });
});
