/**
 * `scripts list|search|render|preview`: the reply-script library from the command line, through
 * the same lib/replies code as the side panel (built-ins only: the agent's own scripts live in the
 * browser's IndexedDB).
 *   list [--json] [--lang zh|en] [--folder F]
 *   search <query> [--limit N] [--lang zh|en] [--json]
 *   render <id> --snapshot <file.json> [--shop X] [--agent Y] [--return-address Z] [--deadline D] [--lang zh|en] [--now ISO]
 *   preview <file.json|file.csv>        what importing the file would add/change/conflict
 * render prints the filled text; variables the page did not give are listed on stderr (exit 0).
 */
import * as v from 'valibot';
import { PLATFORMS, type PageSnapshot } from '../../lib/snapshot';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin/index';
import { ImportFormatError, parseImportFile, previewImport } from '../../lib/replies/io';
import { inFolder } from '../../lib/replies/library';
import { buildIndex, search } from '../../lib/replies/search';
import { render, varsFromSnapshot } from '../../lib/replies/template';
import type { Script } from '../../lib/replies/types';
import { flag, onlyFlags, parseArgs, parseNow, readText, UsageError, type Parsed } from './args';

export const usage =
  'scripts list [--json] [--lang zh|en] [--folder F] | search <query> [--limit N] | render <id> --snapshot <file.json> [--shop X --agent Y --return-address Z] | preview <file>   reply scripts';

function langOf(p: Parsed): 'zh' | 'en' | undefined {
  const l = flag(p, 'lang');
  if (l !== undefined && l !== 'zh' && l !== 'en') throw new UsageError(`--lang must be zh or en, not "${l}"`);
  return l;
}

function line(s: Script): string {
  return `${s.id}\t${s.shortcut ? `;${s.shortcut}` : '-'}\t${s.folder ?? '-'}\t${s.title}`;
}

/** Runs the command (see file comment). */
export function run(argv: string[]): number {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list': return list(rest);
    case 'search': return find(rest);
    case 'render': return fill(rest);
    case 'preview': return preview(rest);
    default:
      throw new UsageError(sub ? `unknown scripts subcommand "${sub}" (list, search, render, preview)` : 'give a subcommand: list, search, render or preview');
  }
}

function list(argv: string[]): number {
  const p = parseArgs(argv, ['json']);
  onlyFlags(p, ['json', 'lang', 'folder']);
  if (p.positional.length) throw new UsageError(`unexpected argument "${p.positional[0]}"`);
  const lang = langOf(p);
  const folder = flag(p, 'folder');
  let scripts = BUILTIN_SCRIPTS.filter((s) => !lang || s.lang === lang);
  if (folder !== undefined) scripts = inFolder(scripts, folder);
  if (p.flags.json) console.log(JSON.stringify(scripts, null, 2));
  else {
    for (const s of scripts) console.log(line(s));
    console.error(`${scripts.length} script(s)`);
  }
  return 0;
}

function find(argv: string[]): number {
  const p = parseArgs(argv, ['json']);
  onlyFlags(p, ['limit', 'lang', 'json']);
  const query = p.positional.join(' ').trim();
  if (!query) throw new UsageError('give a query, e.g. scripts search tkdz');
  const limitText = flag(p, 'limit') ?? '10';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not "${limitText}"`);
  const lang = langOf(p);
  const idx = buildIndex(BUILTIN_SCRIPTS.filter((s) => !lang || s.lang === lang));
  const hits = search(idx, query, limit);
  if (p.flags.json) console.log(JSON.stringify(hits.map((h) => ({ id: h.script.id, field: h.field, score: h.score, title: h.script.title })), null, 2));
  else for (const h of hits) console.log(`${h.field.padEnd(8)}\t${line(h.script)}`);
  if (!hits.length) console.error(`no script matches "${query}"`);
  return 0;
}

// The fields render needs; anything else in the file is ignored, and a wrong type is a clear error.
const SnapshotSchema = v.looseObject({
  platform: v.picklist(PLATFORMS, `platform must be one of ${PLATFORMS.join(', ')}`),
  url: v.optional(v.string()),
  pageKind: v.optional(v.string()),
  shop: v.optional(v.string()),
  orderId: v.optional(v.string()),
  buyer: v.optional(v.object({ nick: v.optional(v.string()), id: v.optional(v.string()) })),
  items: v.optional(v.array(v.looseObject({ title: v.string(), sku: v.optional(v.string()), qty: v.optional(v.number()) }))),
  amounts: v.optional(v.object({ paid: v.optional(v.number()), refund: v.optional(v.number()), currency: v.optional(v.string()) })),
  logistics: v.optional(v.looseObject({ courier: v.optional(v.string()), trackingNo: v.optional(v.string()), latestEvent: v.optional(v.string()) })),
});

/** Reads and checks a snapshot file (UsageError on anything unusable). */
export function readSnapshot(path: string): PageSnapshot {
  let data: unknown;
  try {
    // `extract` may print null for fields a page lacks; treat them as absent.
    data = JSON.parse(readText(path), (_k, val: unknown) => (val === null ? undefined : val));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const r = v.safeParse(SnapshotSchema, data);
  if (!r.success) {
    const i = r.issues[0];
    const where = i.path?.map((x) => String(x.key)).join('.') ?? '';
    throw new UsageError(`${path} is not a page snapshot${where ? ` (${where})` : ''}: ${i.message}`);
  }
  return { pageKind: 'unknown', url: '', confidence: {}, ...(data as object) } as PageSnapshot;
}

function fill(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, ['snapshot', 'shop', 'agent', 'return-address', 'deadline', 'lang', 'now']);
  const id = p.positional[0];
  if (!id || p.positional.length > 1) throw new UsageError('give one script id, e.g. scripts render zh.refund_only.arrival --snapshot page.json');
  const script = BUILTIN_SCRIPTS.find((s) => s.id === id);
  if (!script) throw new UsageError(`no script with id "${id}" (see: scripts list)`);
  const file = flag(p, 'snapshot');
  if (!file) throw new UsageError('--snapshot <file.json> is required');
  const snap = readSnapshot(file);
  const vars = varsFromSnapshot(
    snap,
    { shop: flag(p, 'shop'), agent: flag(p, 'agent'), returnAddress: flag(p, 'return-address'), now: parseNow(p), lang: langOf(p) ?? script.lang },
    { deadline: flag(p, 'deadline') },
  );
  const out = render(script.body, vars);
  console.log(out.text);
  if (out.missing.length) console.error(`missing: ${out.missing.join(', ')} (fill these before sending)`);
  return 0;
}

function preview(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, []);
  const file = p.positional[0];
  if (!file) throw new UsageError('give a .json or .csv file to preview');
  let parsed;
  try {
    parsed = parseImportFile(readText(file), file);
  } catch (e) {
    if (e instanceof ImportFormatError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
  const pv = previewImport([], parsed.scripts, BUILTIN_SCRIPTS, parsed.errors);
  console.log(`added ${pv.added.length}, changed ${pv.changed.length}, conflicts ${pv.conflicts.length}, unchanged ${pv.unchanged.length}, errors ${pv.errors.length}`);
  for (const c of pv.conflicts) {
    console.log(`conflict ${c.key} "${c.incoming.title}": ${c.reason === 'id' ? `same id as ${c.target?.id}` : `shortcut ;${c.clashWith?.shortcut} already used by ${c.clashWith?.id}`}`);
  }
  for (const e of pv.errors) console.log(`error row ${e.row}: ${e.message}`);
  return 0;
}
