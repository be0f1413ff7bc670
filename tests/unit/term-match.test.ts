import { describe, expect, it } from 'vitest';
import { findPhrase, findTerm, isFormOf, usesTerm } from '../../src/lib/term-match.ts';

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

  it('matches a forbidden variant as whole words, ignoring case, across line-internal spaces', () => {
    expect(findPhrase('Call the Foreldreløsdomstoler now', 'foreldreløsdomstoler')).toHaveLength(1);
    expect(findPhrase('foreldreløsdomstolene', 'foreldreløsdomstoler')).toHaveLength(0);
    expect(findPhrase('служба  защиты детей', 'служба защиты детей')).toHaveLength(1);
    expect(findPhrase('(a.b) c', 'a.b')).toHaveLength(1);
  });
});
