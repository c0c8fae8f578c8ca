import { describe, expect, it } from 'vitest';
import chat from '../fixtures/demo/chat.json';
import { savePrefs, defaultPrefs } from '../lib/scripts/fill';
import { CopilotDb } from '../lib/db/schema';
import { loadLibrary } from '../lib/db/scripts';
import { BUILTIN_SCRIPTS } from '../lib/scripts/builtin';
import { fillScript } from '../lib/scripts/fill';
import type { PageSnapshot } from '../lib/snapshot';
import { handleExpand, saveSelection } from './bg-scripts';

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
