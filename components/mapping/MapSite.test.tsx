import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../../lib/db/schema';
import { MAP_FIELDS } from '../../lib/mapping/fields';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { MapSite, parseHost } from './MapSite';
import { MappingSettings } from './MappingSettings';
import type { MappingApi, PickedField } from '../../utils/mapping-api';
import * as dl from '../replies/download';

/** A fake page: each pick() waits until the test "clicks" (resolve) or cancels. */
function fakeMapping(url: string | null = 'https://shop.example.test/admin/orders/1', granted = true) {
  const pending: { field: string; resolve: (r: PickedField | null) => void }[] = [];
  const calls: string[] = [];
  const m: MappingApi = {
    pageUrl: vi.fn(async () => url),
    requestHost: vi.fn(async (h: string) => {
      calls.push(`request ${h}`);
      return granted;
    }),
    startPicker: vi.fn(async () => true),
    // Like picker.js: a new pick ends the previous one.
    pick: vi.fn((field: string) => {
      for (const p of pending.splice(0)) p.resolve(null);
      return new Promise<PickedField | null>((resolve) => pending.push({ field, resolve }));
    }),
    cancelPick: vi.fn(async () => {
      for (const p of pending.splice(0)) p.resolve(null);
    }),
    changed: vi.fn(async () => {}),
    forgetHost: vi.fn(async (h: string) => {
      calls.push(`forget ${h}`);
    }),
  };
  /** The agent clicks an element in the page for the field being picked. */
  const click = async (text: string, extra?: Record<string, string>) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    const p = pending.shift()!;
    p.resolve({ selector: `#sel-${p.field}`, text, extra });
    return p.field;
  };
  return { m, click, calls, pending };
}

let n = 0;
function setup(mapping?: MappingApi, ui: 'page' | 'settings' = 'page') {
  const store = createPanelStore({ lang: 'zh' });
  store.getState().setPage({ tabId: 7, status: 'not-seller', snapshot: null });
  const db = new CopilotDb(`mapping-ui-${n++}-${Math.random()}`);
  const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {}, mapping };
  render(<ApiContext.Provider value={api}>{ui === 'page' ? <MapSite /> : <MappingSettings />}</ApiContext.Provider>);
  return { api, db, store };
}
afterEach(cleanup);

describe('parseHost', () => {
  it('takes a host from an address or a bare name', () => {
    expect(parseHost('https://Shop.Example.test:8443/a?b=1')).toBe('shop.example.test');
    expect(parseHost(' shop.example.test ')).toBe('shop.example.test');
    expect(parseHost('')).toBeNull();
    expect(parseHost('chrome://extensions')).toBeNull();
  });
});

describe('MapSite', () => {
  it('without a mapping API only says the page is not supported', () => {
    setup(undefined);
    expect(screen.getByTestId('status-not-seller')).toBeTruthy();
    expect(screen.queryByTestId('map-offer')).toBeNull();
  });

  it('asks for the host, walks through every field (pick, skip), shows picked text as text, and saves', async () => {
    const f = fakeMapping();
    const { db, store } = setup(f.m);
    await waitFor(() => expect((screen.getByTestId('map-host') as HTMLInputElement).value).toBe('shop.example.test'));
    fireEvent.click(screen.getByTestId('map-start'));
    expect(f.calls).toEqual(['request shop.example.test']);
    await screen.findByTestId('map-wizard');
    expect(await f.click('XP-1')).toBe('orderId');
    expect(await f.click('<b>茶小白</b>')).toBe('buyer');
    expect(await f.click('能退款吗', { 'messages.buyer': '#rows > div.left', 'messages.text': 'p' })).toBe('messages');
    expect(await f.click('已发货')).toBe('orderStatus');
    await waitFor(() => expect(screen.getByTestId('map-wizard').dataset.field).toBe('afterSalesStatus'));
    fireEvent.click(screen.getByTestId('map-skip'));
    expect(await f.click('¥168.00')).toBe('paid');
    expect(await f.click('78823456789012')).toBe('trackingNo');
    expect(await f.click('')).toBe('chatBox');
    await screen.findByTestId('map-review');
    // Page text is rendered as text, never as HTML.
    expect(screen.getByTestId('map-text-buyer').textContent).toBe('<b>茶小白</b>');
    expect(screen.getByTestId('map-text-buyer').querySelector('b')).toBeNull();
    expect(screen.getByTestId('map-field-afterSalesStatus').dataset.state).toBe('skipped');
    fireEvent.click(screen.getByTestId('map-save'));
    await waitFor(() => expect(f.m.changed).toHaveBeenCalledWith({ applyNow: true, lang: 'zh', known: false }));
    const row = await db.mappings.get('shop.example.test');
    expect(row?.fields).toEqual({
      orderId: '#sel-orderId', buyer: '#sel-buyer', messages: '#sel-messages', 'messages.buyer': '#rows > div.left', 'messages.text': 'p',
      orderStatus: '#sel-orderStatus', paid: '#sel-paid', trackingNo: '#sel-trackingNo', chatBox: '#sel-chatBox',
    });
    expect(store.getState().notice?.kind).toBe('ok');
    expect(screen.queryByTestId('map-wizard')).toBeNull();
  });

  it('Esc in the page pauses; resume picks the same field again; re-pick from the review changes one field', async () => {
    const f = fakeMapping();
    setup(f.m);
    await waitFor(() => expect((screen.getByTestId('map-host') as HTMLInputElement).value).toBe('shop.example.test'));
    fireEvent.click(screen.getByTestId('map-start'));
    await screen.findByTestId('map-wizard');
    await waitFor(() => expect(f.pending.length).toBe(1));
    f.pending.shift()!.resolve(null); // Esc
    await screen.findByTestId('map-paused');
    fireEvent.click(screen.getByTestId('map-resume'));
    expect(await f.click('XP-1')).toBe('orderId');
    for (let i = 1; i < MAP_FIELDS.length; i++) await f.click(`v${i}`);
    await screen.findByTestId('map-review');
    fireEvent.click(screen.getByTestId('map-repick-buyer'));
    expect(await f.click('新买家')).toBe('buyer');
    await screen.findByTestId('map-review');
    expect(screen.getByTestId('map-text-buyer').textContent).toBe('新买家');
  });

  it('a refused permission or another tab does not start pick mode', async () => {
    const refused = fakeMapping(undefined, false);
    const { store } = setup(refused.m);
    await waitFor(() => expect((screen.getByTestId('map-host') as HTMLInputElement).value).toBe('shop.example.test'));
    fireEvent.click(screen.getByTestId('map-start'));
    await waitFor(() => expect(store.getState().notice?.kind).toBe('warn'));
    expect(screen.queryByTestId('map-wizard')).toBeNull();
    expect(refused.m.startPicker).not.toHaveBeenCalled();
    cleanup();
    const other = fakeMapping(null);
    const s2 = setup(other.m);
    fireEvent.input(screen.getByTestId('map-host'), { target: { value: 'shop.example.test' } });
    fireEvent.click(screen.getByTestId('map-start'));
    await waitFor(() => expect(s2.store.getState().notice?.text).toContain('不是 shop.example.test'));
    expect(screen.queryByTestId('map-wizard')).toBeNull();
  });
});

