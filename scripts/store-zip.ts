/**
 * The store zip, compressed harder: WXT writes it with JSZip (zlib level 9); this rewrites each entry's
 * deflate stream with Zopfli (@gfx/zopfli, the reference Zopfli compiled to WebAssembly), which any unzip
 * reads as plain deflate. Same files, same names, dates and order; only the compressed bytes change.
 * Measured on the zip of session 39: 299,986 → 286,023 B (−4.7 %), 8.5 s at build time (15 iterations). Session 50: no limit
 * on the blocks a stream is split into (Zopfli's default is 15) and 100 iterations: 299,954 → 299,392 B (15 iterations
 * unlimited: 299,540; 60: 299,432), `wxt zip` 20 → 30 s. Session 54: 300 iterations, 299,895 → 299,824 B (1,000: 299,771 B
 * but 107 s a zip), `wxt zip` about 13 s longer.
 *
 * Session 55: the folders' own entries (`c/`, `icon/`, `_locales/en/` …) are left out: a zip needs none, as every
 * reader makes a file's folders itself (Chromium's unpacker: third_party/zlib/google/zip_reader.cc,
 * FilePathWriterDelegate::PrepareOutput, "We can't rely on parent directory entries being specified in the zip, so we
 * make sure they are created"; Firefox reads an add-on from its zip and makes up the folders it lacks), and each cost 76 B
 * and its name twice: 299,895 → 299,429 B (five folders). Firefox installs the demo build's zip so made in `npm test`.
 *
 * Run by wxt.config.ts's `zip:extension:done` hook, so `wxt zip` and `npm run zip` give the smaller zip.
 * The zip is read and written here rather than with JSZip (a WXT dependency, not ours): JSZip compresses
 * with pako only, and a zip of stored or deflated entries is a few headers around the data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 3: sizes and CRC follow the data (not written here: they are in the headers). */
const DATA_DESCRIPTOR = 0x0008;

export interface ZipEntry {
  name: string;
  data: Buffer;
}

interface Central {
  header: Buffer;
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localAt: number;
}

function endRecord(zip: Buffer): number {
  // The end record is the last thing in the file, after a comment of at most 65,535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new Error('not a zip: no end of central directory');
}

function centralEntries(zip: Buffer): Central[] {
  const end = endRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Central[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`zip: bad central directory entry ${i}`);
    const nameLen = zip.readUInt16LE(at + 28);
    const len = 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const header = Buffer.from(zip.subarray(at, at + len));
    out.push({
      header,
      name: header.toString('utf8', 46, 46 + nameLen),
      method: header.readUInt16LE(10),
      crc: header.readUInt32LE(16),
      compressed: header.readUInt32LE(20),
      size: header.readUInt32LE(24),
      localAt: header.readUInt32LE(42),
    });
    at += len;
  }
  return out;
}

function localHeader(zip: Buffer, c: Central): { header: Buffer; dataAt: number } {
  const at = c.localAt;
  if (zip.readUInt32LE(at) !== LOCAL) throw new Error(`zip: bad local header for ${c.name}`);
  const len = 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return { header: Buffer.from(zip.subarray(at, at + len)), dataAt: at + len };
}

/** One entry's data, uncompressed and checked against its CRC and size. */
function entryData(zip: Buffer, c: Central, dataAt: number): Buffer {
  const raw = zip.subarray(dataAt, dataAt + c.compressed);
  if (c.method !== STORED && c.method !== DEFLATED) throw new Error(`zip: ${c.name} uses compression method ${c.method}`);
  const data = c.method === DEFLATED ? inflateRawSync(raw) : Buffer.from(raw);
  if (data.length !== c.size || crc32(data) !== c.crc) throw new Error(`zip: ${c.name} does not match its CRC or size`);
  return data;
}

/** The entries of a zip of stored or deflated files (directories have empty data), CRC-checked. */
export function readZip(zip: Buffer): ZipEntry[] {
  return centralEntries(zip).map((c) => ({ name: c.name, data: entryData(zip, c, localHeader(zip, c).dataAt) }));
}

/** A folder's own entry: a name ending in "/" and no data. */
const isFolder = (name: string, size: number) => name.endsWith('/') && size === 0;

/**
 * The zip with every file's data compressed by Zopfli (stored when that is smaller), headers otherwise kept; the folders'
 * own entries left out (see the file comment).
 */
export async function recompress(zip: Buffer, numiterations = 300): Promise<Buffer> {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const c of centralEntries(zip)) {
    if (isFolder(c.name, c.size)) continue;
    const { header, dataAt } = localHeader(zip, c);
    const data = entryData(zip, c, dataAt);
    const packed = data.length ? Buffer.from(await deflateAsync(data, { numiterations, blocksplittingmax: 0 })) : Buffer.alloc(0);
    const [method, body] = packed.length < data.length ? [DEFLATED, packed] : [STORED, data];
    for (const [h, flagsAt, methodAt, sizeAt] of [[header, 6, 8, 18], [c.header, 8, 10, 20]] as const) {
      h.writeUInt16LE(h.readUInt16LE(flagsAt) & ~DATA_DESCRIPTOR, flagsAt);
      h.writeUInt16LE(method, methodAt);
      h.writeUInt32LE(body.length, sizeAt);
    }
    // (CRC and size stay: the data is the same.) Local headers with a data descriptor carry zeros there.
    header.writeUInt32LE(c.crc, 14);
    header.writeUInt32LE(c.size, 22);
    c.header.writeUInt32LE(offset, 42);
    parts.push(header, body);
    centrals.push(c.header);
    offset += header.length + body.length;
  }
  const zipEnd = zip.subarray(endRecord(zip));
  const end = Buffer.from(zipEnd);
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

/** Rewrites the zip at `path` in place; returns its sizes before and after. */
export async function recompressFile(path: string): Promise<{ before: number; after: number }> {
  const zip = readFileSync(path);
  const out = await recompress(zip);
  // Never ship a zip that does not read back to the same files.
  const a = readZip(zip).filter((e) => !isFolder(e.name, e.data.length));
  const b = readZip(out);
  if (a.length !== b.length || a.some((e, i) => e.name !== b[i].name || !e.data.equals(b[i].data))) throw new Error('zip: recompressed zip differs from the original');
  writeFileSync(path, out);
  return { before: zip.length, after: out.length };
}
