import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import type { MappingApi, PickedField } from '../../utils/mapping-api';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { Facts } from './Facts';

afterEach(cleanup);

const jdOrder = (): PageSnapshot => ({
  platform: 'jd', pageKind: 'order_detail', url: 'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=1',
  orderId: '1234567890123', orderStage: 'shipped', items: [{ title: '机械键盘' }], amounts: { paid: 329, currency: 'CNY' }, confidence: { orderId: 0.95 },
});

describe('Facts: fixing a fact the reader missed', () => {
  it('"Pick it" on an unread buyer asks for the site, picks that one field on the page and saves it for the host, telling the page script', async () => {
    let resolvePick: ((r: PickedField | null) => void) | null = null;
    const m: MappingApi = {
      pageUrl: vi.fn(async () => 'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=1'),
      requestHost: vi.fn(async () => true),
      startPicker: vi.fn(async () => true),
      pick: vi.fn((field: string) => new Promise<PickedField | null>((resolve) => { expect(field).toBe('buyer'); resolvePick = resolve; })),
      cancelPick: vi.fn(async () => {}),
      changed: vi.fn(async () => {}),
      forgetHost: vi.fn(async () => {}),
    };
    const db = new CopilotDb(`facts-fix-${Math.random()}`);
    const api: PanelApi = { store: createPanelStore({ lang: 'zh' }), db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {}, mapping: m };
    render(<ApiContext.Provider value={api}><Facts snap={jdOrder()} lang="zh" /></ApiContext.Provider>);
    expect(screen.getByTestId('unread-facts').dataset.facts).toBe('buyer');
    fireEvent.click(screen.getByTestId('fix-buyer'));
    expect(m.requestHost).toHaveBeenCalledWith('shop.jd.com');
    await waitFor(() => expect(resolvePick).not.toBeNull());
    resolvePick!({ selector: '.cust_9a', text: 'jd_4f2a81' });
    fireEvent.click(await screen.findByTestId('map-save'));
    await waitFor(async () => expect((await db.mappings.get('shop.jd.com'))?.fields).toEqual({ buyer: '.cust_9a' }));
    expect(m.changed).toHaveBeenCalledWith(expect.objectContaining({ applyNow: true, known: true }));
  });
});
