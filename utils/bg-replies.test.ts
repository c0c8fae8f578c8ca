import { describe, expect, it } from 'vitest';
import chat from '../fixtures/demo/chat.json';
import { savePrefs, defaultPrefs } from '../lib/replies/fill';
import { CopilotDb } from '../lib/db/schema';
import { loadLibrary } from '../lib/db/replies';
import { BUILTIN_SCRIPTS } from '../lib/replies/builtin';
import { fillScript } from '../lib/replies/fill';
import type { PageSnapshot } from '../lib/snapshot';
import { handleExpand, handlePattern, saveSelection, shortcutPattern } from './bg-replies';
import { createScript } from '../lib/db/replies';
import { typedShortcut } from './expander';

const snap = { ...(chat as unknown as PageSnapshot), url: 'http://127.0.0.1:8000/demo/chat.html' };
let n = 0;
const fresh = () => new CopilotDb(`bg-scripts-${n++}-${Math.random()}`);

describe('expandShortcut handler', () => {
  it('renders the script with the tab’s snapshot and the shop settings', async () => {
    const db = fresh();
    await savePrefs(db, { ...defaultPrefs(), shops: { '': { returnAddress: '杭州市云朵路8号' } } });
    const res = await handleExpand(db, { shortcut: ';thdz', url: snap.url }, snap);
    expect(res?.text).toContain('小鹿乱撞');
    expect(res?.text).toContain('261118-552310987604213');
    expect(res?.text).toContain('杭州市云朵路8号');
  });
  it('refuses a script whose variables cannot be filled', async () => {
    const res = await handleExpand(fresh(), { shortcut: ';thdz', url: snap.url }, snap);
    expect(res).toBeNull();
  });
  it('ignores a snapshot of another page and odd requests', async () => {
    const db = fresh();
    await savePrefs(db, { ...defaultPrefs(), shops: { '': { returnAddress: 'X路1号' } } });
    const res = await handleExpand(db, { shortcut: ';thdz', url: 'http://127.0.0.1:8000/other.html' }, snap);
    // Without the page's facts the order id is missing: refused rather than inserted half-filled.
    expect(res).toBeNull();
    expect(await handleExpand(db, { shortcut: 'x'.repeat(40), url: snap.url }, snap)).toBeNull();
    expect(await handleExpand(db, null as never, snap)).toBeNull();
  });
});

describe('the shortcut pattern a page script holds', () => {
  const typed = (pattern: string | null, before: string) => (pattern ? RegExp(pattern, 'i').exec(before)?.[0] ?? null : null);
  const p = shortcutPattern(';', ['thdz', 'tk', 'r1']);
  it.each([
    ['好的;thdz', ';thdz'],
    ['亲，；thdz', '，；thdz'],
    [';THDZ', ';THDZ'],
    ['x;r1', ';r1'],
    ['$20', null],
    ['¥99', null],
    ['3.5', null],
    ['#123', null],
    ['，ok', null],
    [';zzzq', null],
    [';atk', null],
    ['/thdz', null],
    [';thdz ', null],
  ])('%j → %j (what typedShortcut reads, only for the agent\'s codes)', (before, want) => {
    expect(typed(p, before)).toBe(want);
    if (want) expect(typedShortcut(before)).toBe(want);
  });
  it('takes either width of ； and a two-character trigger; none without codes', () => {
    expect(typed(shortcutPattern('；', ['tk']), '好;tk')).toBe(';tk');
    expect(typed(shortcutPattern('//', ['tk']), 'see //tk')).toBe('//tk');
    expect(typed(shortcutPattern('//', ['tk']), '/tk')).toBeNull();
    expect(typed(shortcutPattern('.*', ['tk']), 'a.*tk')).toBe('.*tk');
    expect(typed(shortcutPattern('.*', ['tk']), 'aaxtk')).toBeNull();
    expect(shortcutPattern(';', [])).toBeNull();
    expect(shortcutPattern(';', ['有中文', 'a-b'])).toBeNull();
  });
});

describe('shortcutPattern handler', () => {
  it('covers the built-in and own shortcuts; null where expansion is off', async () => {
    const db = fresh();
    await createScript(db, { title: '我的', body: '亲', lang: 'zh', shortcut: 'Wd1' });
    const p = (await handlePattern(db, snap.url))!;
    expect(RegExp(p, 'i').exec('好;thdz')?.[0]).toBe(';thdz');
    expect(RegExp(p, 'i').exec(';wd1')?.[0]).toBe(';wd1');
    await savePrefs(db, { ...defaultPrefs(), trigger: '//', offHosts: ['127.0.0.1:8000'] });
    expect(await handlePattern(db, snap.url)).toBeNull();
    expect(RegExp((await handlePattern(db, 'https://mms.pinduoduo.com/x'))!, 'i').exec('//thdz')?.[0]).toBe('//thdz');
    expect(await handlePattern(db, undefined)).toBeNull();
  });
});

describe('save selection as a reply', () => {
  it('stores the text literally (braces escaped) with a title from its first words', async () => {
    const db = fresh();
    const id = await saveSelection(db, '亲，活动价{限时}只到今晚，拍下即发货。');
    const lib = await loadLibrary(db, BUILTIN_SCRIPTS);
    const s = lib.byId.get(id!)!;
    expect(s.title.startsWith('亲，活动价')).toBe(true);
    expect(s.folder).toBe('收集');
    const r = fillScript(s, null, defaultPrefs());
    expect(r.missing).toEqual([]);
    expect(r.text).toBe('亲，活动价{限时}只到今晚，拍下即发货。');
    expect(await saveSelection(db, '   ')).toBeNull();
  });
});
