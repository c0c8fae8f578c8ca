/**
 * Which page scripts run where. The code every page shares is built once, in layers
 * (PAGE_LAYERS: `page-base.js`, `page-structure.js`, `page-read.js`, then `page-agent.js`), each within the page budget; a platform's own
 * script (`page-<platform>.js`, entrypoints/page-*.ts) holds only its adapter and takes the shared
 * modules from the layers loaded before it. wxt.config.ts writes the manifest's content scripts and
 * the build's externals from this file, so they come from these tables and nothing else.
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

/**
 * The shared layers, in load order, and the modules each one carries (paths from the project root,
 * without `.ts`). A later layer and every platform script import these modules from the layers
 * instead of bundling their own copy (wxt.config.ts: build externals; entrypoints/page-base.ts,
 * page-structure.ts, page-read.ts and page-agent.ts: the modules registered under their names).
 */
export const PAGE_LAYERS = [
  {
    // The words and parsers: what a page says, in zh and en.
    name: 'page-base',
    modules: [
      'lib/snapshot', 'lib/snapshot-delta', 'lib/extract/lexicon', 'lib/extract/parse/courier',
      'lib/extract/parse/datetime', 'lib/extract/parse/money', 'lib/extract/parse/orderid', 'lib/extract/parse/status',
    ],
  },
  {
    // The page's layout: its text leaves and labels, the structural chat reader (the message list,
    // who wrote each row, the chat box), the goods readers and the order panel beside a chat. A layer
    // of its own so that the others keep room in the budget.
    name: 'page-structure',
    modules: ['lib/extract/labels', 'lib/extract/structure', 'lib/extract/goods', 'lib/extract/panel'],
  },
  {
    // The readers: labels and order cards.
    name: 'page-read',
    modules: ['lib/extract/generic', 'lib/extract/cards'],
  },
  {
    // The page agent: sending snapshots, inserting, the ;shortcut expander.
    name: 'page-agent',
    modules: [
      'lib/insert/insert', 'utils/messaging', 'utils/page-context', 'utils/expander', 'utils/page-agent',
      // The agent's fixed fields and hand-made mappings: every platform script and mapped site reads with them.
      'lib/mapping/fields', 'lib/mapping/read', 'utils/override-agent', 'utils/mapped-agent',
    ],
  },
] as const;

/** Where the layers put their modules, in the content scripts' own (isolated) world. */
export const SHARED_GLOBAL = '__ascpShared';

/** The property a shared module is kept under: its path with `_` for `/` and `-`. */
export const sharedKey = (module: string): string => module.replace(/[/-]/g, '_');

/** The scripts, in order, that a page with platform script `name` loads. */
export function pageFiles(name: string): string[] {
  return [...PAGE_LAYERS.map((l) => `${l.name}.js`), `${name}.js`, 'page-keys.js'];
}
