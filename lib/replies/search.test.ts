import { BUILTIN_SCRIPTS } from './builtin';
import { LABELLED_QUERIES } from './testdata/search-labelled';
import { describe, expect, it } from 'vitest';
import { buildIndex, matchUnitsAt, removeFromIndex, search, unitsOf, updateIndex } from './search';
import type { Script } from './types';

const mk = (id: string, title: string, body: string, extra: Partial<Script> = {}): Script => ({
  id, title, body, scenarios: [], stages: [], states: [], lang: 'zh', tags: [], ...extra,
});

const LIB: Script[] = [
  mk('arrive', '退款到账时间', '亲，退回的钱会在1-3个工作日内原路到账'),
  mk('address', '退货地址', '请把商品寄回{return_address}', { shortcut: 'th', folder: '售后/退货' }),
  mk('track', '物流查询', '包裹正在路上，请耐心等待', { tags: ['退款'] }),
  mk('sky', '天空蓝色款说明', '这款颜色偏浅'),
  mk('tk', '催发货回复', '仓库今天就安排发出', { shortcut: 'tk' }),
  mk('body', '同意处理', '好的，已同意退款申请'),
  mk('cq', '重庆仓发货', '从重庆仓发出'),
  mk('en1', 'Refund arrived', 'Hi {buyer}, the refund is on its way back to your card.', { lang: 'en', shortcut: 'rf' }),
  mk('en2', 'Return label', 'Here is your prepaid return label.', { lang: 'en', tags: ['refund'] }),
  mk('en3', 'Thanks', 'Thanks for shopping with us. Refunds take 5 days.', { lang: 'en' }),
];
const idx = buildIndex(LIB);
const ids = (q: string, limit = 20): string[] => search(idx, q, limit).map((h) => h.script.id);

describe('unitsOf / matchUnitsAt', () => {
  it('splits into pinyin syllables and Latin words, polyphones by context', () => {
    expect(unitsOf('退款7天OK')).toEqual(['tui', 'kuan', '7', 'tian', 'ok']);
    expect(unitsOf('重庆')).toEqual(['chong', 'qing']);
    expect(unitsOf('ＴＫ 绿色')).toEqual(['tk', 'lv', 'se']);
  });
  it('matches full, initial and mixed pinyin from a syllable on', () => {
    const u = ['tui', 'kuan', 'dao', 'zhang'];
    expect(matchUnitsAt(u, 0, 'tuikuan')).toBe(0);
    expect(matchUnitsAt(u, 0, 'tkdz')).toBe(3);
    expect(matchUnitsAt(u, 0, 'tuikdz')).toBe(2);
    expect(matchUnitsAt(u, 1, 'kuandao')).toBe(0);
    expect(matchUnitsAt(u, 0, 'tuu')).toBe(-1);
    expect(matchUnitsAt(u, 0, 'tkdzx')).toBe(-1);
  });
});

