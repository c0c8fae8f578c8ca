/**
 * The extension's one IndexedDB database (Dexie), opened only in the extension's own origin
 * (background and side panel; never in a host page). Pure IndexedDB: Node tests and benchmarks run it
 * on fake-indexeddb.
 *
 * Versioning rule: never edit or drop an old `db.version(n)`; add a new one, change data only inside
 * `.upgrade()`, and add a test that opens a database written by the previous version (schema.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Platform } from '../snapshot';
import { whoOfStored } from './keys';
import type { Lang } from '../i18n';

export const DB_NAME = 'aftersales-copilot';

/** A note on a buyer and/or an order. */
export interface Note {
  id?: number;
  platform: Platform;
  shop?: string;
  /** `platform:shop:buyer` (see keys.ts); set when the note is about a buyer. */
  buyerKey?: string;
  /** The buyer's index keys (keys.ts buyerIdsOf: id and nickname), so that any page of the buyer finds the note. */
  who?: string[];
  buyerId?: string;
  /** `platform:orderId`; set when the note is about an order. */
  orderKey?: string;
  orderId?: string;
  buyerNick?: string;
  text: string;
  tags: string[];
  pinned: boolean;
  /** The page the note was written on. */
  url?: string;
  createdAt: number;
  updatedAt: number;
}

export type ReminderStatus = 'pending' | 'fired' | 'done';

/** A follow-up reminder. Times are epoch milliseconds (UTC); the UI shows local time. */
export interface Reminder {
  id?: number;
  text: string;
  dueAt: number;
  status: ReminderStatus;
  /** When the notification was shown (a reminder fires once per due time). */
  firedAt?: number;
  doneAt?: number;
  /** Set when the reminder fired while the browser was closed and was shown on the next start, or when its notification could not be shown on time. */
  missed?: boolean;
  /**
   * While a fired reminder's notification is not known to be shown: 'claimed' from the claim until the
   * notification call succeeded, 'failed' when it threw (retried on the next alarm). Absent once shown
   * (and on rows written before this field existed).
   */
  showState?: 'claimed' | 'failed';
  platform?: Platform;
  orderId?: string;
  orderKey?: string;
  buyerKey?: string;
  /** The buyer's index keys (see Note.who). */
  who?: string[];
  buyerId?: string;
  buyerNick?: string;
  /** The page to open when the notification is clicked. */
  url?: string;
  /** The time as the agent wrote it ("明天上午10点"). */
  timeText?: string;
  createdAt: number;
  updatedAt: number;
}

export type { UserScript } from '../replies/record';
import type { UserScript } from '../replies/record';

/** One use of a script (for ranking by frequency and recency). */
export interface UsageEvent {
  id?: number;
  scriptId: string;
  at: number;
  kind: 'insert' | 'copy';
  scenario?: string;
}

/** A key/value setting (values validated by their readers). */
export interface Setting {
  key: string;
  value: unknown;
}

/** The agent corrected the scenario of a message (local learning). */
export interface Feedback {
  id?: number;
  text: string;
  from?: string;
  to: string;
  at: number;
}

/** A ticked next-step item, per order. */
export interface Tick {
  /** `${orderKey}|${stepId}` */
  key: string;
  orderKey: string;
  stepId: string;
  done: boolean;
  at: number;
}

/** A hand-made mapping of an unknown site's elements to snapshot fields. */
export interface SiteMapping {
  host: string;
  fields: Record<string, string>;
  /** The page's language, which picks the page script (page-mapped-zh.js / -en.js: one lexicon each). */
  lang?: Lang;
  createdAt: number;
  updatedAt: number;
}

/** A case the agent looked at (order or buyer), for the daily review. */
export interface CaseRecord {
  key: string;
  platform: Platform;
  orderId?: string;
  buyerNick?: string;
  scenario?: string;
  url?: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export class CopilotDb extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  scripts!: EntityTable<UserScript, 'id'>;
  usage!: EntityTable<UsageEvent, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  feedback!: EntityTable<Feedback, 'id'>;
  ticks!: EntityTable<Tick, 'key'>;
  mappings!: EntityTable<SiteMapping, 'host'>;
  cases!: EntityTable<CaseRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      notes: '++id, buyerKey, orderKey, updatedAt, *tags',
      reminders: '++id, status, dueAt, [status+dueAt], orderKey, buyerKey',
      scripts: 'id, updatedAt, folder, shortcut, builtinId',
      usage: '++id, scriptId, at',
      settings: 'key',
      feedback: '++id, at',
      ticks: 'key, orderKey',
      mappings: 'host',
      cases: 'key, lastSeenAt',
    });
    // Version 2: notes and reminders are found by any key of their buyer (id or nickname), because
    // order and after-sales pages often show only the nickname that the chat showed beside the id.
    this.version(2)
      .stores({
        notes: '++id, buyerKey, orderKey, updatedAt, *tags, *who',
        reminders: '++id, status, dueAt, [status+dueAt], orderKey, buyerKey, *who',
      })
      .upgrade(async (tx) => {
        for (const t of ['notes', 'reminders']) await tx.table(t).toCollection().modify(addWho);
      });
  }
}

/** Gives a row written before version 2 its `who` keys and buyer id (in place; used by the upgrade and by restore). */
export function addWho(row: { platform?: string; buyerKey?: string; buyerNick?: string; who?: string[]; buyerId?: string }): void {
  if (row.who) return;
  const w = whoOfStored(row);
  if (!w) return;
  row.who = w.who;
  if (w.buyerId) row.buyerId = w.buyerId;
}

let shared: CopilotDb | undefined;
/** The extension's database (one instance per context). */
export function getDb(): CopilotDb {
  return (shared ??= new CopilotDb());
}
