import { describe, expect, it } from 'vitest';
import { helplineTextProblems, localHelpline } from '../../src/lib/helpline-texts.ts';
import type { Helpline } from '../../src/lib/schemas.ts';

const childLine: Helpline = {
  id: 'lv-116111',
  country: 'LV',
  organisation: "State Inspectorate for Protection of Children's Rights",
  service: '116 111, helpline for children and young people (EU-wide number); since 1 February 2006',
  number: '116 111',
  hours: '24/7',
  source: { title: 'Children’s helpline' },
  recorded: '2026-12-01',
};

describe('a helpline in the reader’s language', () => {
  it('shows the translated texts in that language and keeps the English name where none is given', () => {
    const local = localHelpline(childLine, { id: 'lv-116111', sourceVersion: 1, service: '116 111, uzticības tālrunis bērniem un pusaudžiem; kopš 2006. gada 1. februāra', hours: '24/7' }, 'lv', 'en');
    expect(local.service).toEqual({ text: '116 111, uzticības tālrunis bērniem un pusaudžiem; kopš 2006. gada 1. februāra', lang: 'lv' });
    expect(local.organisation).toEqual({ text: childLine.organisation, lang: 'en' });
    expect(local.hours).toEqual({ text: '24/7', lang: 'lv' });
    expect(local.outdated).toBe(false);
  });

  it('falls back to the English texts when the translation is outdated, so no stale hours reach a caller', () => {
    const local = localHelpline({ ...childLine, version: 2 }, { id: 'lv-116111', sourceVersion: 1, service: 'vecs teksts' }, 'lv', 'en');
    expect(local.outdated).toBe(true);
    expect(local.service).toEqual({ text: childLine.service, lang: 'en' });
  });

  it('shows the English texts where there is no translation', () => {
    expect(localHelpline(childLine, undefined, 'lv', 'en').service.lang).toBe('en');
  });
});

describe('helpline text problems', () => {
  const yaml = '- id: lv-116111\n  sourceVersion: 1\n  service: x\n- id: lv-nowhere\n  sourceVersion: 1\n  service: y\n';

  it('names unknown ids with their line', () => {
    const problems = helplineTextProblems('content/helplines/lv.yaml', yaml, [{ id: 'lv-116111', sourceVersion: 1, service: '116 111, kopš 2006. gada 1. februāra' }, { id: 'lv-nowhere', sourceVersion: 1, service: 'y' }], [childLine]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, message: 'helpline "lv-nowhere" is not in content/helplines.yaml' })]);
  });

  it('catches a retyped number or date and hours the English entry does not have', () => {
    const problems = helplineTextProblems('f', yaml, [{ id: 'lv-116111', sourceVersion: 1, service: '116 11, kopš 2006. gada 1. februāra', hours: 'visu diennakti' }], [{ ...childLine, hours: undefined }]);
    expect(problems.map((p) => p.message)).toEqual([
      'helpline "lv-116111" has no hours in content/helplines.yaml',
      'the service of helpline "lv-116111" has the numbers 1 11 116 2006; the English has 1 111 116 2006',
    ]);
    expect(problems[1]!.line).toBe(1);
  });

  it('reports an id given twice', () => {
    const text = { id: 'lv-116111', sourceVersion: 1, service: '116 111, 1. 2006' };
    expect(helplineTextProblems('f', yaml, [text, text], [childLine]).map((p) => p.message)).toEqual(['helpline "lv-116111" appears twice']);
  });
});
