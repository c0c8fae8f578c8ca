import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import chat from '../../fixtures/demo/chat.json';
import { CopilotDb } from '../../lib/db/schema';
import { createScript } from '../../lib/db/replies';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { PageProvider } from '../situation/PageProvider';
import { ScriptsSection } from './ScriptsSection';

let n = 0;
function setup(snap: PageSnapshot) {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`scripts-section-${n++}-${Math.random()}`);
  const inserted: string[] = [];
  const api: PanelApi = { store, db, insert: vi.fn(async (t: string) => { inserted.push(t); return 'inserted' as const; }), copy: async () => true, savePrefs: () => {} };
  store.getState().setPage({ tabId: 1, status: 'ready', snapshot: snap });
  render(<ApiContext.Provider value={api}><PageProvider snap={snap}><ScriptsSection /></PageProvider></ApiContext.Provider>);
  return { api, db, store, inserted };
}

const snap = chat as unknown as PageSnapshot;
afterEach(cleanup);

describe('ScriptsSection', () => {
  it('answers the demo buyer\'s postage question (not as described) first: the shop pays; filled with the buyer', async () => {
    setup(snap);
    const first = await screen.findByTestId('suggestion-1');
    expect(first.dataset.scriptId).toMatch(/return|refund|not_as_described/);
    const text = screen.getByTestId('suggestion-1-text').textContent!;
    expect(text).toMatch(/运费(由)?我们(来)?(承担|出)/);
    expect(text).not.toMatch(/运费(需要|要)?(由)?您/);
    expect(screen.getByTestId('suggestion-1-text').textContent).toContain('小鹿乱撞');
    expect(first.textContent).not.toMatch(/\{buyer/);
  });

  it('keeps insertion blocked until a missing variable is typed, then inserts the filled text and records a use', async () => {
    const { inserted, db } = setup(snap);
    await screen.findByTestId('suggestion-1');
    const card = screen.getAllByRole('listitem').find((li) => li.dataset.missing)!;
    expect(card).toBeTruthy();
    const k = card.dataset.testid!;
    const missing = card.dataset.missing!.split(',')[0];
    const btn = screen.getByTestId(`${k}-insert`) as HTMLButtonElement;
    expect(btn.disabled).toBe(true);
    fireEvent.click(btn);
    expect(inserted).toEqual([]);
    fireEvent.input(screen.getByTestId(`${k}-var-${missing}`), { target: { value: '3天内' } });
    await waitFor(() => expect((screen.getByTestId(`${k}-insert`) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId(`${k}-insert`));
    await waitFor(() => expect(inserted.length).toBe(1));
    expect(inserted[0]).toContain('3天内');
    expect(inserted[0]).not.toMatch(/\{[a-z_]+\}/);
    await waitFor(async () => expect(await db.usage.count()).toBe(1));
  });

  /** The number of the first suggestion after the first whose values the page fills (a missing one is another test). */
  const fullyFilled = async () => {
    await screen.findByTestId('suggestion-2');
    const n = [2, 3, 4, 5].find((k) => screen.queryByTestId(`suggestion-${k}`)?.dataset.missing === '');
    expect(n, 'a fully filled suggestion after the first').toBeDefined();
    return n!;
  };

  it('Alt+N inserts the N-th suggestion', async () => {
    const { inserted } = setup(snap);
    const n = await fullyFilled();
    fireEvent.keyDown(document, { key: String(n), code: `Digit${n}`, altKey: true });
    await waitFor(() => expect(inserted.length).toBe(1));
    expect(inserted[0]).toBe(screen.getByTestId(`suggestion-${n}-text`).textContent);
  });

  it('Alt+N on a suggestion with a value the page lacks asks for it and inserts nothing', async () => {
    const { inserted, store } = setup(snap);
    await screen.findByTestId('suggestion-1');
    const card = screen.getAllByRole('listitem').find((li) => li.dataset.missing && /^suggestion-\d$/.test(li.dataset.testid!));
    expect(card, 'a suggestion of the demo chat misses a value').toBeTruthy();
    const k = card!.dataset.testid!;
    const missing = card!.dataset.missing!.split(',')[0];
    fireEvent.keyDown(document, { key: k.slice(-1), code: `Digit${k.slice(-1)}`, altKey: true });
    // The run has ended once it says what to fill and puts the caret there.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`${k}-var-${missing}`)));
    expect(store.getState().notice).toMatchObject({ kind: 'warn', text: expect.stringContaining('请先填写') });
    expect(inserted).toEqual([]);
  });

  it('Alt+1 inserts the first suggestion exactly as shown', async () => {
    const { inserted } = setup(snap);
    await screen.findByTestId('suggestion-1');
    fireEvent.keyDown(document, { key: '1', code: 'Digit1', altKey: true });
    await waitFor(() => expect(inserted.length).toBe(1));
    expect(inserted[0]).toBe(screen.getByTestId('suggestion-1-text').textContent);
  });

  it('Alt+N pressed in the page chat box (reported through the API) inserts that suggestion', async () => {
    const { api, inserted } = setup(snap);
    let run: ((n: number) => Promise<boolean>) | undefined;
    const off = vi.fn();
    api.onInsertKey = (r) => ((run = r), off);
    cleanup();
    render(<ApiContext.Provider value={api}><PageProvider snap={snap}><ScriptsSection /></PageProvider></ApiContext.Provider>);
    const n = await fullyFilled();
    expect(await run!(n)).toBe(true);
    expect(inserted).toEqual([screen.getByTestId(`suggestion-${n}-text`).textContent]);
    expect(await run!(9)).toBe(false);
    cleanup();
    await waitFor(() => expect(off).toHaveBeenCalled());
  });

  it('the reply-language switch turns a Chinese buyer\'s suggestions into English ones for this conversation', async () => {
    const { store } = setup(snap);
    await screen.findByTestId('suggestion-1');
    expect(screen.getByTestId('reply-lang').dataset.lang).toBe('zh');
    expect(screen.getByTestId('suggestion-1').dataset.scriptId).toMatch(/^zh\./);
    fireEvent.click(screen.getByTestId('reply-lang'));
    await waitFor(() => expect(screen.getByTestId('suggestion-1').dataset.scriptId).toMatch(/^en\./));
    expect(store.getState().replyLang).toBe('en');
    expect(screen.getByTestId('reply-lang').dataset.lang).toBe('en');
  });

  // [query, what the first hit's id or text matches]
  it.each([
    ['tkdz', /退款到账时间/],
    ['tuikuan', /refund/],
    ['thdz', /^zh\.return_refund\.send_address /],
    ['退货地址', /address/],
  ])('search "%s" finds scripts; arrows move the selection; Esc clears', async (q, first) => {
    const { db } = setup(snap);
    // 退款到账 → tkdz (the agent's own script; the index is rebuilt when the library changes).
    await createScript(db, { title: '退款到账时间', body: '{buyer|亲}，退款原路退回，1到3天到账。', lang: 'zh' });
    await screen.findByTestId('suggestion-1');
    fireEvent.keyDown(document.body, { key: '/' });
    const box = screen.getByTestId('script-search') as HTMLInputElement;
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: q } });
    await waitFor(() => expect(screen.queryAllByTestId('script-hit').length).toBeGreaterThan(0));
    let hits = screen.getAllByTestId('script-hit');
    expect(hits.length).toBeGreaterThan(0);
    // The expected first hit; for tkdz the own script ranks first once it is indexed (built-ins match
    // tkdz too: 退款多久到账, a syllable skipped).
    await waitFor(() => {
      const top = screen.getAllByTestId('script-hit')[0];
      expect(`${top.dataset.scriptId} ${top.textContent}`).toMatch(first);
    });
    hits = screen.getAllByTestId('script-hit');
    expect(hits[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    // Down moves to the next hit, and stays on the last one when there is no next.
    const selected = Math.min(1, hits.length - 1);
    await waitFor(() => expect(screen.getAllByTestId('script-hit')[selected].getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
  });

  it('Enter on a script with a value the page lacks asks for it instead of inserting', async () => {
    const { inserted } = setup(snap);
    await screen.findByTestId('suggestion-1');
    const box = screen.getByTestId('script-search') as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'thdz' } });
    await screen.findAllByTestId('script-hit');
    fireEvent.keyDown(box, { key: 'Enter' });
    const field = await screen.findByTestId('picked-script-var-return_address');
    expect(inserted).toEqual([]);
    fireEvent.input(field, { target: { value: '杭州市某路1号' } });
    fireEvent.click(screen.getByTestId('picked-script-insert'));
    await waitFor(() => expect(inserted[0]).toContain('杭州市某路1号'));
    expect(inserted[0]).toContain('261118-552310987604213');
  });

  it('the star marks a built-in as favourite', async () => {
    const { db } = setup(snap);
    await screen.findByTestId('suggestion-1');
    fireEvent.click(screen.getByTestId('suggestion-1-star'));
    await waitFor(async () => expect((await db.scripts.toArray()).some((r) => r.favourite)).toBe(true));
  });
});
