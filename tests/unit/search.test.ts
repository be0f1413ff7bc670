import { describe, expect, it } from 'vitest';
import { cleanQuery, excerptParts, maxQueryLength, resultUrl, stripEndings, toHit } from '../../src/lib/search.ts';

const latvianEndings = ['iem', 'ām', 'ēm', 'as', 'os', 'a', 'u', 's'];

describe('cleanQuery', () => {
  it('trims and collapses white space', () => {
    expect(cleanQuery('  referral \n  mechanism ')).toEqual({ query: 'referral mechanism' });
  });
  it('says when there is nothing to search for', () => {
    expect(cleanQuery('   ').problem).toBe('empty');
    expect(cleanQuery('?!…—;;').problem).toBe('no-words');
    expect(cleanQuery('<>').problem).toBe('no-words');
  });
  it('accepts letters of every script and digits', () => {
    expect(cleanQuery('признаки').problem).toBeUndefined();
    expect(cleanQuery('2024').problem).toBeUndefined();
  });
  it('shortens a 500-character query at a word boundary', () => {
    const { query, problem } = cleanQuery('referral '.repeat(56));
    expect(problem).toBe('too-long');
    expect(query.length).toBeLessThanOrEqual(maxQueryLength);
    expect(query.endsWith('referral')).toBe(true);
  });
});

describe('stripEndings', () => {
  it('removes the longest matching ending so prefix matching finds other forms', () => {
    expect(stripEndings('grāmatas', latvianEndings)).toBe('grāmat');
    expect(stripEndings('grāmatām', latvianEndings)).toBe('grāmat');
    expect(stripEndings('bērniem', latvianEndings)).toBe('bērn');
  });
  it('never cuts a word below four letters, and handles each word', () => {
    expect(stripEndings('upurus', latvianEndings)).toBe('upuru');
    expect(stripEndings('upurus', [...latvianEndings, 'us'])).toBe('upur');
    expect(stripEndings('kas ir', latvianEndings)).toBe('kas ir');
    expect(stripEndings('pašvaldības bērniem', latvianEndings)).toBe('pašvaldīb bērn');
  });
  it('leaves queries alone for languages Pagefind stems (no endings given)', () => {
    expect(stripEndings('indicators', [])).toBe('indicators');
  });
});

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('a <mark>local</mark> referral')).toEqual([
      { text: 'a ', marked: false },
      { text: 'local', marked: true },
      { text: ' referral', marked: false },
    ]);
  });
  it('decodes entities into text and drops any other markup', () => {
    expect(excerptParts('&lt;script&gt; &amp; <b>bold</b> &#39;x&#39;')).toEqual([{ text: "<script> & bold 'x'", marked: false }]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
  });
});

describe('toHit', () => {
  it('keeps the sections that link to a heading, up to the limit', () => {
    const hit = toHit(
      {
        url: '/lv/recognising-victims/',
        excerpt: 'x',
        meta: { title: 'Atpazīšana' },
        filters: { type: ['chapter'] },
        sub_results: [
          { title: 'Atpazīšana', url: '/lv/recognising-victims/', excerpt: 'page' },
          { title: 'Kas ir indikators', url: '/lv/recognising-victims/#what-is-an-indicator', excerpt: '<mark>indikators</mark>' },
          { title: 'A', url: '/lv/recognising-victims/#a', excerpt: '' },
          { title: 'B', url: '/lv/recognising-victims/#b', excerpt: '' },
          { title: 'C', url: '/lv/recognising-victims/#c', excerpt: '' },
        ],
      },
      3,
    );
    expect(hit.title).toBe('Atpazīšana');
    expect(hit.type).toBe('chapter');
    expect(hit.sections.map((s) => s.url)).toEqual([
      '/lv/recognising-victims/#what-is-an-indicator',
      '/lv/recognising-victims/#a',
      '/lv/recognising-victims/#b',
    ]);
    expect(hit.sections[0]!.excerpt).toEqual([{ text: 'indikators', marked: true }]);
  });
});

describe('resultUrl', () => {
  it('puts the base path in front', () => {
    expect(resultUrl('/lv/about/#x', '/')).toBe('/lv/about/#x');
    expect(resultUrl('/lv/about/', '/strom/')).toBe('/strom/lv/about/');
  });
  it('links to files in the offline bundle', () => {
    expect(resultUrl('/lv/about/#first-contact', '../../', true)).toBe('../../lv/about/index.html#first-contact');
    expect(resultUrl('/lv/', './', true)).toBe('./lv/index.html');
  });
});