describe('search', () => {
  it('finds Chinese by initials, full pinyin and a mixed prefix', () => {
    expect(ids('tkdz')).toEqual(['arrive']);
    expect(ids('tuikuan')).toEqual(['arrive', 'track']);
    expect(ids('tuik')).toEqual(['arrive', 'track']);
    expect(ids('tuikdz')).toEqual(['arrive']);
    expect(ids('chongqing')).toEqual(['cq']);
  });

  it('finds Chinese by substring: title before tags before body', () => {
    expect(ids('退款')).toEqual(['arrive', 'track', 'body']);
    expect(search(idx, '退款').map((h) => h.field)).toEqual(['title', 'tags', 'body']);
    expect(ids('寄回')).toEqual(['address']);
  });

  it('ranks a shortcut first: exact, then prefix', () => {
    expect(ids('tk')[0]).toBe('tk');
    expect(ids('tk')).toEqual(expect.arrayContaining(['arrive', 'sky']));
    expect(ids(';th')[0]).toBe('address');
    expect(ids('t').slice(0, 2).sort()).toEqual(['address', 'tk']);
    expect(search(idx, 't')[0].field).toBe('shortcut');
  });

  it('matches Latin words by prefix, with one typo for longer words', () => {
    expect(ids('refund')).toEqual(['en1', 'en2', 'en3']);
    expect(search(idx, 'refund').map((h) => h.field)).toEqual(['title', 'tags', 'body']);
    expect(ids('ref')[0]).toBe('en1');
    expect(ids('refnud')).toEqual(['en1', 'en2']); // title word before tag word
    expect(search(idx, 'refnud').map((h) => h.field)).toEqual(['title', 'tags']);
    expect(ids('retrun')).toContain('en2');
    expect(ids('xyzzy')).toEqual([]);
  });

  it('needs every word of a multi-word query and honours the limit', () => {
    expect(ids('return label')).toEqual(['en2']);
    expect(ids('退货 sh')).toEqual(['address']);
    expect(ids('退款', 1)).toEqual(['arrive']);
    expect(ids('   ')).toEqual([]);
  });

  it('folders are searchable', () => {
    expect(ids('售后')).toEqual(['address']);
    expect(ids('shouhou')).toEqual(['address']);
  });

  it('updates one script without a rebuild', () => {
    const local = buildIndex(LIB);
    updateIndex(local, mk('sky', '退款说明', '改过'));
    expect(search(local, 'tksm').map((h) => h.script.id)).toEqual(['sky']);
    expect(search(local, '天空').map((h) => h.script.id)).toEqual([]);
    removeFromIndex(local, 'arrive');
    expect(search(local, 'tkdz').map((h) => h.script.id)).toEqual([]);
    updateIndex(local, mk('new', '新的话术', 'x', { shortcut: 'xin' }));
    expect(search(local, 'xin')[0].script.id).toBe('new');
  });
});

describe('initials as agents type them', () => {
  it('tkdz finds 退款多久到账 (initials across words, syllables in between skipped)', () => {
    const idx = buildIndex([{ id: 'a', title: '退款多久到账', body: '', tags: [], shortcut: '' } as never]);
    expect(search(idx, 'tkdz', 5).map((h) => (h.script as { id: string }).id)).toEqual(['a']);
  });
  it('a skipped syllable costs: adjacent initials rank first', () => {
    expect(matchUnitsAt(unitsOf('退款多久到账'), 0, 'tkdz')).toBeGreaterThan(matchUnitsAt(unitsOf('退款到账时间'), 0, 'tkdz'));
    // Never more than two skipped, and never before the first letter.
    expect(matchUnitsAt(unitsOf('退款多久多久到账'), 0, 'tkdz')).toBe(-1);
  });
});

describe('what agents type (labelled set)', () => {
  const idx = buildIndex(BUILTIN_SCRIPTS);
  it('finds the wanted built-in in the top three for at least 95 % of the labelled queries', () => {
    const misses = LABELLED_QUERIES.filter(([q, id]) => !search(idx, q, 3).some((h) => h.script.id === id));
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(misses.length / LABELLED_QUERIES.length, misses.map(([q, id]) => `${q} → ${id}`).join('; ')).toBeLessThanOrEqual(0.05);
  });

  it('pinyin mixed with Chinese matches like full pinyin', () => {
    expect(search(idx, '退kuan到账', 3)[0]?.script.id).toBe('zh.refund_only.arrival_time');
    expect(search(idx, 'tui货地址', 3).map((h) => h.script.id)).toContain('zh.return_refund.send_address');
  });

  it('initials that skip a syllable within their first three letters', () => {
    expect(search(idx, 'wlbgx', 3).map((h) => h.script.id)).toContain('zh.shipping_exception.stuck');
  });

  it('a Chinese phrase not written as such matches by its two-character words', () => {
    expect(search(idx, '花呗分期', 3)[0]?.script.id).toBe('zh.payment.installment');
    expect(search(idx, '花呗火星', 3)).toEqual([]);
  });
});
