// The store zip's Zopfli pass (scripts/store-zip.ts) keeps every file byte for byte, checked by a zip
// reader that is not ours (JSZip, which WXT zips with).
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readZip, recompress } from './store-zip';

const script = Buffer.from(Array.from({ length: 400 }, (_, i) => `export const reply${i} = '亲，您的订单 ${i % 7} 已发货，请留意物流';\n`).join(''));
const icon = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256));

async function storeZip(): Promise<Buffer> {
  const z = new JSZip();
  z.folder('chunks');
  z.file('chunks/replies.js', script);
  z.file('icon.png', icon, { compression: 'STORE' });
  z.file('empty.txt', '');
  return Buffer.from(await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

describe('store zip recompression', () => {
  it('keeps names, order and bytes of every file and comes out no larger, without the folders\' own entries', async () => {
    const zip = await storeZip();
    const out = await recompress(zip, 5);
    expect(out.length).toBeLessThanOrEqual(zip.length);
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(['chunks/replies.js', 'icon.png', 'empty.txt']);
    expect(Buffer.from(await back.file('chunks/replies.js')!.async('uint8array')).equals(script)).toBe(true);
    expect(Buffer.from(await back.file('icon.png')!.async('uint8array')).equals(icon)).toBe(true);
    expect(await back.file('empty.txt')!.async('string')).toBe('');
    expect(readZip(out).map((e) => [e.name, e.data.length])).toEqual([['chunks/replies.js', script.length], ['icon.png', icon.length], ['empty.txt', 0]]);
    expect(readZip(zip).map((e) => e.name)).toContain('chunks/');
  });

  it('refuses a zip whose data no longer matches its CRC', async () => {
    const zip = await storeZip();
    // Flip one byte inside the stored icon's data.
    const at = zip.indexOf(icon.subarray(0, 16));
    expect(at).toBeGreaterThan(0);
    zip[at + 5] ^= 0xff;
    expect(() => readZip(zip)).toThrow(/icon\.png does not match/);
    await expect(recompress(zip, 1)).rejects.toThrow(/icon\.png does not match/);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip/);
  });
});
