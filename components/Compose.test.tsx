import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../lib/db/schema';
import { ApiContext, type PanelApi } from './api';
import { Compose } from './Compose';
import { createPanelStore } from './store';

afterEach(cleanup);

describe('Compose', () => {
  it('keeps what the agent typed when the section is rendered again, and clears it once inserted', async () => {
    const store = createPanelStore({ lang: 'zh' });
    const inserted: string[] = [];
    const api: PanelApi = { store, db: new CopilotDb(`compose-${Math.random()}`), insert: vi.fn(async (t: string) => (inserted.push(t), 'inserted' as const)), copy: async () => true, savePrefs: () => {} };
    const ui = () => <ApiContext.Provider value={api}><Compose /></ApiContext.Provider>;
    const first = render(ui());
    fireEvent.input(screen.getByTestId('compose'), { target: { value: '亲，今天给您发出' } });
    first.unmount();
    render(ui());
    expect((screen.getByTestId('compose') as HTMLTextAreaElement).value).toBe('亲，今天给您发出');
    fireEvent.click(screen.getByTestId('compose-insert'));
    await waitFor(() => expect(inserted).toEqual(['亲，今天给您发出']));
    await waitFor(() => expect((screen.getByTestId('compose') as HTMLTextAreaElement).value).toBe(''));
  });
});
