/**
 * Data safety: one JSON backup file of every table, a restore that checks the whole file before it
 * touches anything and then swaps all tables in one transaction, and a guard that turns "storage
 * full" into a clear message.
 *
 * The JSON is written by hand rather than with dexie-export-import: that library streams through
 * Blob APIs, and plain JSON keeps backup/restore identical in the panel, Node tests and the CLI.
 * A restore never trusts the file: each row is checked against a valibot schema with size limits,
 * a few unknown scalar fields per row are tolerated (rows written by newer code, e.g. `baseHash`), and
 * objects, prototype keys (__proto__), unknown tables and oversized content are refused with a list of
 * what is wrong. A bad file changes nothing.
 */
import * as v from 'valibot';
import { PLATFORMS } from '../snapshot';
import { addWho, CopilotDb } from './schema';
import { defaultTimeZone, localDate, wallOf } from '../time/zone';
import { USAGE_KEEP_MS } from './usage';
import { ScriptRowSchema } from '../replies/record';

export const BACKUP_FORMAT = 'aftersales-copilot-backup';
export const BACKUP_VERSION = 1;

/** Tables in a backup, in restore order. */
export const BACKUP_TABLES = ['notes', 'reminders', 'scripts', 'usage', 'settings', 'feedback', 'ticks', 'mappings', 'cases'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO time of the export. */
  exportedAt: string;
  /** Dexie schema version of the database that was exported. */
  schemaVersion: number;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

/**
 * Limits that keep a hostile or broken file from filling the database or the memory. `usage` has no
 * row limit in the file (the product writes one row per inserted reply, so long use exceeds any fixed
 * number): a restore keeps only its events of the last USAGE_KEEP_MS before the export, newest first
 * and at most `rowsPerTable` of them, exactly what the daily maintenance would keep.
 */
export const BACKUP_LIMITS = {
  fileChars: 200 * 1024 * 1024,
  rowsPerTable: 500_000,
  longText: 20_000,
  shortText: 500,
  url: 4096,
  tags: 50,
  settingChars: 200_000,
  extraFields: 8,
  depth: 12,
  errorsShown: 20,
} as const;

// ------------------------------------------------------------------------------------------------
// Row schemas (mirror lib/db/schema.ts; keep in step when a schema version adds a field)

const L = BACKUP_LIMITS;
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const id = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const short = v.pipe(v.string(), v.maxLength(L.shortText));
const long = v.pipe(v.string(), v.maxLength(L.longText));
const url = v.pipe(v.string(), v.maxLength(L.url));
const platform = v.picklist(PLATFORMS);
const who = v.pipe(v.array(short), v.maxLength(4));
const tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(L.tags));

const ROW_SCHEMAS = {
  notes: v.looseObject({
    id: v.optional(id),
    platform,
    shop: v.optional(short),
    buyerKey: v.optional(short),
    who: v.optional(who),
    buyerId: v.optional(short),
    orderKey: v.optional(short),
    orderId: v.optional(short),
    buyerNick: v.optional(short),
    text: long,
    tags,
    pinned: v.boolean(),
    url: v.optional(url),
    createdAt: time,
    updatedAt: time,
  }),
  reminders: v.looseObject({
    id: v.optional(id),
    text: long,
    dueAt: time,
    status: v.picklist(['pending', 'fired', 'done']),
    firedAt: v.optional(time),
    doneAt: v.optional(time),
    missed: v.optional(v.boolean()),
    showState: v.optional(v.picklist(['claimed', 'failed'])),
    platform: v.optional(platform),
    orderId: v.optional(short),
    orderKey: v.optional(short),
    buyerKey: v.optional(short),
    who: v.optional(who),
    buyerId: v.optional(short),
    buyerNick: v.optional(short),
    url: v.optional(url),
    timeText: v.optional(short),
    createdAt: time,
    updatedAt: time,
  }),
  // The reply record's one declaration (a few unknown fields tolerated, see the file comment).
  scripts: v.looseObject(ScriptRowSchema.entries),
  usage: v.looseObject({
    id: v.optional(id),
    scriptId: v.pipe(v.string(), v.maxLength(200)),
    at: time,
    kind: v.picklist(['insert', 'copy']),
    scenario: v.optional(short),
  }),
  settings: v.looseObject({
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    value: v.unknown(),
  }),
  feedback: v.looseObject({
    id: v.optional(id),
    text: long,
    from: v.optional(short),
    to: short,
    at: time,
  }),
  ticks: v.looseObject({
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(L.shortText)),
    orderKey: short,
    stepId: short,
    done: v.boolean(),
    at: time,
  }),
  mappings: v.looseObject({
    host: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
    fields: v.pipe(v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(v.string(), v.maxLength(2000))), v.check((r) => Object.keys(r).length <= 100, 'too many fields (max 100)')),
    createdAt: time,
    updatedAt: time,
  }),
  cases: v.looseObject({
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(L.shortText)),
    platform,
    orderId: v.optional(short),
    buyerNick: v.optional(short),
    scenario: v.optional(short),
    url: v.optional(url),
    firstSeenAt: time,
    lastSeenAt: time,
  }),
} satisfies Record<BackupTable, v.GenericSchema>;

