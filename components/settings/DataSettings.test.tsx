import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupToJson, exportBackup } from '../../lib/db/backup';
import { addNote } from '../../lib/db/notes';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import * as dl from '../reminders/download';
import { createPanelStore } from '../store';
import { DataSettings } from './DataSettings';

const snap = { platform: 'jd', pageKind: 'order', url: 'https://example.test/o', orderId: '5', confidence: {} } as unknown as PageSnapshot;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup() {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`data-ui-${Math.random()}`);
  const changed = vi.fn();
  const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {}, remindersChanged: changed };
  render(<ApiContext.Provider value={api}><DataSettings /></ApiContext.Provider>);
  return { db, store, changed };
}
function pick(text: string) {
  const input = screen.getByTestId('backup-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('DataSettings', () => {
  it('exports every table as one JSON file', async () => {
    const { db } = setup();
    await addNote(db, snap, { text: '一条备注' });
    const save = vi.spyOn(dl, 'downloadText').mockImplementation(() => {});
    fireEvent.click(screen.getByTestId('backup-export'));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [name, text] = save.mock.calls[0];
    expect(name).toMatch(/^aftersales-copilot-backup-.*\.json$/);
    expect(JSON.parse(text).tables.notes[0].text).toBe('一条备注');
  });

  it('a bad file lists its problems and changes nothing', async () => {
    const { db } = setup();
    await addNote(db, snap, { text: '留着' });
    pick('{"format":"aftersales-copilot-backup","version":1,"tables":{"notes":[{"text":5}]}}');
    const box = await screen.findByTestId('backup-problems');
    expect(box.textContent).toContain('没有任何改动');
    expect(box.querySelectorAll('li').length).toBeGreaterThan(1);
    expect(screen.queryByTestId('backup-confirm')).toBeNull();
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['留着']);
  });

  it('asks before replacing, then restores', async () => {
    const other = new CopilotDb(`data-src-${Math.random()}`);
    await addNote(other, snap, { text: '来自备份' });
    const text = backupToJson(await exportBackup(other));
    const { db, changed } = setup();
    await addNote(db, snap, { text: '会被替换' });
    pick(text);
    const confirm = await screen.findByTestId('backup-confirm');
    expect(confirm.textContent).toContain('备注 1');
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['会被替换']);
    fireEvent.click(screen.getByTestId('backup-restore'));
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['来自备份']));
    expect(changed).toHaveBeenCalled();
  });
});
