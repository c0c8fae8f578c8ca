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

/** True when the URL's host is one of the match patterns' hosts (scheme and path `/*` only). */
export function hostMatches(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/([^/]+)\//.exec(p);
    if (!m) return false;
    const host = m[2];
    if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
    return url.hostname === host;
  });
}
