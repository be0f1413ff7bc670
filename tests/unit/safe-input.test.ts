import { describe, expect, it } from 'vitest';
import { decodeText, lineOfFirstInvalidByte } from '../../src/lib/text-files.ts';
import { hasNoText, unsafeContent } from '../../src/lib/safe-content.ts';
import { parseMdx } from '../../src/lib/mdx-document.ts';
import { basePathProblem } from '../../src/lib/routes.ts';

const tree = (text: string) => parseMdx('x.mdx', text).tree!;

describe('reading content as UTF-8', () => {
  it('drops a byte-order mark and reads Windows line endings as plain ones', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\r\ntitle: Rīga\r\n---\r\n')]);
    expect(decodeText(bytes)).toEqual({ text: '---\ntitle: Rīga\n---\n' });
  });

  it('names the line of the first byte that is not UTF-8 (a Latin-1 "â" on line 3)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('one\ntwo ā\nLiep'), 0xe2, ...new TextEncoder().encode('ja\n')]);
    const result = decodeText(bytes);
    expect(result.problem?.line).toBe(3);
    expect(result.problem?.message).toBe('the file is not UTF-8 text');
    expect(lineOfFirstInvalidByte(new TextEncoder().encode('all fine\n'))).toBe(2);
  });
});

describe('content never runs code', () => {
  it('finds a <script> element, an on… attribute and a javascript: link, with their lines', () => {
    const problems = unsafeContent(tree('Text.\n\n<script>alert(1)</script>\n\n<Checklist onClick="x">\n\n- a\n\n</Checklist>\n\n[go](javascript:alert(1))\n'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'a <script> element in content'],
      [5, 'an event-handler attribute onClick="…" on <Checklist>'],
      [11, 'a javascript: link ("javascript:alert(1)")'],
    ]);
  });

  it('accepts web, mail and phone links and relative ones', () => {
    expect(unsafeContent(tree('[a](https://example.org) [b](mailto:x@example.org) [c](tel:+37112345678) [d](../about/#x)\n'))).toEqual([]);
  });

  it('knows a document with no text from one with text', () => {
    expect(hasNoText(tree('---\ntitle: x\n---\n\n'))).toBe(true);
    expect(hasNoText(tree('---\ntitle: x\n---\n\nA word.\n'))).toBe(false);
  });
});

describe('BASE_PATH', () => {
  it.each([undefined, '', '/', '/strom/', '/strom', '/a/b-c/'])('accepts %j', (value) => {
    expect(basePathProblem(value)).toBeUndefined();
  });

  it('refuses a path without its leading slash, and suggests the right one', () => {
    expect(basePathProblem('strom/')).toEqual({ message: 'BASE_PATH "strom/" does not start with "/"', hint: 'write it as a path from the host\'s root, e.g. BASE_PATH=/strom/' });
  });

  it.each(['/strom guide/', '/../etc/', '/a?b'])('refuses %j', (value) => {
    expect(basePathProblem(value)?.message).toMatch(/not a plain path/);
  });
});
