import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { EntryCache, ZipWriter } from '../../src/build/zip-entries.ts';

const bytes = (text: string) => Buffer.from(text);
const page = (switcher: string) => [bytes('<head><title>Kapitel</title></head><header>'), bytes(switcher), bytes(`</header><main>${'Ein Absatz über Hilfe. '.repeat(200)}</main>`)];

describe('EntryCache', () => {
  it('deflates parts that join into one stream of the whole file, with its CRC-32 and size', () => {
    const parts = page('<ul><li>Deutsch</li><li>English</li></ul>');
    const whole = Buffer.concat(parts);
    const entry = new EntryCache().get(parts);
    expect(inflateRawSync(Buffer.concat(entry.chunks)).equals(whole)).toBe(true);
    expect(entry.crc).toBe(crc32(whole) >>> 0);
    expect(entry.size).toBe(whole.length);
  });

  it('compresses a part once for every file that shares it, until cleared', () => {
    const cache = new EntryCache();
    cache.get(page('<ul><li>Deutsch</li><li>English</li></ul>'));
    const second = cache.get(page('<ul><li>Deutsch</li></ul>'));
    expect([cache.misses, cache.hits]).toEqual([4, 2]);
    expect(inflateRawSync(Buffer.concat(second.chunks)).toString()).toContain('<header><ul><li>Deutsch</li></ul></header>');
    cache.clear();
    cache.get(page('<ul><li>Deutsch</li></ul>'));
    expect(cache.misses).toBe(7);
  });
});

describe('ZipWriter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strom-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes entries made of parts that any unzip reads back whole', () => {
    const path = join(dir, 'a.zip');
    const zip = new ZipWriter(openSync(path, 'w'), new Date('2026-12-01T00:00:00Z'));
    const cache = new EntryCache();
    zip.add('b/de.html', cache.get(page('<ul><li>Deutsch</li></ul>')));
    zip.add('b/empty.txt', cache.get([bytes('')]));
    const { bytes: size } = zip.end();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files)).toEqual(['b/de.html', 'b/empty.txt']);
    expect(Buffer.from(files['b/de.html']!).equals(Buffer.concat(page('<ul><li>Deutsch</li></ul>')))).toBe(true);
    expect(files['b/empty.txt']!.length).toBe(0);
    expect(readFileSync(path).length).toBe(size);
  });
});
