import { describe, expect, it } from 'vitest';
import { movedHref, movedModelProblems, movedModels } from '../../src/lib/moved-models.ts';

const lithuania = {
  id: 'lithuania-municipal-model',
  file: 'models/en/lithuania-municipal-model.mdx',
  line: 2,
  headingIds: ['origin', 'kaunas-taurage'],
  replaces: [
    { model: 'lithuania-kaunas', heading: 'kaunas-taurage' },
    { model: 'lithuania-taurage' },
  ],
};

describe('movedModels', () => {
  it('lists every merged ID with the model and heading it now lives at', () => {
    expect(movedModels([lithuania, { id: 'latvia' }])).toEqual([
      { from: 'lithuania-kaunas', to: 'lithuania-municipal-model', heading: 'kaunas-taurage' },
      { from: 'lithuania-taurage', to: 'lithuania-municipal-model', heading: undefined },
    ]);
  });

  it('links the old page to the new one relatively, so it works under any base path', () => {
    expect(movedHref({ from: 'lithuania-kaunas', to: 'lithuania-municipal-model', heading: 'kaunas-taurage' })).toBe('../lithuania-municipal-model/#kaunas-taurage');
    expect(movedHref({ from: 'x', to: 'y' })).toBe('../y/');
  });
});

describe('movedModelProblems', () => {
  it('accepts merged IDs that are gone and headings that exist', () => {
    expect(movedModelProblems([lithuania, { id: 'latvia', file: 'l.mdx', line: 2, headingIds: [] }])).toEqual([]);
  });

  it('reports an ID that is still a model, an ID claimed twice and a missing heading', () => {
    const estonia = { id: 'estonia', file: 'models/en/estonia.mdx', line: 2, headingIds: ['laanemaa'], replaces: [{ model: 'lithuania-kaunas', heading: 'ida-virumaa' }] };
    const kaunas = { id: 'lithuania-taurage', file: 'models/en/lithuania-taurage.mdx', line: 2, headingIds: [] };
    const messages = movedModelProblems([lithuania, estonia, kaunas]).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      'models/en/lithuania-municipal-model.mdx: "replaces" names "lithuania-taurage", which is still a model',
      'models/en/estonia.mdx: "lithuania-kaunas" is replaced by both "lithuania-municipal-model" and "estonia"',
      'models/en/estonia.mdx: "replaces" sends "lithuania-kaunas" to "#ida-virumaa", a heading this model does not have',
    ]);
  });
});