/** Tables whose row count in a file is not limited (see BACKUP_LIMITS). */
const UNLIMITED_ROWS: ReadonlySet<BackupTable> = new Set(['usage']);

let declaredVersion: number | undefined;
/** The Dexie schema version this code declares (lib/db/schema.ts), without opening any database. */
export function schemaVersionOfCode(): number {
  return (declaredVersion ??= new CopilotDb('aftersales-copilot-version-probe').verno);
}

const PRIMARY_KEY: Record<BackupTable, string> = {
  notes: 'id', reminders: 'id', scripts: 'id', usage: 'id', settings: 'key', feedback: 'id', ticks: 'key', mappings: 'host', cases: 'key',
};

// ------------------------------------------------------------------------------------------------
// Export

/** Reads every table in one read transaction (a consistent picture) into a backup object. */
export async function exportBackup(db: CopilotDb, now = Date.now()): Promise<BackupFile> {
  const tables = BACKUP_TABLES.map((t) => db.table(t));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      schemaVersion: db.verno,
      tables: Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, rows[i]])) as BackupFile['tables'],
    };
  });
}

/** The backup as file text (one row per line keeps diffs and hand inspection readable). */
export function backupToJson(b: BackupFile): string {
  const tables = BACKUP_TABLES.map((t) => `    ${JSON.stringify(t)}: [${b.tables[t].length ? '\n' + b.tables[t].map((r) => '      ' + JSON.stringify(r)).join(',\n') + '\n    ' : ''}]`).join(',\n');
  return `{\n  "format": ${JSON.stringify(b.format)},\n  "version": ${b.version},\n  "exportedAt": ${JSON.stringify(b.exportedAt)},\n  "schemaVersion": ${b.schemaVersion},\n  "tables": {\n${tables}\n  }\n}\n`;
}

/** File name for a backup taken at `now`: aftersales-copilot-backup-2026-11-23-0915.json, in the agent's time zone. */
export function backupFileName(now = Date.now(), timeZone = defaultTimeZone()): string {
  const w = wallOf(now, timeZone);
  return `${BACKUP_FORMAT}-${localDate(now, timeZone)}-${String(w.hour).padStart(2, '0')}${String(w.minute).padStart(2, '0')}.json`;
}

// ------------------------------------------------------------------------------------------------
// Validation

/** A backup that failed validation; `problems` lists what is wrong, one line each. */
export class BackupError extends Error {
  constructor(public readonly problems: string[]) {
    const shown = problems.slice(0, L.errorsShown);
    const more = problems.length > shown.length ? [`…and ${problems.length - shown.length} more`] : [];
    super(`备份文件无法恢复，数据未作任何修改 / The backup file cannot be restored; nothing was changed:\n${[...shown, ...more].map((p) => `- ${p}`).join('\n')}`);
    this.name = 'BackupError';
  }
}

