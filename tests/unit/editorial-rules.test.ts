import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { editorialProblems, minChapterWords, wordCount } from '../../src/lib/editorial-rules.ts';
import { parseMdx } from '../../src/lib/mdx-document.ts';

const tree = (body: string) => parseMdx('x.mdx', `---\ntitle: x\n---\n\n${body}`).tree as Root;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const complete = `<KeyPoints>\n\n- one\n\n</KeyPoints>\n\n<Checklist>\n\n- two\n\n</Checklist>\n\n<ForTrainers>\n\n- three\n\n</ForTrainers>\n\n${words(minChapterWords)}`;
const messages = (body: string, sources: unknown[] = [{ id: 's' }], kind: 'chapters' | 'models' = 'chapters') =>
  editorialProblems({ kind, tree: tree(body), sources }).map((p) => p.message);

describe('wordCount', () => {
  it('counts words of the text, in any script, not frontmatter, IDs or attributes', () => {
    expect(wordCount(tree('## Pirmā stunda {/* #first-hour */}\n\n<Checklist title="Not counted">\n\n- Признаки торговли людьми.\n\n</Checklist>\n\nIt’s a well-known 2024 rule.'))).toBe(2 + 3 + 5);
  });
});

describe('editorialProblems', () => {
  it('accepts a complete chapter', () => {
    expect(messages(complete)).toEqual([]);
  });
  it('names each missing part of a chapter', () => {
    expect(messages(complete.replace(/<KeyPoints>[\s\S]*?<\/KeyPoints>/, ''))).toEqual(['no <KeyPoints>']);
    expect(messages(complete.replace(/<Checklist>[\s\S]*?<\/Checklist>/, ''))).toEqual(['no <Checklist> or <Procedure>']);
    expect(messages(complete.replace('<Checklist>', '<Procedure>').replace('</Checklist>', '</Procedure>'))).toEqual([]);
    expect(messages(complete.replace(/<ForTrainers>[\s\S]*?<\/ForTrainers>/, ''))).toEqual(['no <ForTrainers> block']);
    expect(messages(complete.replace(words(minChapterWords), words(500)))[0]).toMatch(/^only 50\d words$/);
    expect(messages(complete, [])).toEqual(['no sources']);
  });
  it('asks a model only for its sources', () => {
    expect(messages('Short text.', [{ id: 's' }], 'models')).toEqual([]);
    expect(messages('Short text.', [], 'models')).toEqual(['no sources']);
  });
});
