/**
 * Import and export of scripts: our own versioned JSON pack and CSV (what Chinese tools and Excel
 * produce). Everything read here is untrusted: size and row caps, prototype-pollution keys refused,
 * control and bidi-override characters stripped, over-long fields rejected; HTML stays plain text.
 * Applying an import is done in one Dexie transaction by applyImport (lib/db/replies.ts).
 */
import * as v from 'valibot';
import { mergeLibrary, normaliseShortcut, scriptHash, type LibraryScript } from './library';
import { cleanText, SCRIPT_LIMITS, ScriptImportSchema, type IncomingScript, type UserScript } from './record';
import type { Script } from './types';

export { cleanText, type IncomingScript } from './record';
import type { Lang } from '../i18n';

export const PACK_FORMAT = 'aftersales-copilot.scripts';
export const PACK_VERSION = 1;

/** Caps on untrusted input (characters unless noted): the file, and each record's fields. */
export const IMPORT_LIMITS = Object.freeze({ bytes: 5 * 1024 * 1024, rows: 20_000, ...SCRIPT_LIMITS });

/** One rejected record. `row` is 1-based: the record's position in JSON, the line of the record in CSV. */
export interface ImportError {
  row: number;
  field?: string;
  message: string;
  zh: string;
  /** A valid record dropped because an earlier one in the file has its shortcut (`row` is then its position among the valid records). */
  duplicate?: boolean;
}

