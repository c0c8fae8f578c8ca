import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import aftersale from '../../fixtures/demo/aftersale.json';
import chat from '../../fixtures/demo/chat.json';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { NextStepsSection } from './NextStepsSection';
import { SituationSection } from './SituationSection';
import { PageProvider, usePage } from './PageProvider';
import type { Situation } from '../../lib/situation';

/** The situation the sections were given, for assertions. */
let shown: Situation | null = null;
function Probe() {
  shown = usePage().situation;
  return null;
}

let n = 0;
const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x));
const chatSnap = () => ({ ...clone(chat), confidence: { orderId: 1 } }) as unknown as PageSnapshot;
const afterSnap = () => ({ ...clone(aftersale), confidence: { orderId: 1 } }) as unknown as PageSnapshot;

function mount(snap: PageSnapshot, db = new CopilotDb(`situation-${n++}-${Math.random()}`)) {
  const store = createPanelStore({ lang: 'zh' });
  const api: PanelApi = { store, db, insert: vi.fn(async () => 'inserted' as const), copy: async () => true, savePrefs: () => {} };
  store.getState().setPage({ tabId: 1, status: 'ready', snapshot: snap });
  const view = render(
    <ApiContext.Provider value={api}>
      <PageProvider snap={snap}>
        <SituationSection />
        <NextStepsSection />
        <Probe />
      </PageProvider>
    </ApiContext.Provider>,
  );
  return { api, db, store, view };
}

