/**
 * The effective script library: built-ins merged with the agent's own rows (UserScript).
 *
 * - A row with `builtinId` is an override. If its content differs from the built-in it was made
 *   from (`baseHash`), it replaces that built-in and the original stays available for reset. If it
 *   does not differ (a row kept only for a favourite), the current built-in shows, so a new
 *   BUILTIN_VERSION still reaches the agent; an edit is never overwritten by an update.
 * - A deleted override hides its built-in; a deleted own script is hidden but kept for undo.
 * - Shortcuts are unique in the result: on a clash the agent's own script wins and the clash is reported.
 */
import { GOODS_KINDS, type GoodsKind } from '../goods-kind';
import { AFTER_SALES_STATES, ORDER_STAGES, PAGE_KINDS, PLATFORMS, type AfterSalesState, type OrderStage, type PageKind, type Platform } from '../snapshot';
import { isScenarioId, type ScenarioId } from '../scenarios';
import type { UserScript } from '../db/schema';
import { SCRIPT_CAUSES, SCRIPT_SUBCASES, type Script, type ScriptCause, type ScriptSubcase } from './types';

export type ScriptSource = 'builtin' | 'user' | 'override';

export interface LibraryScript extends Script {
  source: ScriptSource;
  favourite: boolean;
  /** For an override: the built-in as shipped, for "reset" and a diff. */
  original?: Script;
  /** For an override: the built-in changed since the agent edited it (worth a look). */
  builtinChanged?: boolean;
  /** A shortcut this script had but lost to another script's (reported in `clashes`). */
  shadowedShortcut?: string;
  updatedAt?: number;
}

export interface ShortcutClash {
  shortcut: string;
  /** The script that keeps the shortcut. */
  winner: string;
  /** Scripts whose shortcut is ignored. */
  losers: string[];
}

export interface Library {
  scripts: LibraryScript[];
  byId: Map<string, LibraryScript>;
  /** Normalised shortcut → script. */
  byShortcut: Map<string, LibraryScript>;
  clashes: ShortcutClash[];
  /** Built-in ids hidden by a deleted override. */
  hidden: string[];
  folders: string[];
  tags: { tag: string; count: number }[];
}

/** A shortcut as typed: trimmed, lower-case, without a leading trigger (`;` `/` `\`). */
export function normaliseShortcut(s: string | undefined): string | undefined {
  const t = s?.trim().replace(/^[;/\\；、]+/, '').toLowerCase();
  return t ? t : undefined;
}

/** The content fields scriptHash reads (a Script, a stored row or an imported record). */
export interface HashInput {
  title: string;
  body: string;
  scenarios?: readonly string[];
  stages?: readonly string[];
  states?: readonly string[];
  lang?: string;
  platform?: string;
  tags?: readonly string[];
  shortcut?: string;
  tip?: string;
  folder?: string;
  cause?: string;
  subcase?: string;
  pageKinds?: readonly string[];
  goods?: readonly string[];
}

