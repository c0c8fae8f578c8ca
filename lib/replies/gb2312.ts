/**
 * GB2312's level-1 characters (rows 16–55: the 3,755 in common use), in code order, which is the order of their
 * readings: the pinyin table (pinyin.ts, scripts/pinyin/table.ts) stores runs over this list instead of the characters.
 * Read through the GB2312 decoder every browser and Node have (TextDecoder); throws where there is none.
 */
export function gb2312Level1(): string[] {
  // Rows 0xB0–0xD7, cells 0xA1–0xFE, decoded in one call; the last row's 5 unassigned cells are not Han characters.
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
  return Array.from(new TextDecoder('gb2312').decode(new Uint8Array(bytes))).filter((ch) => /^[\u4e00-\u9fff]$/.test(ch));
}
