import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../../lib/db/schema';
import { ApiContext, type PanelApi } from '../api';
import { loadDeadlineConfig } from '../../lib/playbook/settings';
import { createPanelStore } from '../store';
import { DeadlineSettings } from './DeadlineSettings';

let n = 0;
function mount() {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`deadline-settings-${n++}-${Math.random()}`);
  const api: PanelApi = { store, db, insert: vi.fn(async () => 'inserted' as const), copy: async () => true, savePrefs: () => {} };
  render(<ApiContext.Provider value={api}><DeadlineSettings /></ApiContext.Provider>);
  return { db, store };
}
/** Picks a platform row (a native change event: the select is controlled). */
function choose(value: string) {
  const s = screen.getByTestId('deadline-platform') as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}
const type = (id: string, v: string) => fireEvent.input(screen.getByTestId(id), { target: { value: v } });

afterEach(cleanup);

describe('DeadlineSettings', () => {
  it('refuses a deadline that is not a positive number of hours, with a clear message, and saves nothing', async () => {
    const { db, store } = mount();
    choose('taobao');
    type('deadline-upload_evidence', '三天');
    fireEvent.click(screen.getByTestId('deadline-save'));
    const errors = await screen.findByTestId('deadline-errors');
    expect(errors.textContent).toContain('淘宝/天猫 · 平台介入后上传凭证：「三天」不是数字');
    type('deadline-upload_evidence', '-5');
    fireEvent.click(screen.getByTestId('deadline-save'));
    await waitFor(() => expect(screen.getByTestId('deadline-errors').textContent).toContain('必须大于 0'));
    type('deadline-upload_evidence', '5000');
    fireEvent.click(screen.getByTestId('deadline-save'));
    await waitFor(() => expect(screen.getByTestId('deadline-errors').textContent).toContain('最多 2160 小时'));
    expect(store.getState().notice?.kind).toBe('error');
    expect(await db.settings.get('deadlines')).toBeUndefined();
    expect(await db.settings.get('timers')).toBeUndefined();
  });

  it('refuses timer limits out of range', async () => {
    const { db } = mount();
    type('timer-first-response', '0');
    fireEvent.click(screen.getByTestId('deadline-save'));
    await waitFor(() => expect(screen.getByTestId('deadline-errors').textContent).toContain('首次响应：应在 1–3600 秒之间'));
    expect(await db.settings.get('timers')).toBeUndefined();
  });

  it('saves valid values (only those differing from the defaults) and resets to defaults', async () => {
    const { db } = mount();
    choose('default');
    await waitFor(() => expect(screen.getByTestId('deadline-respond_refund_request').getAttribute('aria-label')).toContain('默认'), { timeout: 3000 });
    type('deadline-respond_refund_request', '24');
    type('deadline-ship_after_payment', '48'); // the default: not stored
    type('timer-first-response', '60');
    fireEvent.click(screen.getByTestId('deadline-save'));
    await waitFor(async () => expect((await db.settings.get('deadlines'))?.value).toEqual({ default: { respond_refund_request: 24 } }), { timeout: 3000 });
    expect((await db.settings.get('timers'))?.value).toEqual({ firstResponseSec: 60, resolutionMin: 120 });
    const cfg = await loadDeadlineConfig(db);
    expect(cfg.table.default.respond_refund_request).toBe(24);
    expect(cfg.table.taobao.respond_refund_request).toBe(48);
    expect(cfg.limits.firstResponseSec).toBe(60);
    fireEvent.click(screen.getByTestId('deadline-reset'));
    await waitFor(async () => expect(await db.settings.get('deadlines')).toBeUndefined(), { timeout: 3000 });
    // The form shows the defaults once it has re-read the (now empty) settings.
    await waitFor(() => expect((screen.getByTestId('timer-first-response') as HTMLInputElement).value).toBe('30'), { timeout: 3000 });
    expect(await db.settings.get('timers')).toBeUndefined();
  });

  it('ignores broken stored settings (defaults apply)', async () => {
    const db = new CopilotDb(`deadline-broken-${n++}`);
    await db.settings.bulkPut([{ key: 'deadlines', value: { taobao: { upload_evidence: -1 } } }, { key: 'timers', value: 'fast' }]);
    const cfg = await loadDeadlineConfig(db);
    expect(cfg.table.taobao.upload_evidence).toBe(72);
    expect(cfg.limits).toEqual({ firstResponseSec: 30, resolutionMin: 120 });
  });

  it('shows how many corrections were learned and clears them', async () => {
    const { db } = mount();
    await db.feedback.bulkAdd([{ text: '颜色偏黄', to: 'quality_issue', at: 1 }, { text: '发错了', to: 'wrong_item', at: 2 }]);
    await waitFor(() => expect(screen.getByTestId('learning-count').dataset.count).toBe('2'));
    fireEvent.click(screen.getByTestId('learning-clear'));
    fireEvent.click(screen.getByTestId('learning-clear-confirm'));
    await waitFor(() => expect(screen.getByTestId('learning-count').dataset.count).toBe('0'));
    expect(await db.feedback.count()).toBe(0);
  });
});
