import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopilotDb } from '../../lib/db/schema';
import { createScript, loadLibrary, listRows } from '../../lib/db/replies';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin';
import { exportJsonPack } from '../../lib/replies/io';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import * as dl from './download';
import { LibraryView } from './LibraryView';

let n = 0;
function setup() {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`library-view-${n++}-${Math.random()}`);
  const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {} };
  render(<ApiContext.Provider value={api}><LibraryView /></ApiContext.Provider>);
  return { api, db, store };
}
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });
async function pickFile(f: File) {
  fireEvent.click(screen.getByTestId('lib-import'));
  const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [f], configurable: true });
  // testing-library's fireEvent.change does not reach a file input under happy-dom; dispatch it directly.
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses an option of a select (fireEvent.change does not reach preact's select listener under happy-dom). */
async function choose(testId: string, value: string) {
  const sel = screen.getByTestId(testId) as HTMLSelectElement;
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => expect((screen.getByTestId(testId) as HTMLSelectElement).value).toBe(value));
}

describe('LibraryView', () => {
  it('"write a reply for this case" opens a new reply for that situation; saved, it carries the scenario', async () => {
    const { db, store } = setup();
    await screen.findByTestId('lib-search');
    store.getState().startReply({ scenarios: ['return_refund'], lang: 'zh' });
    await screen.findByTestId('script-editor');
    const chip = screen.getByTestId('edit-scenarios').querySelector('[data-scenario="return_refund"]')!;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().replyDraft).toBeNull();
    // A second situation, toggled on by hand.
    fireEvent.click(screen.getByTestId('edit-scenarios').querySelector('[data-scenario="wrong_item"]')!);
    fireEvent.input(screen.getByTestId('edit-title'), { target: { value: '运费我们出' } });
    fireEvent.input(screen.getByTestId('edit-body'), { target: { value: '{buyer|亲}，寄回的运费由我们承担。' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(async () => expect((await listRows(db)).find((r) => r.title === '运费我们出')?.scenarios).toEqual(['return_refund', 'wrong_item']));
  });

  it('the conditions of a reply (stage, after-sales state, page, whose fault, wrong-item case) are saved and shown again', async () => {
    const { db, store } = setup();
    await screen.findByTestId('lib-search');
    store.getState().startReply({ scenarios: ['wrong_item'], lang: 'zh' });
    await screen.findByTestId('script-editor');
    expect((screen.getByTestId('edit-conditions') as HTMLDetailsElement).open).toBe(false);
    fireEvent.click(screen.getByTestId('edit-stages').querySelector('[data-value="delivered"]')!);
    fireEvent.click(screen.getByTestId('edit-states').querySelector('[data-value="requested"]')!);
    fireEvent.click(screen.getByTestId('edit-page-kinds').querySelector('[data-value="chat"]')!);
    await choose('edit-cause', 'seller');
    await choose('edit-subcase', 'missing');
    fireEvent.input(screen.getByTestId('edit-title'), { target: { value: '补发漏件' } });
    fireEvent.input(screen.getByTestId('edit-body'), { target: { value: '{buyer|亲}，少的那件今天给您补发。' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(async () => expect((await listRows(db)).find((r) => r.title === '补发漏件')).toMatchObject({
      stages: ['delivered'], states: ['requested'], pageKinds: ['chat'], cause: 'seller', subcase: 'missing',
    }));
    const lib = await loadLibrary(db, []);
    const mine = lib.scripts.find((x) => x.title === '补发漏件')!;
    expect(mine).toMatchObject({ cause: 'seller', subcase: 'missing', pageKinds: ['chat'] });
    // Opened again, the conditions show what was saved.
    fireEvent.input(await screen.findByTestId('lib-search'), { target: { value: '补发漏件' } });
    await waitFor(() => expect(screen.getAllByTestId('lib-item').some((e) => e.dataset.scriptId === mine.id)).toBe(true));
    fireEvent.click(screen.getAllByTestId('lib-item').find((e) => e.dataset.scriptId === mine.id)!);
    await screen.findByTestId('script-editor');
    expect((screen.getByTestId('edit-conditions') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByTestId('edit-stages').querySelector('[data-value="delivered"]')!.getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByTestId('edit-cause') as HTMLSelectElement).value).toBe('seller');
  });

  it('editing a built-in makes an override; reset restores the original', async () => {
    const { db } = setup();
    fireEvent.input(await screen.findByTestId('lib-search'), { target: { value: 'thdz' } });
    const item = (await screen.findAllByTestId('lib-item'))[0];
    const id = item.dataset.scriptId!;
    const original = BUILTIN_SCRIPTS.find((s) => s.id === id)!;
    fireEvent.click(item);
    fireEvent.input(await screen.findByTestId('edit-title'), { target: { value: '退货地址（我的版本）' } });
    // The live preview shows the body with its variables marked.
    expect(screen.getByTestId('edit-preview').textContent).toContain('退货地址');
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(async () => expect((await loadLibrary(db, BUILTIN_SCRIPTS)).byId.get(id)?.source).toBe('override'));
    expect((await loadLibrary(db, BUILTIN_SCRIPTS)).byId.get(id)?.title).toBe('退货地址（我的版本）');
    fireEvent.input(screen.getByTestId('lib-search'), { target: { value: '我的版本' } });
    await waitFor(() => expect(screen.getAllByTestId('lib-item')[0].dataset.source).toBe('override'));
    fireEvent.click(screen.getAllByTestId('lib-item')[0]);
    fireEvent.click(await screen.findByTestId('edit-reset'));
    await waitFor(async () => expect((await loadLibrary(db, BUILTIN_SCRIPTS)).byId.get(id)?.title).toBe(original.title));
    expect((await loadLibrary(db, BUILTIN_SCRIPTS)).byId.get(id)?.source).toBe('builtin');
  });

  it('reports a shortcut clash before saving', async () => {
    setup();
    fireEvent.click(await screen.findByTestId('lib-new'));
    fireEvent.input(screen.getByTestId('edit-title'), { target: { value: 'x' } });
    fireEvent.input(screen.getByTestId('edit-body'), { target: { value: 'y' } });
    fireEvent.input(screen.getByTestId('edit-shortcut'), { target: { value: 'thdz' } });
    expect(screen.getByTestId('edit-shortcut-error').textContent).toContain('thdz');
    expect((screen.getByTestId('edit-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('delete offers undo', async () => {
    const { db, store } = setup();
    const id = await createScript(db, { title: '自建一条', body: '内容', lang: 'zh' });
    const item = await waitFor(() => {
      const li = screen.getAllByTestId('lib-item').find((x) => x.dataset.scriptId === id);
      if (!li) throw new Error('not listed yet');
      return li;
    });
    fireEvent.click(item);
    fireEvent.click(await screen.findByTestId('edit-delete'));
    await waitFor(async () => expect((await db.scripts.get(id))?.deleted).toBe(true));
    store.getState().notice!.action!.run();
    await waitFor(async () => expect((await db.scripts.get(id))?.deleted).toBeUndefined());
  });

  it('import: preview with a conflict, the choice applies in one go', async () => {
    const { db } = setup();
    const id = await createScript(db, { title: '催发货', body: '原来的内容', lang: 'zh', shortcut: 'cfh' });
    const pack = JSON.stringify({
      format: 'aftersales-copilot.scripts', version: 1,
      scripts: [
        { id, title: '催发货', body: '文件里的新内容', lang: 'zh', tags: [], scenarios: [], stages: [], states: [], shortcut: 'cfh' },
        { id: 'u.other', title: '新的一条', body: '你好{buyer|亲}', lang: 'zh', tags: [], scenarios: [], stages: [], states: [] },
      ],
    });
    await pickFile(file(pack, 'pack.json'));
    await screen.findByTestId('import-preview');
    expect(screen.getByTestId('import-added').textContent).toContain('1');
    expect(screen.getAllByTestId('import-conflict')).toHaveLength(1);
    const choice = screen.getByTestId('import-choice') as HTMLSelectElement;
    choice.value = 'replace';
    choice.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(screen.getByTestId('import-apply').textContent).toContain('2'));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await db.scripts.get(id))?.body).toBe('文件里的新内容'));
    const rows = await listRows(db);
    expect(rows.filter((r) => !r.deleted).map((r) => r.title).sort()).toEqual(['催发货', '新的一条']);
  });

  it('CSV import goes through the column mapping step', async () => {
    const { db } = setup();
    await pickFile(file('快捷编码,内容,分组\nabc,您好，欢迎光临,通用\n', 'q.csv'));
    await screen.findByTestId('import-mapping');
    expect((screen.getByTestId('map-body') as HTMLSelectElement).value).toBe('1');
    expect((screen.getByTestId('map-shortcut') as HTMLSelectElement).value).toBe('0');
    fireEvent.click(screen.getByTestId('import-map-next'));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await listRows(db)).map((r) => r.shortcut)).toEqual(['abc']));
  });

  it('a CSV Excel saved in GBK imports as Chinese text; UTF-16 too; unreadable bytes are refused with a message', async () => {
    const { db } = setup();
    // 标题,内容\n退货地址,亲，请寄回杭州\n in GBK bytes.
    const gbk = Uint8Array.from('b1eacce22cc4dac8dd0acdcbbbf5b5d8d6b72cc7d7a3acc7ebbcc4bbd8babcd6dd0a'.match(/../g)!.map((b) => parseInt(b, 16)));
    await pickFile(new File([gbk], 'excel.csv', { type: 'text/csv' }));
    await screen.findByTestId('import-mapping');
    expect((screen.getByTestId('map-body') as HTMLSelectElement).value).toBe('1'); // the 内容 header was read
    fireEvent.click(screen.getByTestId('import-map-next'));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await listRows(db)).map((r) => [r.title, r.body])).toEqual([['退货地址', '亲，请寄回杭州']]));

    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from('标题,内容\n改地址,亲，地址已改\n', 'utf16le'))]);
    await pickFile(new File([utf16], 'unicode.txt'));
    await screen.findByTestId('import-mapping');
    fireEvent.click(screen.getByTestId('import-map-next'));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await listRows(db)).map((r) => r.title).sort()).toEqual(['改地址', '退货地址']));

    await pickFile(new File([Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0xff, 0x2c, 0x81])], 'broken.csv'));
    expect((await screen.findByTestId('import-error')).textContent).toContain('读不懂这个文件的文字编码');
    expect(screen.queryByTestId('import-mapping')).toBeNull();
    expect(await db.scripts.count()).toBe(2);
  });

  it('an import that skips invalid rows says how many and why', async () => {
    const { db, store } = setup();
    const rows = Array.from({ length: 11 }, (_, i) => `坏的${i},`).join('\n');
    await pickFile(file(`标题,内容\n${rows}\n好的一条,亲，您好\n`, 'mixed.csv'));
    fireEvent.click(await screen.findByTestId('import-map-next'));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByTestId('import-ignore-errors'));
    await waitFor(() => expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(store.getState().notice?.text).toBe('已导入：新增 1 条，更新 0 条；跳过 11 条（有误 11 条）。'));
    expect((await listRows(db)).map((r) => r.title)).toEqual(['好的一条']);
  });

  it.each([
    ['not json', '{"format": "aftersales-copilot.scripts", "scripts": [', 'x.json', /JSON/],
    ['wrong format', '{"hello": 1}', 'x.json', /话术文件/],
    ['prototype pollution', '{"format":"aftersales-copilot.scripts","version":1,"scripts":[{"__proto__":{"polluted":1},"title":"a","body":"b"}]}', 'x.json', /__proto__/],
  ])('a hostile or malformed file (%s) is refused and changes nothing', async (_name, text, name, message) => {
    const { db } = setup();
    await pickFile(file(text, name));
    // Reading the file has ended with the refusal: no preview, so nothing can be applied.
    expect((await screen.findByTestId('import-error')).textContent).toMatch(message);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(await db.scripts.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a huge file is refused before reading', async () => {
    const { db } = setup();
    const big = file('x', 'big.json');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await pickFile(big);
    expect((await screen.findByTestId('import-error')).textContent).toContain('太大');
    expect(await db.scripts.count()).toBe(0);
  });

  it('export → import round-trips: same scripts, nothing to write', async () => {
    const spy = vi.spyOn(dl, 'downloadText').mockImplementation(() => {});
    const { db } = setup();
    await createScript(db, { title: '自建A', body: '{buyer|亲}，A', lang: 'zh', folder: '我的', shortcut: 'zja' });
    await waitFor(() => expect(screen.getAllByTestId('lib-item')[0].textContent).toContain('自建A'));
    fireEvent.click(screen.getByTestId('lib-export-json'));
    expect(spy).toHaveBeenCalledTimes(1);
    const [text, name] = spy.mock.calls[0];
    expect(name).toMatch(/\.json$/);
    const before = (await loadLibrary(db, BUILTIN_SCRIPTS)).scripts.map((s) => `${s.id}|${s.title}|${s.body}`);
    await pickFile(file(text, name));
    await screen.findByTestId('import-preview');
    expect(screen.getByTestId('import-unchanged').textContent).toContain(String(before.length));
    expect(screen.getByTestId('import-added').textContent).toContain('0');
    const after = (await loadLibrary(db, BUILTIN_SCRIPTS)).scripts.map((s) => `${s.id}|${s.title}|${s.body}`);
    expect(after).toEqual(before);
    // The same pack imported into an empty library brings the agent's script back.
    const db2 = new CopilotDb(`library-rt-${Math.random()}`);
    expect(JSON.parse(exportJsonPack((await loadLibrary(db, BUILTIN_SCRIPTS)).scripts)).scripts.length).toBe(before.length);
    expect(await db2.scripts.count()).toBe(0);
  });
});
