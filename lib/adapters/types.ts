/** What every platform adapter provides. One file per platform; registry.ts is the only list. */
import type { RichInsert } from '../insert/insert';
import type { PageKind, PageSnapshot, Platform } from '../snapshot';

/**
 * What a page script needs of its platform (each adapter file exports one): no hosts, since the page
 * script runs only where the manifest put it. registry.ts adds the hosts (withHosts).
 */
export interface Reader {
  id: Platform;
  /** The kind of page at this URL (the DOM may refine it in `read`). */
  pageKind(url: URL): PageKind;
  /** Reads the page into a snapshot. Pure, never throws, partial when fields are missing. */
  read(doc: Document, url: string, now: Date): PageSnapshot;
  /** Chat box selectors in priority order: the insert target when no box had focus. */
  chatBox: readonly string[];
  /** How text goes into a rich (contenteditable) chat box: chainInsert where the chat box is one (default: execInsert). */
  rich?: RichInsert;
}

/** A reader with its hosts: the registry's entries (CLI, tests, mapped pages). */
export interface Adapter extends Reader {
  /** Manifest match patterns of this platform's seller pages. */
  matches: readonly string[];
  /** True when this adapter reads pages at this URL. */
  test(url: URL): boolean;
}

/** The reader with its manifest match patterns. */
export function withHosts(reader: Reader, matches: readonly string[]): Adapter {
  return { ...reader, matches, test: (url) => hostMatches(url.hostname, matches) };
}

/**
 * True when the host is one of the match patterns' hosts (`https://host/*`, or `https://*.domain/*`
 * for any host under the domain: registry.test.ts lists the only such pattern). Kept tiny: every page
 * script carries it.
 */
export function hostMatches(hostname: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const h = p.split('/')[2];
    return h === hostname || (h.startsWith('*.') && hostname.endsWith(h.slice(1)));
  });
}
