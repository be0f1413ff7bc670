import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentDir, listDocumentFiles, readLanguageList, readSourceTermBase, readTermBase, valueOrThrow } from '../../src/lib/content-files.ts';
import { findPhrase, findTerm, isFormOf, termFinder, usesTerm, type TermPattern } from '../../src/lib/term-match.ts';
import { forbiddenProblems } from '../../src/lib/term-base.ts';

describe('isFormOf: words compared by a shared prefix', () => {
  it('accepts inflected forms within the language\'s number of changing letters', () => {
    expect(isFormOf('bāriņtiesai', 'bāriņtiesa', 'lv', 3)).toBe(true);
    expect(isFormOf('Jugendamtes', 'Jugendamt', 'de', 3)).toBe(true);
    expect(isFormOf('органы', 'орган', 'ru', 3)).toBe(true);
    expect(isFormOf('harkinta-ajan', 'harkinta-aika', 'fi', 5)).toBe(true);
  });

  it('rejects a different word, and never shortens a word below three letters', () => {
    expect(isFormOf('sociālais', 'bāriņtiesa', 'lv', 3)).toBe(false);
    expect(isFormOf('vicarious', 'victim', 'en', 1)).toBe(false);
    expect(isFormOf('NGOs', 'NGO', 'en', 1)).toBe(false);
    expect(isFormOf('ngo', 'NGO', 'en', 1)).toBe(true);
  });
});

describe('usesTerm', () => {
  it('needs every content word of the term in some form, in any order', () => {
    expect(usesTerm('iespējamo upuri', { term: 'iespējamais upuris' }, 'lv', 3)).toBe(true);
    expect(usesTerm('органом опеки и попечительства', { term: 'орган опеки и попечительства' }, 'ru', 3)).toBe(true);
    expect(usesTerm('службой защиты детей', { term: 'орган опеки и попечительства' }, 'ru', 3)).toBe(false);
  });

  it('accepts a listed form exactly as written', () => {
    // A stem rule cannot get from ребёнок to дети: the form is listed, and matched as written.
    const term = { term: 'ребёнок', forms: ['дети'] };
    expect(usesTerm('ребёнка', term, 'ru', 3)).toBe(true);
    expect(usesTerm('наши дети', term, 'ru', 3)).toBe(true);
    expect(usesTerm('детьми', term, 'ru', 3)).toBe(false);
  });
});

describe('findTerm and findPhrase', () => {
  it('finds runs of words that are forms of the term, for highlighting', () => {
    const text = 'Līdz tam cilvēks ir iespējamais upuris, un iespējamo upuri aizsargā.';
    const hits = findTerm(text, { term: 'iespējamais upuris' }, 'lv', 3).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(['iespējamais upuris', 'iespējamo upuri']);
  });

  it('lists forbidden variants line by line with their columns, never across a line break', () => {
    const variants = [
      { variant: 'bērnu tiesa', concept: 'orphans-court', term: 'bāriņtiesa' },
      { variant: 'tiesa', concept: 'court', term: 'tiesa' },
    ];
    const text = 'Tiesa un bērnu\ntiesa.\nŠī bērnu  tiesa, tā tiesa.';
    const found = forbiddenProblems(text, 'x.mdx', variants).map((p) => [p.line, p.column, p.message.split(' is ')[0]]);
    expect(found).toEqual([
      [1, 1, '"Tiesa"'],
      [2, 1, '"tiesa"'],
      [3, 4, '"bērnu  tiesa"'],
      [3, 11, '"tiesa"'],
      [3, 21, '"tiesa"'],
    ]);
  });

  it('matches a forbidden variant as whole words, ignoring case, across line-internal spaces', () => {
    expect(findPhrase('Call the Foreldreløsdomstoler now', 'foreldreløsdomstoler')).toHaveLength(1);
    expect(findPhrase('foreldreløsdomstolene', 'foreldreløsdomstoler')).toHaveLength(0);
    expect(findPhrase('служба  защиты детей', 'служба защиты детей')).toHaveLength(1);
    expect(findPhrase('(a.b) c', 'a.b')).toHaveLength(1);
  });
});

describe('termFinder: every term of a term base at once', () => {
  it('finds, term by term, what findTerm finds, on three chapters of every language with its term base', () => {
    const dir = contentDir();
    const languages = valueOrThrow(readLanguageList(dir));
    let hits = 0;
    for (const { code, inflectionLetters } of languages.languages) {
      const terms: TermPattern[] = (code === languages.source ? readSourceTermBase(dir, code) : readTermBase(dir, code))!.value!.map((e) => ({
        term: e.term,
        forms: 'forms' in e ? e.forms : undefined,
      }));
      const find = termFinder(terms, code, inflectionLetters);
      // Three chapters a language: findTerm, the reference, is slow (one pass per term).
      for (const file of listDocumentFiles(dir, 'chapters').filter((f) => f.lang === code).slice(0, 3)) {
        const text = readFileSync(file.path, 'utf8');
        const expected = terms.flatMap((term) => findTerm(text, term, code, inflectionLetters).map((hit) => ({ ...hit, pattern: term })));
        expect(find(text), `${code} ${file.path}`).toEqual(expected);
        hits += expected.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  }, 60_000);

  it('finds a term by its inflected forms and listed forms, and a term that follows another', () => {
    const terms = [{ term: 'Jugendamt', forms: ['Jugendämter'] }, { term: 'Opfer' }];
    const text = 'Die Jugendämter und das Jugendamtes helfen dem Opfer; Opfern auch.';
    const hits = termFinder(terms, 'de', 3)(text).map((h) => `${text.slice(h.start, h.end)}=${h.pattern.term}`);
    expect(hits).toEqual(['Jugendämter=Jugendamt', 'Jugendamtes=Jugendamt', 'Opfer=Opfer', 'Opfern=Opfer']);
  });
});
