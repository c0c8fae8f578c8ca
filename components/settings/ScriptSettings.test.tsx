import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../../lib/db/schema';
import { ApiContext, type PanelApi } from '../api';
import { defaultPrefs, readPrefs, savePrefs } from '../../lib/replies/fill';
import { createPanelStore } from '../store';
import { ScriptSettings } from './ScriptSettings';

afterEach(cleanup);

describe('ScriptSettings', () => {
  it('keeps the fields disabled until the stored values are in, so typing is never thrown away by their arrival', async () => {
    const store = createPanelStore({ lang: 'zh' });
    const db = new CopilotDb(`script-settings-${Math.random()}`);
    await savePrefs(db, { ...defaultPrefs(), shops: { '': { agent: '小云' } } });
    const api: PanelApi = { store, db, insert: vi.fn(async () => 'inserted' as const), copy: async () => true, savePrefs: () => {} };
    render(<ApiContext.Provider value={api}><ScriptSettings /></ApiContext.Provider>);
    const addr = screen.getByTestId('shopvar-returnAddress') as HTMLTextAreaElement;
    expect(addr.disabled).toBe(true); // the stored values are not in yet
    await waitFor(() => expect(addr.disabled).toBe(false));
    expect((screen.getByTestId('shopvar-agent') as HTMLInputElement).value).toBe('小云');
    fireEvent.input(addr, { target: { value: '杭州市云朵路8号' } });
    // Another setting written meanwhile re-reads the table: what was typed stays.
    await db.settings.put({ key: 'unrelated', value: 1 });
    fireEvent.click(screen.getByTestId('shopvar-save'));
    await waitFor(async () => expect((await readPrefs(db)).shops['']).toEqual({ agent: '小云', returnAddress: '杭州市云朵路8号' }));
    expect(addr.value).toBe('杭州市云朵路8号');
  });
});
