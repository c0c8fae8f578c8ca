/**
 * The one list of platform adapters. A new platform is one file under lib/adapters/ and one line here;
 * registry.test.ts checks every adapter is listed, has fixtures and has tests.
 */
import { canonical, emptySnapshot, type PageSnapshot } from '../snapshot';
import { readByLabels } from '../extract/generic';
import { demo } from './demo';
import { pinduoduo } from './pinduoduo';
import { kuaishou } from './kuaishou';
import { douyin } from './douyin';
import { taobao } from './taobao';
import { shopify } from './shopify';
import { jd } from './jd';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = Object.freeze([demo, pinduoduo, kuaishou, douyin, taobao, shopify, jd]);

/** The adapter for a URL, or undefined for a page no adapter knows. */
export function adapterFor(url: string | URL): Adapter | undefined {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.test(u));
}

/**
 * Reads any page: its adapter when there is one, else the generic label reader (platform `unknown`).
 * Never throws: a reader that fails gives an empty snapshot for the URL.
 */
export function readPage(doc: Document, url: string, now: Date = new Date()): PageSnapshot {
  try {
    const a = adapterFor(url);
    if (a) return canonical(a.read(doc, url, now));
    const snap = emptySnapshot(url);
    return canonical(doc.body ? readByLabels(doc.body, { platform: 'unknown', now, tz: -now.getTimezoneOffset(), locale: /[\u4e00-\u9fff]/.test(doc.title) ? 'zh' : 'en' }, snap) : snap);
  } catch {
    return emptySnapshot(url);
  }
}
