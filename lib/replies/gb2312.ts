/**
 * GB2312's level-1 characters (rows 16–55: the 3,755 in common use), in code order, which is the order of their
 * readings: the pinyin table (pinyin.ts, scripts/pinyin/table.ts) stores runs over this list instead of the characters.
 * Read through the GB2312 decoder every browser and Node have (TextDecoder); throws where there is none.
 */
export function gb2312Level1(): string[] {
  const d = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const ch = d.decode(new Uint8Array([hi, lo]));
    if (/^[\u4e00-\u9fff]$/.test(ch)) out.push(ch);
  }
  return out;
}
