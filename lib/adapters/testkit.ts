/**
 * Test helpers for adapters (used by *.test.ts and the field-accuracy report only; never shipped):
 * load a saved fixture page with its expected snapshot, and compare a snapshot field by field.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, type PageSnapshot } from '../snapshot';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** The fixed "now" every fixture's expected snapshot was written against (relative times resolve to it). */
export const FIXTURE_NOW = new Date('2026-11-23T10:15:00+08:00');

export interface Fixture {
  platform: string;
  name: string;
  html: string;
  url: string;
  expected: PageSnapshot;
}

/** Every fixture (html + expected json) of a platform folder. */
export function fixturesOf(platform: string): Fixture[] {
  const dir = join(FIXTURES, platform);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.json'))))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as PageSnapshot;
      return { platform, name: f.replace(/\.html$/, ''), html: readFileSync(join(dir, f), 'utf8'), url: expected.url, expected };
    });
}

/** Parses fixture HTML into a Document of the test environment (happy-dom; scripts do not run). */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fields compared, in report order. Confidence is not compared (it is the reader's own estimate). */
export const FIELDS = ['platform', 'pageKind', 'shop', 'orderId', 'buyer', 'items', 'amounts', 'orderStage', 'afterSales', 'logistics', 'messages'] as const;

/**
 * Field-by-field differences between a snapshot and the expected one ([] when equal). Key order inside
 * a field is the canonical one (lib/snapshot.ts canonical(), which every reader's output goes through).
 */
export function diffSnapshot(raw: PageSnapshot, want: PageSnapshot): string[] {
  const actual = canonical(raw);
  const expected = canonical(want);
  const out: string[] = [];
  for (const f of FIELDS) {
    const a = JSON.stringify(actual[f] ?? null);
    const e = JSON.stringify(expected[f] ?? null);
    if (a !== e) out.push(`${f}: expected ${e} but read ${a}`);
  }
  return out;
}
