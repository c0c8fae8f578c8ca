/**
 * The one list of platform adapters. A new platform is one file under lib/adapters/ and one line here;
 * registry.test.ts checks every adapter is listed, has fixtures, tests and its own content script
 * (entrypoints/<id>.content.ts: each platform's pages load only their own adapter, keeping the
 * script small on any one page).
 */
import type { PageSnapshot } from '../snapshot';
import { pickAdapter, readWith } from './read';
import { demo } from './demo';
import { pinduoduo } from './pinduoduo';
import { kuaishou } from './kuaishou';
import { douyin } from './douyin';
import { taobao } from './taobao';
import { jd } from './jd';
import { shopify } from './shopify';
import { amazon } from './amazon';
import type { Adapter } from './types';

export const ADAPTERS: readonly Adapter[] = Object.freeze([demo, pinduoduo, kuaishou, douyin, taobao, jd, shopify, amazon]);

/** The adapter for a URL, or undefined for a page no adapter knows. */
export function adapterFor(url: string | URL): Adapter | undefined {
  return pickAdapter(ADAPTERS, url);
}

/** Reads any page with every adapter (CLI, tests); see readWith. Never throws. */
export function readPage(doc: Document, url: string, now: Date = new Date()): PageSnapshot {
  return readWith(ADAPTERS, doc, url, now);
}
