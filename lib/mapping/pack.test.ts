import { describe, expect, it } from 'vitest';
import { PackError, exportSelectorPack, parseSelectorPack } from './pack';

const ok = (s: string) => {
  try {
    new DOMParser().parseFromString('<p></p>', 'text/html').querySelector(s);
    return true;
  } catch {
    return false;
  }
};

describe('selector packs', () => {
  it('round-trips the mappings', () => {
    const text = exportSelectorPack([
      { host: 'shop.jd.com', fields: { buyer: '.cst_x7Q' }, createdAt: 1, updatedAt: 2 },
      { host: 'shop.example.test', lang: 'en', fields: { orderId: '#o', messages: 'li.m', 'messages.buyer': '.left' }, createdAt: 1, updatedAt: 2 },
    ], new Date('2026-12-04T00:00:00Z'));
    const back = parseSelectorPack(text, ok);
    expect(back.refused).toEqual([]);
    expect(back.sites).toEqual([
      { host: 'shop.jd.com', fields: { buyer: '.cst_x7Q' } },
      { host: 'shop.example.test', lang: 'en', fields: { orderId: '#o', messages: 'li.m', 'messages.buyer': '.left' } },
    ]);
  });

  it('refuses bad sites one by one and whole files that are not packs', () => {
    const pack = (sites: unknown[]) => JSON.stringify({ format: 'aftersales-copilot.selectors', version: 1, sites });
    const r = parseSelectorPack(pack([
      { host: 'shop.jd.com', fields: { buyer: '.ok' } },
      { host: 'not a host/', fields: { buyer: '.x' } },
      { host: 'a.test', fields: { evil: '.x' } },
      { host: 'b.test', fields: { buyer: ':::nope(' } },
    ]), ok);
    expect(r.sites.map((s) => s.host)).toEqual(['shop.jd.com']);
    expect(r.refused.map((x) => x.host)).toEqual(['not a host/', 'a.test', 'b.test']);
    expect(() => parseSelectorPack('{"format":"other"}', ok)).toThrow(PackError);
    expect(() => parseSelectorPack('not json', ok)).toThrow(/not JSON/);
    expect(() => parseSelectorPack('x'.repeat(600_000), ok)).toThrow(/512 kB/);
  });
});