const chips = () => screen.queryAllByTestId('scenario-chip');
const stepIds = () => screen.queryAllByTestId('step').map((e) => e.dataset.step);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SituationSection', () => {
  it('a score that rounds to nothing reads "<1", never 0', async () => {
    mount(chatSnap());
    await waitFor(() => expect(chips().length).toBeGreaterThan(0));
    const scores = chips().map((c) => c.querySelector('.sit-score')!.textContent);
    shown!.scenarios.forEach((s, i) => {
      if (i < scores.length) expect(scores[i]).toBe(Math.round(s.score * 100) ? String(Math.round(s.score * 100)) : '<1');
    });
    expect(scores).not.toContain('0');
  });

  it('shows the scenarios ranked best first, each with its cue words, the top one pressed', async () => {
    mount(chatSnap());
    await waitFor(() => expect(chips().length).toBeGreaterThan(0));
    const ranked = shown!.scenarios.slice(0, 4).map((s) => s.id);
    expect(chips().map((c) => c.dataset.scenario)).toEqual(ranked);
    expect(chips()[0].dataset.scenario).toBe('return_refund');
    expect(chips()[0].getAttribute('aria-pressed')).toBe('true');
    expect(chips()[0].textContent).toContain('退货退款');
    expect(screen.getAllByTestId('scenario-cues')[0].textContent).toMatch(/退货/);
    expect(screen.getByTestId('stage').textContent).toBe('已签收');
  });

  it('stores a correction when the agent picks another chip, and the steps follow the choice', async () => {
    const { db, store } = mount(chatSnap());
    await waitFor(() => expect(chips().length).toBeGreaterThan(1));
    const before = stepIds();
    const other = chips()[1].dataset.scenario!;
    fireEvent.click(chips()[1]);
    expect(store.getState().chosenScenario).toBe(other);
    await waitFor(async () => expect(await db.feedback.count()).toBe(1));
    const [fb] = await db.feedback.toArray();
    expect(fb).toMatchObject({ from: 'return_refund', to: other });
    expect(fb.text).toContain('退回去的运费谁出？');
    await waitFor(() => expect(stepIds()).not.toEqual(before));
    expect(screen.getAllByTestId('step')[0].dataset.origin).toBe(other);
    const chosenSteps = stepIds();
    // The learned correction puts the choice on top after a reload (a new store, same db).
    cleanup();
    const again = mount(chatSnap(), db);
    await waitFor(() => expect(chips()[0]?.dataset.scenario).toBe(other));
    expect(again.store.getState().chosenScenario).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('step')[0].dataset.origin).toBe(other));
    // The checklist the agent saw right after choosing is the one the learned ranking gives.
    await waitFor(() => expect(stepIds()).toEqual(chosenSteps));
  });

  it('the checklist right after choosing a chip is the one a reload shows (no second re-ranking)', async () => {
    // The buyer keeps asking about sending it back: a second scenario scores high too.
    const snap = () => {
      const s = chatSnap();
      for (let i = 1; i <= 9; i++) s.messages!.push({ role: 'buyer', text: `那我今天就寄回去可以吗（${i}）`, time: `2026-11-23T10:${20 + i}:00+08:00` });
      return s;
    };
    const { db } = mount(snap());
    await waitFor(() => expect(chips().length).toBeGreaterThan(1));
    const other = chips().find((c) => c.getAttribute('aria-pressed') !== 'true')!;
    const id = other.dataset.scenario!;
    fireEvent.click(other);
    // What the agent sees at once, before the stored correction re-ranks the situation ...
    await waitFor(() => expect(screen.getAllByTestId('step')[0].dataset.origin).toBe(id));
    const chosenSteps = stepIds();
    // ... stays once it has (no second, different checklist): the correction is stored, read back and
    // has re-ranked the chips (the choice on top by its learned cue) before the steps are compared ...
    await waitFor(async () => expect(await db.feedback.count()).toBe(1));
    await waitFor(() => expect(shown!.scenarios[0]).toMatchObject({ id, cues: expect.arrayContaining([expect.stringMatching(/^learned /)]) }));
    expect(chips()[0].dataset.scenario).toBe(id);
    expect(stepIds()).toEqual(chosenSteps);
    // ... and after a reload.
    cleanup();
    mount(snap(), db);
    await waitFor(() => expect(chips()[0]?.dataset.scenario).toBe(id));
    await waitFor(() => expect(stepIds()).toEqual(chosenSteps));
  });

  it('shows risk badges with their words and puts de-escalation first', async () => {
    const snap = chatSnap();
    snap.messages!.push({ role: 'buyer', text: '你们再不处理我就去12315投诉，还要给差评！', time: '2026-11-23T10:20:00+08:00' });
    mount(snap);
    await waitFor(() => expect(screen.queryAllByTestId('risk-badge').length).toBeGreaterThan(0));
    const flags = screen.getAllByTestId('risk-badge').map((b) => b.dataset.flag);
    expect(flags).toContain('complaint_threat');
    expect(flags).toContain('bad_review_threat');
    expect(screen.getByTestId('risk-cues').textContent).toContain('12315');
    await waitFor(() => expect(screen.getAllByTestId('step')[0].dataset.origin).toBe('risk'));
    expect(stepIds()[0]).toBe('calm.acknowledge');
  });

  it('gives the time left when the page shows when the request started', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:45:00+08:00')); // applied 09:45, 48 h to answer
    mount(afterSnap());
    const dl = await screen.findByTestId('state-deadline');
    expect(dl.dataset.level).toBe('ok');
    expect(screen.getByTestId('state-time-left').textContent).toBe('剩余 1天23小时');
    expect(dl.textContent).toContain('处理退款/退货申请');
    expect(screen.getByTestId('aftersales-state').dataset.state).toBe('requested');
  });

  it('says the start is unknown when the page does not show it', async () => {
    const snap = afterSnap();
    snap.messages = snap.messages!.filter((m) => m.role !== 'system');
    mount(snap);
    const dl = await screen.findByTestId('state-deadline');
    expect(dl.dataset.level).toBe('unknown');
    expect(dl.textContent).toContain('看不到开始时间');
    expect(screen.queryByTestId('state-time-left')).toBeNull();
  });

  it('colours the waiting timer green, amber and red against the 30 s standard', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const at = new Date('2026-11-23T10:13:00+08:00').getTime(); // the last buyer message (unanswered)
    const level = async (sec: number) => {
      vi.setSystemTime(at + sec * 1000);
      mount(chatSnap());
      const el = await screen.findByTestId('timer-waiting');
      const out = [el.dataset.level, el.textContent];
      cleanup();
      return out;
    };
    // The oldest unanswered buyer message is 10:12 (60 s before `at`).
    expect((await level(-50))[0]).toBe('green'); // waited 10 s
    expect((await level(-40))[0]).toBe('amber'); // 20 s
    const [red, text] = await level(0); // 60 s
    expect(red).toBe('red');
    expect(text).toContain('1分00秒');
  });
});

