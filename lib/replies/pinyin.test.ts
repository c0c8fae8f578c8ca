import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { tableSource, usual } from '../../scripts/pinyin/table';
import { gb2312Level1 } from './gb2312';
import { BUILTIN_SCRIPTS } from './builtin';
import { pinyinOf } from './pinyin';

const ref = (run: string) => pinyin(run, { toneType: 'none', type: 'array' }).map((x) => x.replace(/ü/g, 'v'));

describe('pinyin table', () => {
  it('is the one the generator writes now (run `npx tsx scripts/pinyin/table.ts` after changing it or the built-ins)', () => {
    expect(readFileSync(join(import.meta.dirname, 'pinyin-data.generated.ts'), 'utf8')).toBe(tableSource());
  });

  it('reads every one of the 3,755 common characters as pinyin-pro does, from the runs over GB2312 level 1', () => {
    const level1 = gb2312Level1();
    expect(level1.length).toBe(3755);
    expect(level1.slice(0, 3).join('')).toBe('啊阿埃');
    const differ = level1.filter((ch) => pinyinOf(ch).join(' ') !== usual(ch));
    expect(differ).toEqual([]);
    // Characters outside level 1 that our texts use (嗯, 呗) come from the table's other part.
    expect(level1.includes('嗯') || level1.includes('呗')).toBe(false);
    expect(pinyinOf('嗯呗')).toEqual([usual('嗯'), usual('呗')]);
    expect(usual('呗')).toMatch(/^[a-z]+$/);
  });

  it('reads words by context: 重庆 chong, 重量 zhong, 银行 hang, 退还 huan, 绿色 lv', () => {
    expect(pinyinOf('重庆')).toEqual(['chong', 'qing']);
    expect(pinyinOf('重量')).toEqual(['zhong', 'liang']);
    expect(pinyinOf('银行卡')).toEqual(['yin', 'hang', 'ka']);
    expect(pinyinOf('退还')).toEqual(['tui', 'huan']);
    expect(pinyinOf('绿色')).toEqual(['lv', 'se']);
  });

  it('agrees with pinyin-pro on the runs of every built-in title, tag and folder', () => {
    const runs = new Set<string>();
    for (const s of BUILTIN_SCRIPTS) for (const t of [s.title, ...s.tags, s.folder ?? '']) for (const m of t.matchAll(/[\u3400-\u9fff]+/g)) runs.add(m[0]);
    const differ = [...runs].filter((r) => pinyinOf(r).join(' ') !== ref(r).join(' '));
    expect(differ.length / runs.size, differ.slice(0, 10).map((r) => `${r}: ${pinyinOf(r).join(' ')} / ${ref(r).join(' ')}`).join('; ')).toBeLessThanOrEqual(0.02);
    expect(runs.size).toBeGreaterThan(200);
  });
});