/** The whole file is unusable (too big, not JSON, wrong format…); nothing is imported. */
export class ImportFormatError extends Error {
  constructor(message: string, readonly zh: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

export interface ParsedImport {
  scripts: IncomingScript[];
  errors: ImportError[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const ZH_FIELD: Record<string, string> = {
  title: '标题', body: '内容', shortcut: '快捷编码', tags: '标签', tag: '标签', folder: '分组', tip: '提示', lang: '语言',
  platform: '平台', id: 'id', builtinId: 'builtinId', favourite: '收藏',
};

/** Validates one raw record (any shape) into an IncomingScript. */
export function validateRecord(raw: unknown, row: number): { script?: IncomingScript; errors: ImportError[] } {
  const r = v.safeParse(ScriptImportSchema, raw);
  if (!r.success) {
    const errors = r.issues.slice(0, 3).map((i): ImportError => {
      const field = i.path?.map((p) => String(p.key)).filter((k) => Number.isNaN(Number(k)))[0];
      const what = field ? ZH_FIELD[field] ?? field : '';
      const zh = /longer than/.test(i.message) ? `${what}超出长度上限` : /empty/.test(i.message) ? `${what}为空` : `${what}格式不对`;
      return { row, field, message: field && !i.message.startsWith(field) ? `${field}: ${i.message}` : i.message, zh: `第${row}条：${zh}` };
    });
    return { errors };
  }
  const o = r.output;
  const s: IncomingScript = {
    title: o.title || titleFromBody(o.body),
    body: o.body,
    scenarios: o.scenarios,
    stages: o.stages,
    states: o.states,
    lang: o.lang ?? guessLang(o.body),
    tags: [...new Set(o.tags.filter(Boolean))],
  };
  if (o.id) s.id = o.id;
  if (o.builtinId) s.builtinId = o.builtinId;
  if (o.platform) s.platform = o.platform;
  if (o.shortcut) s.shortcut = o.shortcut;
  if (o.tip) s.tip = o.tip;
  if (o.folder) s.folder = o.folder;
  if (o.favourite !== undefined) s.favourite = o.favourite;
  if (o.cause) s.cause = o.cause;
  if (o.subcase) s.subcase = o.subcase;
  if (o.pageKinds.length) s.pageKinds = o.pageKinds;
  if (o.goods.length) s.goods = o.goods;
  return { script: s, errors: [] };
}

/** A title from the first words of a body (CSV exports of other tools often have none). */
export function titleFromBody(body: string): string {
  const first = body.split('\n').find((l) => l.trim()) ?? body;
  const t = first.replace(/\{[^{}]*\}/g, '').replace(/\s+/g, ' ').trim();
  return t.length > 18 ? `${t.slice(0, 18)}…` : t || '—';
}

/** zh when the text has Chinese characters, else en. */
export function guessLang(s: string): Lang {
  return /[\u3400-\u9fff]/.test(s) ? 'zh' : 'en';
}

function checkSize(text: string): void {
  // A UTF-8 byte is at most one UTF-16 unit, so a cheap length check comes first.
  if (text.length > IMPORT_LIMITS.bytes || new TextEncoder().encode(text).length > IMPORT_LIMITS.bytes) {
    throw new ImportFormatError('The file is larger than 5 MB; split it into smaller packs.', '文件超过 5 MB，请拆成几个小文件再导入。');
  }
}

function tooManyRows(n: number): ImportFormatError {
  return new ImportFormatError(
    `The file has ${n} scripts; at most ${IMPORT_LIMITS.rows} can be imported at once.`,
    `文件里有 ${n} 条话术，一次最多导入 ${IMPORT_LIMITS.rows} 条。`,
  );
}

/** Parses our JSON pack. Throws ImportFormatError for a file that is not one; bad records go to `errors`. */
export function parseJsonPack(text: string): ParsedImport & { exportedAt?: string; name?: string } {
  checkSize(text);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey) {
      throw new ImportFormatError(`The file contains the key "${e.key}", which is not allowed; nothing was imported.`, `文件里含有不允许的字段 "${e.key}"，未导入任何内容。`);
    }
    throw new ImportFormatError(`The file is not valid JSON (${(e as Error).message}).`, '文件不是有效的 JSON。');
  }
  const head = v.safeParse(
    v.object({
      format: v.literal(PACK_FORMAT),
      version: v.number(),
      exportedAt: v.optional(v.string()),
      name: v.optional(v.string()),
      scripts: v.array(v.unknown()),
    }),
    data,
  );
  if (!head.success) {
    throw new ImportFormatError(`This is not a script pack of this extension (expected format "${PACK_FORMAT}").`, '这不是本插件导出的话术文件。');
  }
  if (head.output.version > PACK_VERSION) {
    throw new ImportFormatError(
      `The pack was written by a newer version (format version ${head.output.version}); update the extension first.`,
      '该文件来自更新版本的插件，请先升级插件。',
    );
  }
  if (head.output.scripts.length > IMPORT_LIMITS.rows) throw tooManyRows(head.output.scripts.length);
  const out: ParsedImport & { exportedAt?: string; name?: string } = { scripts: [], errors: [] };
  if (head.output.exportedAt) out.exportedAt = head.output.exportedAt;
  if (head.output.name) out.name = cleanText(head.output.name).slice(0, IMPORT_LIMITS.folder);
  head.output.scripts.forEach((raw, i) => {
    const r = validateRecord(raw, i + 1);
    if (r.script) out.scripts.push(r.script);
    out.errors.push(...r.errors);
  });
  return out;
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Anything with the fields of a script (a built-in, a library entry or a stored row). */
export type ExportableScript = Pick<Script, 'id' | 'title' | 'body'> &
  Partial<Pick<Script, 'scenarios' | 'stages' | 'states' | 'lang' | 'platform' | 'tags' | 'shortcut' | 'tip' | 'folder' | 'cause' | 'subcase' | 'pageKinds' | 'goods'>> & {
    builtinId?: string;
    favourite?: boolean;
    source?: LibraryScript['source'];
  };

function exportRecord(s: ExportableScript): Record<string, unknown> {
  const r: Record<string, unknown> = { id: s.id };
  // An override travels as the built-in it edits, so the receiver's copy of that built-in is matched.
  if (s.builtinId || s.source === 'override') r.builtinId = s.builtinId ?? s.id;
  r.title = s.title;
  r.body = s.body;
  r.scenarios = s.scenarios ?? [];
  r.stages = s.stages ?? [];
  r.states = s.states ?? [];
  r.lang = s.lang ?? guessLang(s.body);
  r.tags = s.tags ?? [];
  for (const k of ['platform', 'shortcut', 'tip', 'folder', 'cause', 'subcase'] as const) if (s[k]) r[k] = s[k];
  if (s.pageKinds?.length) r.pageKinds = s.pageKinds;
  if (s.goods?.length) r.goods = s.goods;
  if (s.favourite) r.favourite = true;
  return r;
}

/** The scripts of one folder (and its sub-folders), or all when folder is undefined. */
function pick<T extends { folder?: string }>(scripts: readonly T[], folder?: string): T[] {
  return folder === undefined ? [...scripts] : scripts.filter((s) => s.folder === folder || (s.folder ?? '').startsWith(`${folder}/`));
}

/** A JSON pack of all scripts, or of one folder (named after it). */
export function exportJsonPack(scripts: readonly ExportableScript[], opts: { now?: Date; folder?: string } = {}): string {
  const chosen = pick(scripts, opts.folder);
  const pack: Record<string, unknown> = { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: (opts.now ?? new Date()).toISOString() };
  if (opts.folder !== undefined) pack.name = opts.folder;
  pack.scripts = chosen.map(exportRecord);
  return `${JSON.stringify(pack, null, 2)}\n`;
}

// ---------------------------------------------------------------- CSV

/** Splits CSV/TSV text into rows (RFC 4180 quoting, BOM, CRLF; delimiter detected from the first line). */
export function parseCsv(text: string): string[][] {
  checkSize(text);
  const s = text.replace(/^\uFEFF/, '');
  const delim = detectDelimiter(s);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  let lineNo = 1;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') lineNo++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; quoteLine = lineNo; i++; continue; }
    if (c === delim) { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
      if (rows.length > IMPORT_LIMITS.rows + 1) throw tooManyRows(rows.length - 1);
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      lineNo++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) {
    throw new ImportFormatError(`A quoted field opened on line ${quoteLine} is never closed.`, `第 ${quoteLine} 行的引号没有闭合。`);
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const out = rows.filter((r) => r.some((x) => x.trim() !== ''));
  if (out.length > IMPORT_LIMITS.rows + 1) throw tooManyRows(out.length - 1);
  return out;
}

function detectDelimiter(s: string): string {
  let end = 0;
  let q = false;
  while (end < s.length && (q || (s[end] !== '\n' && s[end] !== '\r'))) {
    if (s[end] === '"') q = !q;
    end++;
  }
  const first = s.slice(0, end).replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

// A cell starting like a formula would run in Excel when a colleague opens the export (CSV
// injection), so export prefixes it with an apostrophe and import removes that apostrophe again.
const FORMULA_RE = /^[=+\-@\t\r]/;

function csvCell(s: string): string {
  const t = FORMULA_RE.test(s) ? `'${s}` : s;
  return /[",\r\n\t;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** Rows to CSV text with a BOM and CRLF line ends (what Excel opens correctly with Chinese). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const CSV_FIELDS = ['title', 'body', 'folder', 'shortcut', 'tags', 'lang', 'scenarios', 'tip'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Which column holds which field; `hasHeader` false means the first row is data. */
export interface CsvMapping {
  hasHeader: boolean;
  columns: Partial<Record<CsvField, number>>;
}

/** Scripts as CSV (title, body, folder, shortcut, tags, lang, scenarios, tip), all or one folder. */
export function exportCsv(scripts: readonly ExportableScript[], opts: { folder?: string } = {}): string {
  const rows: string[][] = [[...CSV_FIELDS]];
  for (const s of pick(scripts, opts.folder)) {
    rows.push([s.title, s.body, s.folder ?? '', s.shortcut ?? '', (s.tags ?? []).join(','), s.lang ?? guessLang(s.body), (s.scenarios ?? []).join(','), s.tip ?? '']);
  }
  return toCsv(rows);
}

// Header words per field, most specific first. In 千牛's quick-phrase export 快捷短语 is the phrase
// itself and 快捷编码 the code typed to call it, so 快捷短语 counts as the body when nothing better is there.
const HEADER_WORDS: Readonly<Record<CsvField, readonly string[]>> = {
  title: ['标题', '话术标题', '名称', '话术名称', '主题', 'title', 'name', 'subject'],
  body: ['内容', '话术内容', '回复内容', '正文', '话术', '回复', '快捷短语', '短语', 'body', 'content', 'text', 'message', 'reply', 'template', 'snippet'],
  folder: ['分组', '分类', '文件夹', '目录', '类别', '组', 'folder', 'group', 'category', 'collection'],
  shortcut: ['快捷编码', '快捷码', '快捷键', '编码', '快捷方式', '缩写', 'shortcut', 'shortcode', 'short code', 'code', 'keyword', 'trigger', 'abbreviation'],
  tags: ['标签', 'tags', 'tag', 'labels', 'label', 'keywords'],
  lang: ['语言', 'lang', 'language', 'locale'],
  scenarios: ['场景', 'scenarios', 'scenario'],
  tip: ['提示', '备注', '说明', 'tip', 'note', 'notes', 'hint'],
};

/** Proposes which column is which from a header row (Chinese and English names); the agent confirms. */
export function guessCsvMapping(headerRow: readonly string[]): CsvMapping {
  const cells = headerRow.map((h) => cleanText(h).replace(/^\uFEFF/, '').trim().toLowerCase());
  const scored: { field: CsvField; col: number; score: number }[] = [];
  cells.forEach((h, col) => {
    for (const field of CSV_FIELDS) {
      HEADER_WORDS[field].forEach((w, rank) => {
        const base = h === w ? 100 : h.includes(w) && w.length >= 2 ? 50 : 0;
        if (base) scored.push({ field, col, score: base - rank });
      });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<CsvField, number>> = {};
  const used = new Set<number>();
  for (const s of scored) {
    if (columns[s.field] !== undefined || used.has(s.col)) continue;
    columns[s.field] = s.col;
    used.add(s.col);
  }
  if (columns.body !== undefined || columns.title !== undefined || columns.shortcut !== undefined) return { hasHeader: true, columns };
  // No recognisable header: the first row is data. One column is a body; two are title + body.
  if (cells.length === 1) return { hasHeader: false, columns: { body: 0 } };
  return { hasHeader: false, columns: { title: 0, body: 1, ...(cells.length > 2 ? { folder: 2 } : {}) } };
}

/** Reads scripts from CSV text with a mapping (default: guessCsvMapping on the first row). */
export function csvToScripts(text: string, mapping?: CsvMapping, opts: { lang?: Lang } = {}): ParsedImport & { header: string[]; mapping: CsvMapping } {
  const rows = parseCsv(text);
  if (!rows.length) throw new ImportFormatError('The file is empty.', '文件是空的。');
  const map = mapping ?? guessCsvMapping(rows[0]);
  if (map.columns.body === undefined) {
    throw new ImportFormatError('Choose which column holds the reply text.', '请指定哪一列是话术内容。');
  }
  const data = map.hasHeader ? rows.slice(1) : rows;
  if (data.length > IMPORT_LIMITS.rows) throw tooManyRows(data.length);
  const out: ParsedImport & { header: string[]; mapping: CsvMapping } = { scripts: [], errors: [], header: map.hasHeader ? rows[0] : [], mapping: map };
  const cell = (r: string[], f: CsvField): string | undefined => {
    const c = map.columns[f];
    if (c === undefined) return undefined;
    const x = r[c];
    // Undo the export's formula guard (see FORMULA_RE).
    return x === undefined ? undefined : x.startsWith("'") && FORMULA_RE.test(x.slice(1)) ? x.slice(1) : x;
  };
  const list = (x: string | undefined): string[] => (x ? x.split(/[,，;；|、\n]+/).map((t) => t.trim()).filter(Boolean) : []);
  data.forEach((r, i) => {
    const rowNo = i + 1 + (map.hasHeader ? 1 : 0);
    const body = cell(r, 'body') ?? '';
    const lang = (cell(r, 'lang') ?? '').trim().toLowerCase();
    const raw: Record<string, unknown> = {
      title: cell(r, 'title') ?? '',
      body,
      tags: list(cell(r, 'tags')),
      scenarios: list(cell(r, 'scenarios')),
      lang: lang === 'zh' || lang === 'en' ? lang : opts.lang ?? guessLang(body),
    };
    for (const f of ['folder', 'shortcut', 'tip'] as const) {
      const x = cell(r, f)?.trim();
      if (x) raw[f] = x;
    }
    const res = validateRecord(raw, rowNo);
    if (res.script) out.scripts.push(res.script);
    out.errors.push(...res.errors);
  });
  return out;
}

/** Reads a JSON pack or a CSV/TSV file, told apart by the file name or the first character. */
export function parseImportFile(text: string, fileName = ''): ParsedImport {
  const looksJson = /\.json$/i.test(fileName) || /^\uFEFF?\s*[{[]/.test(text);
  return looksJson ? parseJsonPack(text) : csvToScripts(text);
}

// ---------------------------------------------------------------- preview

export interface PreviewItem {
  /** Stable key of the incoming record within this import (`#0`, `#1`…), used in ImportChoices. */
  key: string;
  incoming: IncomingScript;
  /** The library script this record matches (same id, or same title in the same folder and language). */
  target?: { id: string; source: LibraryScript['source']; title: string };
}

export interface ImportConflict extends PreviewItem {
  reason: 'id' | 'shortcut';
  /** For a shortcut clash: the script that already has the shortcut. */
  clashWith?: { id: string; title: string; shortcut: string };
}

export interface ImportPreview {
  added: PreviewItem[];
  changed: PreviewItem[];
  conflicts: ImportConflict[];
  unchanged: PreviewItem[];
  errors: ImportError[];
}

/** How to settle a conflict: skip it, let the file win, or keep both (the import becomes a new script). */
export type ConflictChoice = 'skip' | 'replace' | 'keepBoth';

export interface ImportChoices {
  /** Per conflict key; a conflict without a choice is skipped. */
  conflicts?: Readonly<Record<string, ConflictChoice>>;
  /** Apply the valid records even though some were rejected (default false: errors block the import). */
  ignoreErrors?: boolean;
}

function sameContent(a: ExportableScript, b: IncomingScript): boolean {
  return scriptHash(a) === scriptHash(b);
}

function titleKey(s: { title: string; folder?: string; lang?: string }): string {
  return `${s.lang ?? ''}\u0001${s.folder ?? ''}\u0001${s.title.trim().toLowerCase()}`;
}

/**
 * Sorts incoming scripts against the library (the agent's rows merged with built-ins): new ones,
 * updates of a script with the same title in the same folder, conflicts (same id with different
 * content, or a shortcut already used by another script), and exact duplicates.
 */
export function previewImport(
  existing: readonly UserScript[],
  incoming: readonly IncomingScript[],
  builtins: readonly Script[] = [],
  errors: readonly ImportError[] = [],
): ImportPreview {
  const lib = mergeLibrary(builtins, existing as UserScript[]);
  const byTitle = new Map<string, LibraryScript>();
  for (const s of lib.scripts) if (!byTitle.has(titleKey(s))) byTitle.set(titleKey(s), s);
  const out: ImportPreview = { added: [], changed: [], conflicts: [], unchanged: [], errors: [...errors] };
  const claimed = new Map<string, string>(); // shortcut → key of an earlier record in this file
  incoming.forEach((inc, i) => {
    const key = `#${i}`;
    const byId = lib.byId.get(inc.builtinId ?? inc.id ?? '');
    const match = byId ?? byTitle.get(titleKey(inc));
    const item: PreviewItem = { key, incoming: inc };
    if (match) item.target = { id: match.id, source: match.source, title: match.title };
    if (match && sameContent(match, inc)) { out.unchanged.push(item); return; }
    const sc = normaliseShortcut(inc.shortcut);
    if (sc && claimed.has(sc)) {
      out.errors.push({ row: i + 1, field: 'shortcut', message: `shortcut "${sc}" is used twice in this file`, zh: `第${i + 1}条：快捷编码“${sc}”在文件中重复`, duplicate: true });
      return;
    }
    if (sc) claimed.set(sc, key);
    if (byId) { out.conflicts.push({ ...item, reason: 'id' }); return; }
    const holder = sc ? lib.byShortcut.get(sc) : undefined;
    if (holder && holder.id !== match?.id) {
      out.conflicts.push({ ...item, reason: 'shortcut', clashWith: { id: holder.id, title: holder.title, shortcut: sc! } });
      return;
    }
    (match ? out.changed : out.added).push(item);
  });
  return out;
}
