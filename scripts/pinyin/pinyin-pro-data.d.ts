// pinyin-pro's word dictionaries (read by scripts/pinyin/table.ts at build time only).
declare module 'pinyin-pro/dist/esm/data/dict2.mjs' {
  const DICT2: Record<string, string>;
  export default DICT2;
}
declare module 'pinyin-pro/dist/esm/data/dict3.mjs' {
  const DICT3: Record<string, string>;
  export default DICT3;
}
