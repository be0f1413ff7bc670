/**
 * Zip entries compressed once and reused by every zip that holds the same bytes
 * (zip entries are independent of each other), written with fflate's streaming
 * Zip to a file as they come, in the order given, with a fixed date: the same
 * files give the same zip, byte for byte.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

interface Compressed {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

export class EntryCache {
  private readonly byContent = new Map<string, Compressed>();
  hits = 0;
  misses = 0;

  /** The deflated entry for these bytes, compressed on first use. */
  get(bytes: Uint8Array): Compressed {
    const key = createHash('sha1').update(bytes).digest('base64');
    let entry = this.byContent.get(key);
    if (entry) this.hits++;
    else {
      this.misses++;
      entry = { crc: crc32(bytes) >>> 0, size: bytes.length, data: deflateRawSync(bytes, { level: 6 }) };
      this.byContent.set(key, entry);
    }
    return entry;
  }
}

/** Writes a zip of `files` (name → bytes, in that order) to `path`; returns its size and SHA-256. */
export function writeZip(path: string, files: Iterable<[string, Uint8Array]>, mtime: Date, cache: EntryCache): { bytes: number; sha256: string } {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  let failure: Error | null = null;
  try {
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else if (chunk.length) {
        writeSync(fd, chunk);
        hash.update(chunk);
        bytes += chunk.length;
      }
    });
    for (const [name, content] of files) {
      const entry = cache.get(content);
      // A custom entry: fflate writes its headers around the data we hand it.
      const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc, compression: 8, mtime, terminate() {} };
      zip.add(file);
      file.ondata!(null, entry.data, true);
    }
    zip.end();
  } finally {
    closeSync(fd);
  }
  if (failure) throw failure;
  return { bytes, sha256: hash.digest('hex') };
}
