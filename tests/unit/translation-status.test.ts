import { describe, expect, it } from 'vitest';
import {
  byLanguage,
  documentsFor,
  resolveDocument,
  statusSummary,
  statusTable,
  translationStatus,
  type VersionedDocument,
} from '../../src/lib/translation-status.ts';

interface Doc extends VersionedDocument {
  title: string;
  order: number;
}

const en = (title: string, order: number, version?: number): Doc => ({ title, order, version });
const tr = (title: string, order: number, sourceVersion: number, review: 'machine-draft' | 'draft' | 'reviewed'): Doc => ({
  title,
  order,
  translation: { sourceVersion, review },
});

describe('translationStatus', () => {
  const source = en('About', 1, 3);

  it('marks the source language as source, whatever else is passed', () => {
    expect(translationStatus('en', 'en', source, undefined)).toEqual({ status: 'source' });
    expect(translationStatus('en', 'en', source, tr('x', 1, 1, 'draft'))).toEqual({ status: 'source' });
  });

  it('is missing without a translation, or without its translation block', () => {
    expect(translationStatus('lv', 'en', source, undefined)).toEqual({ status: 'missing' });
    expect(translationStatus('lv', 'en', source, en('Par', 1))).toEqual({ status: 'missing' });
  });

  it('is translated when made from the current version, and carries the review state', () => {
    expect(translationStatus('lv', 'en', source, tr('Par', 1, 3, 'reviewed'))).toEqual({ status: 'translated', review: 'reviewed' });
    expect(translationStatus('lv', 'en', source, tr('Par', 1, 3, 'machine-draft'))).toEqual({ status: 'translated', review: 'machine-draft' });
  });

  it('is outdated when made from an older version, and still carries the review state', () => {
    expect(translationStatus('lv', 'en', source, tr('Par', 1, 2, 'draft'))).toEqual({ status: 'outdated', review: 'draft' });
    expect(translationStatus('lv', 'en', source, tr('Par', 1, 1, 'reviewed'))).toEqual({ status: 'outdated', review: 'reviewed' });
  });

  it('treats a source without a version as version 1', () => {
    expect(translationStatus('lv', 'en', en('About', 1), tr('Par', 1, 1, 'draft')).status).toBe('translated');
    expect(translationStatus('lv', 'en', en('About', 1, 2), tr('Par', 1, 1, 'draft')).status).toBe('outdated');
  });
});

describe('resolveDocument', () => {
  const source = en('About', 1, 2);

  it('shows the source text to source-language readers, not as a fallback', () => {
    expect(resolveDocument('en', 'en', source, undefined)).toEqual({ doc: source, contentLang: 'en', isFallback: false, status: { status: 'source' } });
  });

  it('falls back to the source text, in the source language, when the translation is missing', () => {
    const resolved = resolveDocument('lv', 'en', source, undefined);
    expect(resolved.doc).toBe(source);
    expect(resolved.contentLang).toBe('en');
    expect(resolved.isFallback).toBe(true);
    expect(resolved.status).toEqual({ status: 'missing' });
  });

  it('shows the translation, even an outdated one, in its own language', () => {
    const current = tr('Par', 1, 2, 'reviewed');
    expect(resolveDocument('lv', 'en', source, current)).toEqual({ doc: current, contentLang: 'lv', isFallback: false, status: { status: 'translated', review: 'reviewed' } });
    const old = tr('Par', 1, 1, 'machine-draft');
    const resolved = resolveDocument('lv', 'en', source, old);
    expect(resolved.doc).toBe(old);
    expect(resolved.contentLang).toBe('lv');
    expect(resolved.isFallback).toBe(false);
    expect(resolved.status).toEqual({ status: 'outdated', review: 'machine-draft' });
  });
});

