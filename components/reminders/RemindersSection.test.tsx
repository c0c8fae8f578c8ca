import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminder, done as markDone } from '../../lib/db/reminders';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { PageProvider } from '../situation/PageProvider';
import { RemindersSection } from './RemindersSection';
import { RemindersView } from './RemindersView';

// Monday 23 Nov 2026, 09:20 local time.
const NOW = new Date(2026, 10, 23, 9, 20, 0).getTime();
const snap: PageSnapshot = { platform: 'taobao', pageKind: 'order', url: 'https://example.test/order?id=9001', orderId: '9001', buyer: { nick: '小鹿' }, confidence: {} } as unknown as PageSnapshot;

let n = 0;
function setup(ui: 'section' | 'view' = 'section', lang: 'zh' | 'en' = 'zh') {
  const store = createPanelStore({ lang });
  const db = new CopilotDb(`rem-ui-${n++}-${Math.random()}`);
  const changed = vi.fn();
  const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {}, remindersChanged: changed };
  render(<ApiContext.Provider value={api}>{ui === 'section' ? <PageProvider snap={snap}><RemindersSection /></PageProvider> : <RemindersView />}</ApiContext.Provider>);
  return { api, db, store, changed };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('RemindersSection', () => {
  it('creates a reminder from 明天上午10点, showing the reading before saving', async () => {
    const { db, changed } = setup();
    fireEvent.input(screen.getByTestId('reminder-when-input'), { target: { value: '明天上午10点' } });
    const reading = await screen.findByTestId('reminder-reading');
    expect(reading.dataset.ok).toBe('true');
    expect(reading.textContent).toContain('明天 10:00');
    expect((screen.getByTestId('reminder-text') as HTMLTextAreaElement).value).toBe('跟进：订单 9001');
    fireEvent.click(screen.getByTestId('reminder-save'));
    await waitFor(async () => expect(await db.reminders.count()).toBe(1));
    const [r] = await db.reminders.toArray();
    expect(r.dueAt).toBe(new Date(2026, 10, 24, 10, 0).getTime());
    expect(r).toMatchObject({ status: 'pending', orderId: '9001', buyerNick: '小鹿', timeText: '明天上午10点', url: snap.url, text: '跟进：订单 9001' });
    expect(changed).toHaveBeenCalled();
    await screen.findByTestId('reminder');
  });

  it('refuses a time it cannot read, and saves nothing', async () => {
    const { db, store, changed } = setup();
    const when = screen.getByTestId('reminder-when-input');
    fireEvent.input(when, { target: { value: '等买家回复再说' } });
    expect((await screen.findByTestId('reminder-reading')).dataset.ok).toBe('false');
    expect((screen.getByTestId('reminder-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(when, { key: 'Enter' });
    // A readable time saved the same way afterwards is the signal: a write from the first Enter would
    // have been queued before it (one IndexedDB store, transactions in order) and so be stored by now.
    fireEvent.input(when, { target: { value: '明天上午10点' } });
    await waitFor(() => expect(screen.getByTestId('reminder-reading').dataset.ok).toBe('true'));
    fireEvent.keyDown(when, { key: 'Enter' });
    await waitFor(() => expect(store.getState().notice?.kind).toBe('ok'));
    expect((await db.reminders.toArray()).map((r) => r.timeText)).toEqual(['明天上午10点']);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['preset-30m', NOW + 30 * 60_000],
    ['preset-2h', NOW + 2 * 3600_000],
    ['preset-tomorrow10', new Date(2026, 10, 24, 10, 0).getTime()],
  ])('preset %s', async (id, at) => {
    const { db } = setup();
    fireEvent.click(screen.getByTestId(id));
    fireEvent.input(screen.getByTestId('reminder-text'), { target: { value: '问一下物流' } });
    fireEvent.click(screen.getByTestId('reminder-save'));
    await waitFor(async () => expect(await db.reminders.count()).toBe(1));
    expect((await db.reminders.toArray())[0]).toMatchObject({ dueAt: at, text: '问一下物流' });
  });

  it('reads English when the panel is in English', async () => {
    setup('section', 'en');
    fireEvent.input(screen.getByTestId('reminder-when-input'), { target: { value: 'tomorrow 3pm' } });
    expect((await screen.findByTestId('reminder-reading')).textContent).toContain('tomorrow 15:00');
  });
});

describe('RemindersView', () => {
  it('groups overdue / today / upcoming / done and marks done', async () => {
    const { db } = setup('view');
    await createReminder(db, { text: '已过', dueAt: NOW - 60_000 }, NOW - 3600_000);
    await createReminder(db, { text: '今天下午', dueAt: new Date(2026, 10, 23, 15, 0).getTime() }, NOW);
    await createReminder(db, { text: '下周', dueAt: NOW + 7 * 86400_000 }, NOW);
    const d = await createReminder(db, { text: '做完了', dueAt: NOW - 7200_000 }, NOW - 9000_000);
    await markDone(db, d, NOW - 100);
    const texts = async (g: string) => {
      const el = await screen.findByTestId(`group-${g}`);
      return [...el.querySelectorAll('[data-testid="reminder"] .rem-text')].map((x) => x.textContent);
    };
    await waitFor(async () => expect(await texts('overdue')).toEqual(['已过']));
    expect(await texts('today')).toEqual(['今天下午']);
    expect(await texts('upcoming')).toEqual(['下周']);
    expect(await texts('done')).toEqual(['做完了']);
    fireEvent.click((await screen.findByTestId('group-overdue')).querySelector('[data-testid="reminder-done"]')!);
    await waitFor(async () => expect(await texts('done')).toEqual(['已过', '做完了']));
  });

  it('reschedules by editing the time text, and deletes with undo', async () => {
    const { db, store } = setup('view');
    const id = await createReminder(db, { text: '改时间', dueAt: NOW - 60_000 }, NOW - 3600_000);
    const row = async () => (await screen.findByTestId('group-overdue')).querySelector('[data-testid="reminder"]')!;
    fireEvent.click((await row()).querySelector('[data-testid="reminder-edit"]')!);
    fireEvent.input(await screen.findByTestId('reminder-time-edit'), { target: { value: '后天下午3点' } });
    expect((await screen.findByTestId('reminder-time-reading')).dataset.ok).toBe('true');
    fireEvent.click(screen.getByTestId('reminder-time-save'));
    await waitFor(async () => expect((await db.reminders.get(id))?.dueAt).toBe(new Date(2026, 10, 25, 15, 0).getTime()));
    expect((await db.reminders.get(id))?.status).toBe('pending');
    fireEvent.click((await screen.findByTestId('group-upcoming')).querySelector('[data-testid="reminder-delete"]')!);
    await waitFor(async () => expect(await db.reminders.count()).toBe(0));
    store.getState().notice!.action!.run();
    await waitFor(async () => expect((await db.reminders.get(id))?.text).toBe('改时间'));
  });

  it('shows a calm empty state', async () => {
    setup('view');
    expect((await screen.findByTestId('reminders-view-empty')).textContent).toContain('还没有提醒');
  });
});
