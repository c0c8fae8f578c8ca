import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const CSV = '标题,内容,快捷编码\n退货地址,亲，请把商品寄回：杭州市余杭区,thdz\n';
// The same CSV as Excel on a Chinese Windows saves it (GBK), byte by byte.
const CSV_GBK = hex(
  'b1eacce22cc4dac8dd2cbfecbdddb1e0c2eb0a' + // 标题,内容,快捷编码\n
  'cdcbbbf5b5d8d6b72cc7d7a3acc7ebb0d1c9ccc6b7bcc4bbd8a3bababcd6ddcad0d3e0babcc7f82c7468647a0a', // 退货地址,亲，请把商品寄回：杭州市余杭区,thdz\n
);
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) (be[i] = le[i + 1]), (be[i + 1] = le[i]);
  return Uint8Array.from([0xfe, 0xff, ...be]);
};

describe('decodeText', () => {
  it('reads a CSV Excel saved in GBK as the Chinese text it is, not mojibake', () => {
    expect(decodeText(CSV_GBK)).toEqual({ ok: true, text: CSV, encoding: 'gb18030', bom: false });
    // What the old import did with these bytes (file.text() = UTF-8): replacement characters.
    expect(new TextDecoder().decode(CSV_GBK)).toContain('\uFFFD');
  });

  it('reads the four-byte sequences of GB18030 (beyond GBK)', () => {
    expect(decodeText(hex('9439fc36'))).toMatchObject({ ok: true, text: '😀', encoding: 'gb18030' });
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 LE/BE with a BOM, without the BOM in the text', () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(decodeText(utf8)).toEqual({ ok: true, text: CSV, encoding: 'utf-8', bom: false });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: CSV, encoding: 'utf-8', bom: true });
    expect(decodeText(utf16le(CSV))).toEqual({ ok: true, text: CSV, encoding: 'utf-16le', bom: true });
    expect(decodeText(utf16be(CSV))).toEqual({ ok: true, text: CSV, encoding: 'utf-16be', bom: true });
    expect(decodeText(utf16le('😀 ok').buffer)).toMatchObject({ ok: true, text: '😀 ok' });
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: '', encoding: 'utf-8' });
  });

  it.each([
    ['bytes no encoding reads', Uint8Array.from([0x61, 0x62, 0xff, 0x63])],
    ['a GBK file cut inside a character', CSV_GBK.subarray(0, 1)],
    ['a UTF-8 BOM before bytes that are not UTF-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...CSV_GBK])],
    ['UTF-8 holding replacement characters', new TextEncoder().encode('标题\uFFFD\uFFFD')],
    ['UTF-16 without a BOM', Buffer.from('title,body', 'utf16le')],
    ['a UTF-16 BOM before an odd byte count', Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62])],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeText(bytes)).toMatchObject({ ok: false, reason: 'undecodable' });
  });
});