describe('tables over many documents', () => {
  // Entries deliberately out of reading order.
  const documents = byLanguage<Doc>([
    { lang: 'en', id: 'tools', doc: en('Tools', 3, 1) },
    { lang: 'en', id: 'about', doc: en('About', 1, 2) },
    { lang: 'en', id: 'mapping', doc: en('Mapping', 2, 1) },
    { lang: 'lv', id: 'about', doc: tr('Par', 1, 1, 'draft') },
    { lang: 'lv', id: 'mapping', doc: tr('Kartēšana', 2, 1, 'reviewed') },
    { lang: 'de', id: 'tools', doc: tr('Werkzeuge', 3, 1, 'machine-draft') },
  ]);
  const codes = ['en', 'lv', 'de', 'ru'];

  it('byLanguage groups language → ID → document', () => {
    expect([...documents.keys()]).toEqual(['en', 'lv', 'de']);
    expect([...documents.get('en')!.keys()]).toEqual(['tools', 'about', 'mapping']);
    expect(documents.get('lv')!.get('mapping')!.title).toBe('Kartēšana');
  });

  it('statusTable has one row per source document in `order`, one cell per language in list order', () => {
    const rows = statusTable(codes, 'en', documents);
    expect(rows.map((r) => [r.id, r.title])).toEqual([
      ['about', 'About'],
      ['mapping', 'Mapping'],
      ['tools', 'Tools'],
    ]);
    expect(rows[0]!.cells).toEqual([
      { lang: 'en', status: { status: 'source' } },
      { lang: 'lv', status: { status: 'outdated', review: 'draft' } },
      { lang: 'de', status: { status: 'missing' } },
      { lang: 'ru', status: { status: 'missing' } },
    ]);
    expect(rows[1]!.cells.map((c) => c.status.status)).toEqual(['source', 'translated', 'missing', 'missing']);
    expect(rows[2]!.cells.map((c) => c.status)).toEqual([
      { status: 'source' },
      { status: 'missing' },
      { status: 'translated', review: 'machine-draft' },
      { status: 'missing' },
    ]);
  });

  it('statusTable is empty without source documents', () => {
    expect(statusTable(codes, 'fi', documents)).toEqual([]);
  });

  it('statusSummary counts one language column', () => {
    const rows = statusTable(codes, 'en', documents);
    expect(statusSummary(rows, 'en')).toEqual({ source: 3, translated: 0, outdated: 0, missing: 0 });
    expect(statusSummary(rows, 'lv')).toEqual({ source: 0, translated: 1, outdated: 1, missing: 1 });
    expect(statusSummary(rows, 'de')).toEqual({ source: 0, translated: 1, outdated: 0, missing: 2 });
    expect(statusSummary(rows, 'ru')).toEqual({ source: 0, translated: 0, outdated: 0, missing: 3 });
    expect(statusSummary(rows, 'xx')).toEqual({ source: 0, translated: 0, outdated: 0, missing: 0 });
  });

  it('documentsFor gives every source document in `order`, translated where possible', () => {
    const lv = documentsFor('lv', 'en', documents);
    expect(lv.map((d) => [d.id, d.lang, d.doc.title, d.contentLang, d.isFallback, d.status.status])).toEqual([
      ['about', 'lv', 'Par', 'lv', false, 'outdated'],
      ['mapping', 'lv', 'Kartēšana', 'lv', false, 'translated'],
      ['tools', 'lv', 'Tools', 'en', true, 'missing'],
    ]);
    const ru = documentsFor('ru', 'en', documents);
    expect(ru.map((d) => d.id)).toEqual(['about', 'mapping', 'tools']);
    expect(ru.every((d) => d.isFallback && d.contentLang === 'en' && d.lang === 'ru')).toBe(true);
    const english = documentsFor('en', 'en', documents);
    expect(english.map((d) => [d.doc.title, d.isFallback])).toEqual([
      ['About', false],
      ['Mapping', false],
      ['Tools', false],
    ]);
  });

  it('documentsFor ignores translations without a source document', () => {
    const extra = byLanguage<Doc>([
      { lang: 'en', id: 'about', doc: en('About', 1, 1) },
      { lang: 'lv', id: 'orphan', doc: tr('Bārenis', 0, 1, 'draft') },
    ]);
    expect(documentsFor('lv', 'en', extra).map((d) => d.id)).toEqual(['about']);
  });
});
