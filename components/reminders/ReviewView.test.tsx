import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addNote } from '../../lib/db/notes';
import { createReminder, done } from '../../lib/db/reminders';
import { recordCase } from '../../lib/db/review';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import * as dl from './download';
import { ReviewView } from './ReviewView';

const snap: PageSnapshot = { platform: 'pinduoduo', pageKind: 'chat', url: 'https://example.test/c', orderId: '77', buyer: { nick: '阿花' }, confidence: {} } as unknown as PageSnapshot;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ReviewView', () => {
  it('counts the day and exports the handover as text', async () => {
    const store = createPanelStore({ lang: 'zh' });
    const db = new CopilotDb(`review-ui-${Math.random()}`);
    const copied: string[] = [];
    const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async (t) => (copied.push(t), true), savePrefs: () => {} };
    const now = Date.now();
    const a = await createReminder(db, { text: '已处理的', dueAt: now - 1000, snapshot: snap }, now - 5000);
    await done(db, a, now - 500);
    await createReminder(db, { text: '还要跟进 阿花', dueAt: now + 60_000, snapshot: snap }, now - 5000);
    await addNote(db, snap, { text: '备注' });
    await recordCase(db, snap, 'refund_only', now);
    const save = vi.spyOn(dl, 'downloadText').mockImplementation(() => {});
    render(<ApiContext.Provider value={api}><ReviewView /></ApiContext.Provider>);
    await waitFor(() => expect(screen.getByTestId('review-done').dataset.value).toBe('1'));
    expect(screen.getByTestId('review-notes').dataset.value).toBe('1');
    expect(screen.getByTestId('review-cases').dataset.value).toBe('1');
    expect(screen.getByText('仅退款')).toBeTruthy();
    expect(screen.getAllByTestId('reminder')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('review-copy'));
    await waitFor(() => expect(copied[0]).toContain('还要跟进 阿花'));
    expect(copied[0]).toMatch(/^售后交接/);
    fireEvent.click(screen.getByTestId('review-download'));
    expect(save.mock.calls[0][0]).toMatch(/^handover-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(save.mock.calls[0][1]).toContain('待跟进 1 条');
  });

  it('names the handover file by the agent\'s local day (3 December early morning in UTC+8)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai'; // defaultTimeZone() reads it first
    try {
      vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-03T07:00:00+08:00'));
      const store = createPanelStore({ lang: 'zh' });
      const db = new CopilotDb(`review-ui-${Math.random()}`);
      const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {} };
      const save = vi.spyOn(dl, 'downloadText').mockImplementation(() => {});
      render(<ApiContext.Provider value={api}><ReviewView /></ApiContext.Provider>);
      fireEvent.click(await screen.findByTestId('review-download'));
      expect(save.mock.calls[0][0]).toBe('handover-2026-12-03.txt');
      expect(save.mock.calls[0][1]).toMatch(/^售后交接 · 12月3日/);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
