/**
 * Which page script runs where: one per platform, named `page-<platform>.js` (entrypoints/page-*.ts),
 * each matching exactly its platform's seller hosts. wxt.config.ts writes these into the manifest,
 * so the store build's content scripts come from this table and nothing else.
 */
import { DEMO_MATCHES, PLATFORM_MATCHES } from './hosts';

export interface PageScript {
  name: string;
  matches: string[];
}

/** The manifest content scripts of the store build (and of the demo build with `demo`). */
export function pageScripts(demo: boolean): PageScript[] {
  const list = Object.entries(PLATFORM_MATCHES).map(([p, m]) => ({ name: `page-${p}`, matches: [...m] }));
  return demo ? [...list, { name: 'page-demo', matches: [...DEMO_MATCHES] }] : list;
}