describe('NextStepsSection', () => {
  it('lists the first steps of a requested return, with who acts and a due badge', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:45:00+08:00'));
    mount(afterSnap());
    await waitFor(() => expect(stepIds().slice(0, 3)).toEqual(['case.review_request', 'return.send_address', 'case.refuse_with_reason']));
    const first = screen.getAllByTestId('step')[0];
    expect(first.querySelector('[data-testid="step-actor"]')!.textContent).toBe('我方');
    expect(first.querySelector('[data-testid="step-due"]')!.textContent).toContain('剩余 1天23小时');
  });

  it('names the facts it could not read on the page, and none when all were read', async () => {
    mount(afterSnap());
    await screen.findByTestId('order-id');
    expect(screen.queryByTestId('unread-facts')).toBeNull();
    cleanup();
    const s = afterSnap();
    delete s.items;
    mount(s);
    const line = await screen.findByTestId('unread-facts');
    expect(line.dataset.facts).toBe('items');
    expect(line.textContent).toBe('页面上没读到：商品');
  });

  it('keeps ticks per order in Dexie', async () => {
    const db = new CopilotDb(`ticks-${n++}`);
    mount(afterSnap(), db);
    await waitFor(() => expect(stepIds().length).toBeGreaterThan(1));
    fireEvent.click(screen.getAllByTestId('step-tick')[1]);
    // Shown at once, saying it is saving until the store has it.
    expect(screen.getAllByTestId('step')[1].dataset.done).toBe('true');
    expect(screen.getAllByTestId('step')[1].dataset.saving).toBe('true');
    await waitFor(() => expect(screen.getAllByTestId('step')[1].dataset.saving).toBeUndefined());
    expect((await db.ticks.toArray()).map((t) => t.done)).toEqual([true]);
    expect(screen.getByTestId('steps-progress').textContent).toMatch(/^1\//);
    cleanup();
    mount(afterSnap(), db); // reopened: still ticked
    await waitFor(() => expect(screen.getAllByTestId('step')[1]?.dataset.done).toBe('true'));
    cleanup();
    const other = afterSnap();
    other.orderId = '999';
    mount(other, db); // another order: nothing ticked
    await waitFor(() => expect(stepIds().length).toBeGreaterThan(1));
    expect(screen.getAllByTestId('step').every((s) => s.dataset.done === 'false')).toBe(true);
    expect((await db.ticks.toArray()).map((t) => t.orderKey)).toEqual(['demo:261118-552310987604213']);
  });

  it('two quick clicks (untick, tick again) end ticked: the second click never undoes itself', async () => {
    const db = new CopilotDb(`ticks-${n++}`);
    mount(afterSnap(), db);
    await waitFor(() => expect(stepIds().length).toBeGreaterThan(1));
    fireEvent.click(screen.getAllByTestId('step-tick')[0]);
    await waitFor(() => expect(screen.getAllByTestId('step')[0].dataset.done).toBe('true'));
    await waitFor(async () => expect((await db.ticks.toArray()).map((t) => t.done)).toEqual([true]));
    // Both clicks before the store answers: the box follows each click, the store ends as the last one.
    fireEvent.click(screen.getAllByTestId('step-tick')[0]);
    expect(screen.getAllByTestId('step')[0].dataset.done).toBe('false');
    fireEvent.click(screen.getAllByTestId('step-tick')[0]);
    expect(screen.getAllByTestId('step')[0].dataset.done).toBe('true');
    await waitFor(async () => expect((await db.ticks.toArray()).map((t) => t.done)).toEqual([true]));
    expect(screen.getAllByTestId('step')[0].dataset.done).toBe('true');
  });

  it('says ticks last only for the session without an order id', async () => {
    const snap = afterSnap();
    delete snap.orderId;
    snap.url = 'http://127.0.0.1/demo/no-order.html';
    const { db } = mount(snap);
    await waitFor(() => expect(stepIds().length).toBeGreaterThan(0));
    expect(screen.getByTestId('steps-session-only').textContent).toContain('没有订单号');
    fireEvent.click(screen.getAllByTestId('step-tick')[0]);
    await waitFor(() => expect(screen.getAllByTestId('step')[0].dataset.done).toBe('true'));
    expect(await db.ticks.count()).toBe(0);
  });
});

describe('cueText', () => {
  it('reads corrections and page context in words', async () => {
    const { cueText } = await import('./labels');
    expect(cueText('zh', 'learned 62%')).toBe('你的纠正 62%');
    expect(cueText('zh', 'state:requested')).toBe('页面：买家已申请，待处理');
    expect(cueText('en', 'stage:to_ship')).toBe('page: To ship');
    expect(cueText('zh', '退货')).toBe('退货');
  });
});

describe('SituationSection: a message in a language the assistant cannot read', () => {
  it('says so, reads the after-sales page instead and shows no mood or risk from the words', async () => {
    const snap = afterSnap();
    snap.messages = [{ role: 'buyer', text: 'hallo, het pakket kwam open aan en een van de twee onderdelen ontbreekt, wat moet ik nu doen' }];
    mount(snap);
    const note = await screen.findByTestId('situation-unread');
    expect(note.textContent).toContain('读不懂');
    expect(note.textContent).toContain('按页面');
    expect(shown?.source).toBe('page');
    expect(chips().length).toBeGreaterThan(0);
    expect(screen.queryByTestId('situation-from-page')).toBeNull();
  });
  it('a message it reads gets no such note', async () => {
    mount(chatSnap());
    await waitFor(() => expect(chips().length).toBeGreaterThan(0));
    expect(screen.queryByTestId('situation-unread')).toBeNull();
  });
});
