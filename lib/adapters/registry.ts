/**
 * The one list of platform adapters. A new platform is one file under lib/adapters/ and one line here;
 * registry.test.ts checks every adapter is listed, has fixtures, tests and its own content script
 * (entrypoints/page-<id>.ts: each platform's pages load only their own reader, without hosts, keeping
 * the script small on any one page); the hosts are joined to the readers here.
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
import { withHosts, type Adapter } from './types';
import { AMAZON_HOSTS, DEMO_MATCHES, DOUYIN_HOSTS, JD_HOSTS, KUAISHOU_HOSTS, PINDUODUO_HOSTS, SHOPIFY_HOSTS, TAOBAO_HOSTS } from './hosts';
import { cleanSnapshot } from '../snapshot-clean';

export const ADAPTERS: readonly Adapter[] = Object.freeze([
  withHosts(demo, DEMO_MATCHES),
  withHosts(pinduoduo, PINDUODUO_HOSTS),
  withHosts(kuaishou, KUAISHOU_HOSTS),
  withHosts(douyin, DOUYIN_HOSTS),
  withHosts(taobao, TAOBAO_HOSTS),
  withHosts(jd, JD_HOSTS),
  withHosts(shopify, SHOPIFY_HOSTS),
  withHosts(amazon, AMAZON_HOSTS),
]);

/** The adapter for a URL, or undefined for a page no adapter knows. */
export function adapterFor(url: string | URL): Adapter | undefined {
  return pickAdapter(ADAPTERS, url);
}

/** Reads any page with every adapter (CLI, tests); see readWith. Never throws. */
export function readPage(doc: Document, url: string, now: Date = new Date()): PageSnapshot {
  return cleanSnapshot(readWith(ADAPTERS, doc, url, now));
}
