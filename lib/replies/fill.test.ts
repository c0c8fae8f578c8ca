import { describe, expect, it } from 'vitest';
import chat from '../../fixtures/demo/chat.json';
import { BUILTIN_SCRIPTS } from './builtin';
import { mergeLibrary } from './library';
import type { PageSnapshot } from '../snapshot';
import { defaultPrefs, expandTyped, fillScript, replyLang, shopVarsFor, validatePrefs } from './fill';

const snap = chat as unknown as PageSnapshot;
const lib = mergeLibrary(BUILTIN_SCRIPTS, []);
const withAddr = validatePrefs({ shops: { '': { returnAddress: '杭州市云朵路8号', agent: '小云' }, 云朵家居旗舰店: { agent: '阿朵' } } });

describe('script prefs', () => {
  it('repairs hostile or broken stored values', () => {
    expect(validatePrefs(null)).toEqual(defaultPrefs());
    const p = validatePrefs({ trigger: 'abc', shops: { __proto__: { agent: 'x' }, ok: { agent: 42, shop: ' A ' } }, offHosts: ['HTTPS://Im.JD.com/chat', 'bad host!'] });
    expect(p.trigger).toBe(';');
    expect(p.shops.ok).toEqual({ shop: 'A' });
    expect(({} as Record<string, unknown>).agent).toBeUndefined();
    expect(p.offHosts).toEqual(['im.jd.com']);
    expect(validatePrefs({ trigger: '//' }).trigger).toBe('//');
  });

  it('a shop’s own values win over the all-shops default', () => {
    expect(shopVarsFor(withAddr, '云朵家居旗舰店')).toEqual({ returnAddress: '杭州市云朵路8号', agent: '阿朵' });
    expect(shopVarsFor(withAddr, 'other')).toEqual({ returnAddress: '杭州市云朵路8号', agent: '小云' });
  });
});

describe('replyLang', () => {
  it('zh on Chinese platforms, en on Shopify/Amazon, the buyer’s writing elsewhere', () => {
    expect(replyLang({ platform: 'taobao', messages: [{ role: 'buyer', text: 'hello' }] })).toBe('zh');
    expect(replyLang({ platform: 'amazon', messages: [] })).toBe('en');
    expect(replyLang({ platform: 'demo', messages: [{ role: 'buyer', text: 'Where is my parcel?' }] })).toBe('en');
    expect(replyLang(snap)).toBe('zh');
  });
});

describe('fillScript', () => {
  it('fills from the snapshot and the shop settings', () => {
    const r = fillScript({ body: '{buyer}，退货地址：{return_address}，订单{order_id}', lang: 'zh' }, snap, withAddr);
    expect(r.missing).toEqual([]);
    expect(r.text).toBe('小鹿乱撞，退货地址：杭州市云朵路8号，订单261118-552310987604213');
  });
  it('values the agent typed fill unknown variables', () => {
    const r = fillScript({ body: '券码{coupon}', lang: 'zh' }, snap, defaultPrefs(), { coupon: 'A1' });
    expect(r.text).toBe('券码A1');
  });
});

describe('expandTyped (in-page expansion)', () => {
  const url = 'http://127.0.0.1:8000/demo/chat.html';
  it('renders the shortcut’s script with the page’s snapshot and settings', () => {
    const text = expandTyped(lib, withAddr, ';thdz', url, snap);
    expect(text).toContain('小鹿乱撞');
    expect(text).toContain('杭州市云朵路8号');
    expect(text).not.toMatch(/\{/);
  });
  it('keeps punctuation typed before the trigger and accepts the full-width trigger', () => {
    expect(expandTyped(lib, withAddr, '，;thdz', url, snap)?.startsWith('，小鹿乱撞')).toBe(true);
    expect(expandTyped(lib, withAddr, '；thdz', url, snap)?.startsWith('小鹿乱撞')).toBe(true);
  });
  it('refuses a script with an unfilled variable (never a raw {…})', () => {
    expect(expandTyped(lib, defaultPrefs(), ';thdz', url, snap)).toBeNull();
  });
  it('refuses unknown shortcuts, another trigger and switched-off sites', () => {
    expect(expandTyped(lib, withAddr, ';zzzq', url, snap)).toBeNull();
    expect(expandTyped(lib, withAddr, '/thdz', url, snap)).toBeNull();
    expect(expandTyped(lib, { ...withAddr, offHosts: ['127.0.0.1:8000'] }, ';thdz', url, snap)).toBeNull();
    expect(expandTyped(lib, { ...withAddr, trigger: '//' }, '//thdz', url, snap)).toContain('杭州市云朵路8号');
  });
});
