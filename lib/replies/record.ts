/**
 * The agent's reply record, declared once. `ScriptRowSchema` is the row as the database stores it and
 * a backup carries it; the `UserScript` type derives from it. `ScriptImportSchema` is what a record in
 * an imported file may hold: the same fields (the type below fails to compile when the row gains a
 * field the import does not handle), cleaned, with unknown values dropped and the fields the database
 * manages (times, soft delete) left out.
 */
import * as v from 'valibot';
import { AFTER_SALES_STATES, ORDER_STAGES, PAGE_KINDS, PLATFORMS } from '../snapshot';
import { GOODS_KINDS } from '../goods-kind';
import { isScenarioId } from '../scenarios';
import { SCRIPT_CAUSES, SCRIPT_SUBCASES } from './types';

/** Caps on the fields of a record read from a file or typed by the agent (characters). */
export const SCRIPT_LIMITS = Object.freeze({
  id: 80,
  title: 200,
  body: 5_000,
  shortcut: 32,
  tag: 40,
  tags: 30,
  folder: 100,
  tip: 1_000,
});

/**
 * Caps on a stored row as a backup restore checks it: looser than SCRIPT_LIMITS, so that a row written
 * by an older or newer version (with other caps) still restores, while a hostile file cannot fill the
 * database.
 */
const ROW_CAPS = { id: 200, short: 500, long: 20_000, list: 50, tags: 50, pageKinds: 10, goods: 20 } as const;

const LANGS = ['zh', 'en'] as const;
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const short = v.pipe(v.string(), v.maxLength(ROW_CAPS.short));
const long = v.pipe(v.string(), v.maxLength(ROW_CAPS.long));
const shortList = (max: number) => v.pipe(v.array(short), v.maxLength(max));

const ROW_ENTRIES = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(ROW_CAPS.id)),
  title: short,
  body: long,
  scenarios: shortList(ROW_CAPS.list),
  stages: shortList(ROW_CAPS.list),
  states: shortList(ROW_CAPS.list),
  lang: v.picklist(LANGS),
  platform: v.optional(v.picklist(PLATFORMS)),
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(ROW_CAPS.tags)),
  shortcut: v.optional(short),
  tip: v.optional(long),
  folder: v.optional(short),
  /** Conditions of Script (cause, subcase, pageKinds, goods), stored as written; rowToScript keeps only known values. */
  cause: v.optional(short),
  subcase: v.optional(short),
  pageKinds: v.optional(shortList(ROW_CAPS.pageKinds)),
  goods: v.optional(shortList(ROW_CAPS.goods)),
  favourite: v.optional(v.boolean()),
  /** The built-in script this one overrides; the original stays for reset. */
  builtinId: v.optional(short),
  /** scriptHash() of the built-in when the override was made; equal content = not edited. */
  baseHash: v.optional(short),
  /** Soft delete (kept for undo; hides a built-in when set on an override). */
  deleted: v.optional(v.boolean()),
  createdAt: time,
  updatedAt: time,
};

/** A reply of the agent's own (new, or an override of a built-in: `builtinId`), as stored. */
export const ScriptRowSchema = v.object(ROW_ENTRIES);
export type UserScript = v.InferOutput<typeof ScriptRowSchema>;

/** Letters, digits and _ . : - only: no control, markup or path characters in ids. */
const ID_TEXT = /^[A-Za-z0-9_.:-]{1,80}$/;
// C0/C1 controls except tab and newline, plus bidi overrides/isolates and zero-width joiners that can
// disguise text; a BOM inside a field is noise too.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Strips control and bidi-override characters and normalises line ends to `\n`. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL_RE, '');
}

const text = (field: string, max: number) =>
  v.pipe(
    v.string(`${field} must be text`),
    v.transform((s) => cleanText(s).trim()),
    v.maxLength(max, `${field} is longer than ${max} characters`),
  );
const line = (field: string, max: number) => v.pipe(text(field, max), v.transform((s) => s.replace(/\s*\n\s*/g, ' ')));
const idText = (field: string) => v.pipe(v.string(), v.regex(ID_TEXT, `${field} may use only letters, digits and _ . : - (1–80)`));
// Unknown enum values from a newer version or another tool are dropped rather than failing the row.
const knownList = <T extends string>(ok: readonly T[]) =>
  v.pipe(
    v.optional(v.array(v.string()), []),
    v.transform((xs) => [...new Set(xs.filter((x): x is T => (ok as readonly string[]).includes(x)))]),
  );

/** Fields the database sets itself; an imported record never carries them. */
type Managed = 'createdAt' | 'updatedAt' | 'deleted' | 'baseHash';
type ImportEntries = Record<Exclude<keyof typeof ROW_ENTRIES, Managed>, v.GenericSchema<unknown, unknown>>;

const IMPORT_ENTRIES = {
  id: v.optional(idText('id')),
  builtinId: v.optional(idText('builtinId')),
  title: v.optional(line('title', SCRIPT_LIMITS.title), ''),
  body: v.pipe(text('body', SCRIPT_LIMITS.body), v.minLength(1, 'body is empty')),
  scenarios: v.pipe(
    v.optional(v.array(v.string()), []),
    v.transform((xs) => [...new Set(xs.filter(isScenarioId))]),
  ),
  stages: knownList(ORDER_STAGES),
  states: knownList(AFTER_SALES_STATES),
  lang: v.optional(v.picklist(LANGS, 'lang must be "zh" or "en"')),
  platform: v.optional(v.picklist(PLATFORMS, 'unknown platform')),
  tags: v.pipe(
    v.optional(v.array(line('tag', SCRIPT_LIMITS.tag)), []),
    v.maxLength(SCRIPT_LIMITS.tags, `more than ${SCRIPT_LIMITS.tags} tags`),
  ),
  shortcut: v.optional(line('shortcut', SCRIPT_LIMITS.shortcut)),
  tip: v.optional(text('tip', SCRIPT_LIMITS.tip)),
  folder: v.optional(line('folder', SCRIPT_LIMITS.folder)),
  favourite: v.optional(v.boolean('favourite must be true or false')),
  cause: v.optional(v.picklist(SCRIPT_CAUSES, `cause must be one of ${SCRIPT_CAUSES.join(', ')}`)),
  subcase: v.optional(v.picklist(SCRIPT_SUBCASES, `subcase must be one of ${SCRIPT_SUBCASES.join(', ')}`)),
  pageKinds: knownList(PAGE_KINDS),
  goods: knownList(GOODS_KINDS),
} satisfies ImportEntries;

/** One record of an imported file (JSON pack or CSV row), checked and cleaned. */
export const ScriptImportSchema = v.object(IMPORT_ENTRIES);
type ImportOutput = v.InferOutput<typeof ScriptImportSchema>;

/** A script as read from a file, cleaned and validated, not yet stored (language and title filled in). */
export type IncomingScript = Omit<ImportOutput, 'lang' | 'pageKinds' | 'goods'> & Required<Pick<ImportOutput, 'lang'>> & Partial<Pick<ImportOutput, 'pageKinds' | 'goods'>>;