describe('MappingSettings', () => {
  it('lists mapped sites; delete removes the row and withdraws the access', async () => {
    const f = fakeMapping();
    const { db } = setup(f.m, 'settings');
    await screen.findByTestId('mappings-empty');
    await db.mappings.put({ host: 'shop.example.test', fields: { orderId: '#o', buyer: '#b' }, createdAt: 1, updatedAt: 1 });
    const row = await screen.findByTestId('mapping-row');
    expect(row.textContent).toContain('shop.example.test');
    expect(row.textContent).toContain('2 项');
    fireEvent.click(screen.getByTestId('mapping-delete'));
    await screen.findByTestId('mappings-empty');
    expect(await db.mappings.count()).toBe(0);
    expect(f.calls).toEqual(['forget shop.example.test']);
  });

  it('re-map opens the wizard with the saved fields', async () => {
    const f = fakeMapping();
    const { db } = setup(f.m, 'settings');
    await db.mappings.put({ host: 'shop.example.test', fields: { orderId: '#o', buyer: '#b' }, createdAt: 1, updatedAt: 1 });
    fireEvent.click(await screen.findByTestId('mapping-remap'));
    await screen.findByTestId('map-wizard');
    expect(screen.getByTestId('map-field-buyer').dataset.state).toBe('picked');
    expect(f.calls).toEqual(['request shop.example.test']);
  });
});

describe('selector packs in the settings', () => {
  it('exports the mappings as a pack and imports one (refused sites named, nothing else changed)', async () => {
    const { db, store } = setup(fakeMapping().m, 'settings');
    await db.mappings.put({ host: 'shop.jd.com', fields: { buyer: '.cst_x7Q' }, createdAt: 1, updatedAt: 1 });
    const saved: string[] = [];
    vi.spyOn(dl, 'downloadText').mockImplementation((text: string) => void saved.push(text));
    await screen.findByTestId('mapping-row');
    fireEvent.click(screen.getByTestId('mappings-export'));
    await waitFor(() => expect(saved.length).toBe(1));
    expect(JSON.parse(saved[0]).sites).toEqual([{ host: 'shop.jd.com', fields: { buyer: '.cst_x7Q' } }]);
    await db.mappings.clear();
    const pack = JSON.stringify({ format: 'aftersales-copilot.selectors', version: 1, sites: [...JSON.parse(saved[0]).sites, { host: 'x.test', fields: { buyer: ':::(' } }] });
    const input = screen.getByTestId('mappings-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([pack], 'p.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(async () => expect((await db.mappings.toArray()).map((m) => [m.host, m.fields])).toEqual([['shop.jd.com', { buyer: '.cst_x7Q' }]]));
    await waitFor(() => expect(store.getState().notice?.text).toMatch(/已导入 1 个网站.*1 个未导入（x\.test/));
  });
});
