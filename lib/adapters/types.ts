/** What every platform adapter provides. One file per platform; registry.ts is the only list. */
import type { PageKind, PageSnapshot, Platform } from '../snapshot';

export interface Adapter {
  id: Platform;
  /** Manifest match patterns of this platform's seller pages. */
  matches: readonly string[];
  /** True when this adapter reads pages at this URL. */
  test(url: URL): boolean;
  /** The kind of page at this URL (the DOM may refine it in `read`). */
  pageKind(url: URL): PageKind;
  /** Reads the page into a snapshot. Pure, never throws, partial when fields are missing. */
  read(doc: Document, url: string, now: Date): PageSnapshot;
  /** Chat box selectors in priority order: the insert target when no box had focus. */
  chatBox: readonly string[];
}

/**
 * True when the URL's host is one of the match patterns' hosts (`https://host/*`; seller patterns have
 * no wildcard hosts, registry.test.ts checks it). Kept tiny: every page script carries it.
 */
export function hostMatches(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => p.split('/')[2] === url.hostname);
}
