import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_MATCHES, SELLER_MATCHES, platformOfHost } from './hosts';
import { ADAPTERS, adapterFor } from './registry';
import { fixturesOf } from './testkit';
import { pageScripts } from './scripts';

const DIR = import.meta.dirname;
const NOT_ADAPTERS = new Set(['hosts', 'registry', 'types', 'testkit', 'read', 'scripts']);

describe('adapter registry (meta)', () => {
  it('lists every adapter file of lib/adapters exactly once', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.replace(/\.ts$/, '')).filter((f) => !NOT_ADAPTERS.has(f));
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(files.sort());
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has tests and at least 3 fixtures with expected snapshots', (id) => {
    expect(existsSync(join(DIR, `${id}.test.ts`))).toBe(true);
    expect(fixturesOf(id).length).toBeGreaterThanOrEqual(3);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has its own page script, declared for exactly its hosts', (id, a) => {
    const file = join(DIR, '..', '..', 'entrypoints', `page-${id}.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`startPageAgent([${id}])`);
    const declared = pageScripts(true).find((p) => p.name === `page-${id}`);
    expect(declared?.matches).toEqual([...a.matches]);
    expect(pageScripts(false).some((p) => p.name === 'page-demo')).toBe(false);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s reads its own fixture URLs, and no other adapter claims them', (id) => {
    for (const fx of fixturesOf(id)) expect(adapterFor(fx.url)?.id).toBe(id);
  });

  it('the store manifest matches only the seller hosts', () => {
    expect(SELLER_MATCHES.every((m) => m.startsWith('https://') && !m.includes('*.'))).toBe(true);
    expect(SELLER_MATCHES).not.toContain('http://127.0.0.1/*');
    expect(platformOfHost('mms.pinduoduo.com')).toBe('pinduoduo');
    expect(platformOfHost('www.example.com')).toBe('unknown');
    expect(Object.keys(PLATFORM_MATCHES).sort()).toEqual(['amazon', 'douyin', 'jd', 'kuaishou', 'pinduoduo', 'shopify', 'taobao']);
  });

  it('no adapter takes an unrelated site', () => {
    expect(adapterFor('https://www.example.com/orders/1')).toBeUndefined();
    expect(adapterFor('https://evil.example/mms.pinduoduo.com/')).toBeUndefined();
  });
});

describe('every adapter never throws', () => {
  // A document whose every property throws stands for a reader bug meeting an odd page: the page
  // agent relies on read() returning a snapshot (it has no try/catch of its own).
  const hostile = new Proxy({}, { get: () => { throw new Error('odd page'); } }) as unknown as Document;
  const empty = new DOMParser().parseFromString('', 'text/html');
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, a) => {
    for (const doc of [hostile, empty]) {
      for (const url of ['https://example.com/x', 'not a url']) {
        const snap = a.read(doc, url, new Date('2026-11-23T10:00:00+08:00'));
        expect(snap.platform).toBe(id);
        expect(snap.url).toBe(url);
      }
    }
  });
});
