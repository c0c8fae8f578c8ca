/**
 * Bytes of a text file → text, for files the agent brings in (CSV/TSV or JSON script packs, CLI input).
 * Pure: no browser API. Excel on a Chinese Windows saves CSV in GBK, its "Unicode text" in UTF-16 with
 * a BOM, and "CSV UTF-8" with a BOM; other tools write UTF-8 without one. So: a BOM decides (UTF-8,
 * UTF-16 LE/BE); without one, valid UTF-8 is UTF-8, and anything else is read as GB18030 (a superset
 * of GBK and GB2312). A result that still holds U+FFFD (bytes no decoder could read) or NUL (UTF-16
 * without a BOM) is refused rather than imported as mojibake.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean }
  | { ok: false; reason: 'undecodable'; encoding: TextEncoding };

// U+FFFD: bytes the encoding could not read; NUL: UTF-16 without a BOM read as UTF-8 (no text file holds it).
const UNREADABLE = /[\uFFFD\u0000]/;

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    // fatal: a byte sequence the encoding cannot hold throws instead of becoming U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a text file's bytes (see the file comment); never throws. */
export function decodeText(input: Uint8Array | ArrayBuffer): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  let encoding: TextEncoding;
  let bom = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) (encoding = 'utf-8'), (bom = 3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = 'utf-16le'), (bom = 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = 'utf-16be'), (bom = 2);
  else encoding = tryDecode('utf-8', bytes) !== undefined ? 'utf-8' : 'gb18030';
  const text = tryDecode(encoding, bytes.subarray(bom));
  if (text === undefined || UNREADABLE.test(text)) return { ok: false, reason: 'undecodable', encoding };
  return { ok: true, text, encoding, bom: bom > 0 };
}
