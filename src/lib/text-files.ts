/**
 * Reading content files as text. Every file in content/ is UTF-8: a file saved in
 * another encoding (Windows-1257, Latin-1) would otherwise turn its letters into
 * replacement characters without a word, so it is reported with the line of the
 * first byte that is not UTF-8. A byte-order mark, which Notepad adds, is dropped,
 * and Windows line endings are read as plain ones.
 */
import { readFileSync } from 'node:fs';

export type TextResult = { text: string; problem?: undefined } | { text?: undefined; problem: { line: number; message: string; hint: string } };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): TextResult {
  try {
    return { text: utf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { problem: { line: lineOfFirstInvalidByte(bytes), message: 'the file is not UTF-8 text', hint: 'save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8); letters like ā, ž or ö were saved in another encoding' } };
  }
}

export function readText(path: string): TextResult {
  return decodeText(readFileSync(path));
}

/** The line holding the first byte sequence that is not valid UTF-8. */
export function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return line;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return line;
    }
    if (byte === 0x0a) line++;
    i += length;
  }
  return line;
}