/** A short stable hash of a script's content (title, body, metadata), FNV-1a. */
export function scriptHash(s: HashInput): string {
  const parts = [
    s.title, s.body, (s.scenarios ?? []).join(','), (s.stages ?? []).join(','), (s.states ?? []).join(','),
    s.lang ?? '', s.platform ?? '', (s.tags ?? []).join(','), normaliseShortcut(s.shortcut) ?? '', s.tip ?? '', s.folder ?? '',
  ];
  // The conditions join the hash only when set, so scripts without them keep the hash they had.
  if (s.cause || s.subcase || s.pageKinds?.length) parts.push(s.cause ?? '', s.subcase ?? '', (s.pageKinds ?? []).join(','));
  if (s.goods?.length) parts.push(`goods:${s.goods.join(',')}`);
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A stored row as a Script (unknown scenario/stage/state strings from old data are dropped). */
export function rowToScript(row: UserScript, id = row.id): Script {
  const s: Script = {
    id,
    title: row.title,
    body: row.body,
    scenarios: (row.scenarios ?? []).filter(isScenarioId) as ScenarioId[],
    stages: (row.stages ?? []).filter((x): x is OrderStage => (ORDER_STAGES as readonly string[]).includes(x)),
    states: (row.states ?? []).filter((x): x is AfterSalesState => (AFTER_SALES_STATES as readonly string[]).includes(x)),
    lang: row.lang === 'en' ? 'en' : 'zh',
    tags: [...(row.tags ?? [])],
  };
  if (row.platform && (PLATFORMS as readonly string[]).includes(row.platform)) s.platform = row.platform as Platform;
  if (row.shortcut) s.shortcut = row.shortcut;
  if (row.tip) s.tip = row.tip;
  if (row.folder) s.folder = row.folder;
  if ((SCRIPT_CAUSES as readonly string[]).includes(row.cause ?? '')) s.cause = row.cause as ScriptCause;
  if ((SCRIPT_SUBCASES as readonly string[]).includes(row.subcase ?? '')) s.subcase = row.subcase as ScriptSubcase;
  const kinds = (row.pageKinds ?? []).filter((x): x is PageKind => (PAGE_KINDS as readonly string[]).includes(x));
  if (kinds.length) s.pageKinds = kinds;
  const goods = (row.goods ?? []).filter((x): x is GoodsKind => (GOODS_KINDS as readonly string[]).includes(x));
  if (goods.length) s.goods = goods;
  return s;
}

/** True when an override row carries an edit (not just a favourite flag). */
export function isEditedOverride(row: UserScript): boolean {
  return !row.baseHash || scriptHash(row) !== row.baseHash;
}

/** Merges built-ins with the agent's rows into the effective library (see the file comment). */
export function mergeLibrary(builtins: readonly Script[], rows: readonly UserScript[]): Library {
  const overrides = new Map<string, UserScript>();
  const own: UserScript[] = [];
  for (const r of rows) {
    if (r.builtinId) {
      // Two rows for one built-in should not happen; keep the newest.
      const prev = overrides.get(r.builtinId);
      if (!prev || r.updatedAt > prev.updatedAt) overrides.set(r.builtinId, r);
    } else if (!r.deleted) own.push(r);
  }
  const scripts: LibraryScript[] = [];
  const hidden: string[] = [];
  for (const b of builtins) {
    const o = overrides.get(b.id);
    if (o?.deleted) { hidden.push(b.id); continue; }
    if (o && isEditedOverride(o)) {
      const s: LibraryScript = { ...rowToScript(o, b.id), source: 'override', favourite: !!o.favourite, original: b, updatedAt: o.updatedAt };
      if (s.phase === undefined && b.phase) s.phase = b.phase;
      // An edited built-in answers the case it was written for unless the edit states its own
      // conditions (an empty string in the row: "any", set by the editor).
      if (o.cause === undefined && b.cause) s.cause = b.cause;
      if (o.subcase === undefined && b.subcase) s.subcase = b.subcase;
      if (o.pageKinds === undefined && b.pageKinds) s.pageKinds = [...b.pageKinds];
      if (o.goods === undefined && b.goods) s.goods = [...b.goods];
      s.builtinChanged = !!o.baseHash && o.baseHash !== scriptHash(b);
      scripts.push(s);
    } else {
      scripts.push({ ...b, tags: [...b.tags], source: 'builtin', favourite: !!o?.favourite });
    }
  }
  own.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const builtinIds = new Set(builtins.map((b) => b.id));
  for (const r of own) {
    if (builtinIds.has(r.id)) continue; // an own id colliding with a built-in: the built-in slot wins
    scripts.push({ ...rowToScript(r), source: 'user', favourite: !!r.favourite, updatedAt: r.updatedAt });
  }
  const { byShortcut, clashes } = resolveShortcuts(scripts);
  const byId = new Map(scripts.map((s) => [s.id, s]));
  const folders = [...new Set(scripts.map((s) => s.folder).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b, 'zh'));
  const tagCount = new Map<string, number>();
  for (const s of scripts) for (const t of s.tags) tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
  const tags = [...tagCount].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh'));
  return { scripts, byId, byShortcut, clashes, hidden, folders, tags };
}

// The agent's own beats a built-in; among own scripts the most recently edited wins; among
// built-ins, the first in the shipped list.
function resolveShortcuts(scripts: LibraryScript[]): { byShortcut: Map<string, LibraryScript>; clashes: ShortcutClash[] } {
  const groups = new Map<string, LibraryScript[]>();
  for (const s of scripts) {
    const k = normaliseShortcut(s.shortcut);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const byShortcut = new Map<string, LibraryScript>();
  const clashes: ShortcutClash[] = [];
  for (const [k, g] of groups) {
    const ranked = g
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rankOwn(b.s) - rankOwn(a.s) || (b.s.updatedAt ?? 0) - (a.s.updatedAt ?? 0) || a.i - b.i)
      .map((x) => x.s);
    byShortcut.set(k, ranked[0]);
    if (ranked.length > 1) {
      for (const l of ranked.slice(1)) {
        l.shadowedShortcut = l.shortcut;
        delete l.shortcut;
      }
      clashes.push({ shortcut: k, winner: ranked[0].id, losers: ranked.slice(1).map((s) => s.id) });
    }
  }
  return { byShortcut, clashes };
}

function rankOwn(s: LibraryScript): number {
  return s.source === 'builtin' ? 0 : 1;
}

/** The scripts in one folder (and its sub-folders, written `售后/退货`). */
export function inFolder<T extends Pick<Script, 'folder'>>(scripts: readonly T[], folder: string): T[] {
  return scripts.filter((s) => s.folder === folder || (s.folder ?? '').startsWith(`${folder}/`));
}