export type Validated = { ok: true; backup: BackupFile; counts: Record<BackupTable, number> } | { ok: false; problems: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const EXTRA_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Checks a backup (file text or parsed JSON) completely, without touching any database.
 * `schemaVersion`: the newest database schema this code reads (default: the one lib/db/schema.ts
 * declares); a backup of a newer schema is refused, since its rows may mean something this code
 * does not know.
 */
export function validateBackup(input: string | unknown, opts: { schemaVersion?: number } = {}): Validated {
  const problems: string[] = [];
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > L.fileChars) return { ok: false, problems: [`file is too large (${input.length} characters, limit ${L.fileChars})`] };
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, problems: [`not valid JSON: ${(e as Error).message}`] };
    }
  }
  const shape = checkShape(data, '', 0);
  if (shape) return { ok: false, problems: [shape] };
  if (!isPlain(data)) return { ok: false, problems: ['not a backup file: expected a JSON object'] };
  if (data.format !== BACKUP_FORMAT) return { ok: false, problems: [`not a backup of this extension: "format" must be "${BACKUP_FORMAT}"`] };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, problems: ['"version" must be a positive whole number'] };
  if (data.version > BACKUP_VERSION) return { ok: false, problems: [`the file was made by a newer version of the extension (backup format ${data.version}; this one reads up to ${BACKUP_VERSION}); update the extension first`] };
  const ours = opts.schemaVersion ?? schemaVersionOfCode();
  const theirs = data.schemaVersion;
  if (theirs !== undefined && (typeof theirs !== 'number' || !Number.isInteger(theirs) || theirs < 0)) return { ok: false, problems: ['"schemaVersion" must be a whole number'] };
  if (typeof theirs === 'number' && theirs > ours) {
    return { ok: false, problems: [`备份来自更新版本的插件（数据库版本 ${theirs}，本插件为 ${ours}），请先升级插件再恢复 / the file was made by a newer version of the extension (database schema ${theirs}; this one has ${ours}); update the extension first`] };
  }
  for (const k of Object.keys(data)) if (!['format', 'version', 'exportedAt', 'schemaVersion', 'tables'].includes(k)) problems.push(`unknown top-level field "${k}"`);
  if (!isPlain(data.tables)) return { ok: false, problems: [...problems, '"tables" must be an object'] };
  const tables = data.tables;
  for (const k of Object.keys(tables)) if (!(BACKUP_TABLES as readonly string[]).includes(k)) problems.push(`unknown table "${k}"`);
  const counts = {} as Record<BackupTable, number>;
  for (const t of BACKUP_TABLES) {
    const rows = tables[t];
    if (rows === undefined) {
      problems.push(`table "${t}" is missing`);
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.push(`table "${t}" must be a list of rows`);
      continue;
    }
    if (rows.length > L.rowsPerTable && !UNLIMITED_ROWS.has(t)) {
      problems.push(`table "${t}" has too many rows (${rows.length}, limit ${L.rowsPerTable})`);
      continue;
    }
    counts[t] = rows.length;
    const seen = new Set<unknown>();
    const schema = ROW_SCHEMAS[t];
    const known = new Set(Object.keys(schema.entries));
    rows.forEach((row, i) => {
      const where = `${t}[${i}]`;
      const r = v.safeParse(schema, row);
      if (!r.success) {
        for (const issue of r.issues) {
          const path = v.getDotPath(issue);
          problems.push(`${where}${path ? '.' + path : ''}: ${issue.message}`);
        }
        return;
      }
      const obj = row as Record<string, unknown>;
      let extras = 0;
      for (const k of Object.keys(obj)) {
        if (known.has(k)) continue;
        extras++;
        const val = obj[k];
        if (!EXTRA_KEY.test(k)) problems.push(`${where}: unexpected field name ${JSON.stringify(k.slice(0, 40))}`);
        else if (!(val === null || ['string', 'number', 'boolean'].includes(typeof val))) problems.push(`${where}.${k}: unexpected field with a ${Array.isArray(val) ? 'list' : typeof val} value`);
        else if (typeof val === 'string' && val.length > L.shortText) problems.push(`${where}.${k}: unexpected field is too long`);
      }
      if (extras > L.extraFields) problems.push(`${where}: too many unexpected fields (${extras})`);
      if (t === 'settings') {
        const size = JSON.stringify(obj.value ?? null).length;
        if (size > L.settingChars) problems.push(`${where}.value: too large (${size} characters)`);
      }
      const pk = obj[PRIMARY_KEY[t]];
      if (pk !== undefined) {
        if (seen.has(pk)) problems.push(`${where}: duplicate ${PRIMARY_KEY[t]} ${JSON.stringify(pk)}`);
        seen.add(pk);
      }
    });
    if (problems.length > 1000) break; // enough to tell the agent the file is broken
  }
  if (problems.length) return { ok: false, problems };
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: data.version,
    exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
    schemaVersion: typeof data.schemaVersion === 'number' ? data.schemaVersion : 0,
    tables: tables as BackupFile['tables'],
  };
  return { ok: true, backup, counts };
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Refuses prototype keys anywhere and nesting deeper than the limit. Returns a problem or undefined. */
function checkShape(x: unknown, path: string, depth: number): string | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  if (depth > L.depth) return `${path || 'file'}: nested too deeply (limit ${L.depth} levels)`;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const p = checkShape(x[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  for (const k of Object.keys(x)) {
    if (FORBIDDEN_KEYS.has(k)) return `${path || 'file'}: forbidden key "${k}"`;
    const p = checkShape((x as Record<string, unknown>)[k], path ? `${path}.${k}` : k, depth + 1);
    if (p) return p;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Restore

/**
 * Replaces every table with the backup's rows: validates the whole file first (BackupError listing
 * the problems), then clears and fills all tables in one transaction, so a failure changes nothing.
 * Returns the row count per table.
 */
export async function restoreBackup(db: CopilotDb, input: string | unknown): Promise<Record<BackupTable, number>> {
  const checked = validateBackup(input, { schemaVersion: db.verno });
  if (!checked.ok) throw new BackupError(checked.problems);
  const { backup } = checked;
  const rows = { ...backup.tables, usage: keptUsage(backup) };
  await safeWrite(() =>
    db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
      for (const t of BACKUP_TABLES) {
        const table = db.table(t);
        await table.clear();
        // Copies, so that Dexie never holds objects the caller still owns; rows of an older backup get
        // the buyer keys the current schema finds them by.
        const copies = rows[t].map((r) => ({ ...r }));
        if (t === 'notes' || t === 'reminders') copies.forEach(addWho);
        if (copies.length) await table.bulkAdd(copies);
      }
    }),
  );
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Record<BackupTable, number>;
}

/**
 * The usage events a restore keeps: those of the USAGE_KEEP_MS before the export (or before the newest
 * event, when the file has no export time), newest first and at most BACKUP_LIMITS.rowsPerTable.
 * The ranking never reads older ones, so nothing the agent sees changes.
 */
function keptUsage(b: BackupFile): Record<string, unknown>[] {
  const rows = b.tables.usage as { at: number }[];
  let end = Date.parse(b.exportedAt);
  if (!Number.isFinite(end)) end = rows.reduce((m, r) => Math.max(m, r.at), 0);
  const recent = rows.filter((r) => r.at >= end - USAGE_KEEP_MS);
  if (recent.length <= L.rowsPerTable) return recent;
  return recent.sort((x, y) => y.at - x.at).slice(0, L.rowsPerTable);
}

// ------------------------------------------------------------------------------------------------
// Storage full

/** The browser refused a write for lack of space; nothing of that write was kept. */
export class StorageFullError extends Error {
  constructor(public readonly cause: unknown) {
    super('存储空间已满，刚才的修改没有保存。请先导出备份，再删除旧笔记或已完成的提醒。 / Storage is full, so the last change was not saved. Export a backup, then delete old notes or finished reminders.');
    this.name = 'StorageFullError';
  }
}

/** True when `e` (or an error it wraps, as Dexie does) is a quota error. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (err.code === 22 && typeof DOMException !== 'undefined' && e instanceof DOMException) return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  if (Array.isArray(err.failures)) return err.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/**
 * Runs a write and turns a quota failure into StorageFullError with a clear message. Put the whole
 * write inside one `db.transaction('rw', …)` in `fn` (or use safeTransaction): IndexedDB then rolls
 * all of it back, so a full disk never leaves half a change behind.
 */
export async function safeWrite<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}

/** safeWrite around one rw transaction over `tables`. */
export function safeTransaction<T>(db: CopilotDb, tables: BackupTable[], fn: () => Promise<T>): Promise<T> {
  return safeWrite(() => db.transaction('rw', tables.map((t) => db.table(t)), fn));
}
