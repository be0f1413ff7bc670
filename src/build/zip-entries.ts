/**
 * Zip entries compressed once and reused by every zip that holds the same bytes
 * (zip entries are independent of each other), written with fflate's streaming
 * Zip to a file as they come, in the order given, with a fixed date: the same
 * files give the same zip, byte for byte.
 *
 * An entry may be given in parts, each deflated on its own and cached by its bytes.
 * Every part but the last ends with a full flush: its deflate blocks end on a byte
 * boundary and nothing after it refers back into it, so the parts' deflated bytes
 * joined are one valid deflate stream of the whole. A page that differs between
 * bundles only in its language switcher is then deflated once, apart from the switcher.
 */
import { createHash } from 'node:crypto';
import { closeSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/** A zip entry's data, deflated, with the CRC-32 and size of the bytes it unpacks to. */
export interface CompressedEntry {
  crc: number;
  size: number;
  chunks: Uint8Array<ArrayBuffer>[];
}

/** Deflated parts by their bytes, for the bundles that take the same file: cleared after each file. */
export class EntryCache {
  private readonly byContent = new Map<string, Uint8Array<ArrayBuffer>>();
  hits = 0;
  misses = 0;

  /** The deflated entry for these parts, each compressed on first use. */
  get(parts: readonly Uint8Array[]): CompressedEntry {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let crc = 0;
    let size = 0;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      if (part.length === 0 && !last) return;
      crc = crc32(part, crc);
      size += part.length;
      const key = `${last ? 'end' : 'flush'}:${createHash('sha1').update(part).digest('base64')}`;
      let data = this.byContent.get(key);
      if (data) this.hits++;
      else {
        this.misses++;
        data = deflateRawSync(part, { level: 6, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
        this.byContent.set(key, data);
      }
      chunks.push(data);
    });
    return { crc: crc >>> 0, size, chunks };
  }

  clear(): void {
    this.byContent.clear();
  }
}

const keepNothing = () => {};

/** A zip written to an open file as entries are added; `end` gives its size and SHA-256. */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly fd: number;
  private readonly mtime: Date;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(fd: number, mtime: Date) {
    this.fd = fd;
    this.mtime = mtime;
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else if (chunk.length) {
        writeSync(fd, chunk);
        this.hash.update(chunk);
        this.bytes += chunk.length;
      }
    });
  }

  add(name: string, entry: CompressedEntry): void {
    // A custom entry: fflate writes its headers around the data we hand it. fflate
    // keeps the entry object (and `terminate`) until the zip ends: neither may hold on
    // to the data, or every compressed entry stays in memory.
    const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc, compression: 8, mtime: this.mtime, terminate: keepNothing };
    this.zip.add(file);
    const { chunks } = entry;
    for (let i = 0; i < chunks.length; i++) file.ondata!(null, chunks[i]!, i === chunks.length - 1);
    if (this.failure) throw this.failure;
  }

  end(): { bytes: number; sha256: string } {
    this.zip.end();
    this.close();
    if (this.failure) throw this.failure;
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  close(): void {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
  }
}
