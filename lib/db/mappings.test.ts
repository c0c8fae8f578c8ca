import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteMapping, getMapping, listMappings, saveMapping, saveSites } from './mappings';
import { CopilotDb } from './schema';

let db: CopilotDb;
let n = 0;
beforeEach(async () => {
  db = new CopilotDb(`mappings-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('site mappings', () => {
  it('the picked texts choose the page language; an empty pick keeps the old one; created time stays', async () => {
    expect(await saveMapping(db, 'b.example', { orderId: '#id' }, ['订单号 123'], 10)).toBe('zh');
    expect(await saveMapping(db, 'a.example', { orderId: '#id' }, ['Order 123'], 11)).toBe('en');
    expect(await saveMapping(db, 'a.example', { buyer: '.who' }, ['  '], 12)).toBe('en');
    expect(await getMapping(db, 'a.example')).toEqual({ host: 'a.example', fields: { buyer: '.who' }, lang: 'en', createdAt: 11, updatedAt: 12 });
    expect((await listMappings(db)).map((m) => m.host)).toEqual(['a.example', 'b.example']);
    await deleteMapping(db, 'b.example');
    expect((await listMappings(db)).map((m) => m.host)).toEqual(['a.example']);
  });

  it('a pack site without a language keeps the saved one; a new one reads Chinese', async () => {
    await saveMapping(db, 'a.example', { orderId: '#id' }, ['Order'], 1);
    await saveSites(db, [{ host: 'a.example', fields: { orderId: '#o' } }, { host: 'c.example', fields: { buyer: '.b' } }], 5);
    expect(await getMapping(db, 'a.example')).toMatchObject({ fields: { orderId: '#o' }, lang: 'en', createdAt: 1, updatedAt: 5 });
    expect(await getMapping(db, 'c.example')).toMatchObject({ lang: 'zh', createdAt: 5 });
  });
});
