import { describe, expect, it } from 'vitest';
import { nestToc } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('nestToc', () => {
  it('nests level-3 headings under the level-2 heading before them', () => {
    expect(nestToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(2, 'c'), h(3, 'c1')])).toEqual([
      { ...h(2, 'a'), children: [h(3, 'a1'), h(3, 'a2')] },
      { ...h(2, 'b'), children: [] },
      { ...h(2, 'c'), children: [h(3, 'c1')] },
    ]);
  });

  it('drops a level-3 heading that comes before any level-2 heading', () => {
    expect(nestToc([h(3, 'early'), h(2, 'a'), h(3, 'a1')])).toEqual([{ ...h(2, 'a'), children: [h(3, 'a1')] }]);
    expect(nestToc([h(3, 'only')])).toEqual([]);
  });

  it('leaves out level-1 and level-4+ headings without breaking the nesting', () => {
    expect(nestToc([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(3, 'a1'), h(5, 'deeper'), h(6, 'deepest')])).toEqual([
      { ...h(2, 'a'), children: [h(3, 'a1')] },
    ]);
  });

  it('keeps slug and text as given', () => {
    const [item] = nestToc([{ depth: 2, slug: 'first-contact', text: 'Local authorities meet people first' }]);
    expect(item).toEqual({ depth: 2, slug: 'first-contact', text: 'Local authorities meet people first', children: [] });
    expect(nestToc([])).toEqual([]);
  });
});
