/**
 * `classify <in.jsonl | ->`: one JSON line out per line in. Each input line is
 * `{"id", "messages": [...]}` or `{"id", "text"}`, optionally with `"snapshot"`; other fields are ignored.
 * A malformed line is reported on stderr with its number and skipped; the exit code is then 1.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../../lib/classify/index';
import type { InputMessage } from '../../lib/classify/types';
import type { PageSnapshot } from '../../lib/snapshot';
import { decodedText, onlyFlags, parseArgs, readText, UsageError } from './args';

export const usage = 'classify <in.jsonl | ->   scenarios, risk and sentiment per line (JSONL out)';

function readInput(path: string): string {
  if (path !== '-') return readText(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (e) {
    throw new UsageError(`cannot read stdin: ${(e as Error).message}`);
  }
  return decodedText(bytes, 'stdin');
}

function toMessages(o: Record<string, unknown>): InputMessage[] {
  if (Array.isArray(o.messages)) {
    return o.messages.map((m, i) => {
      if (typeof m === 'string') return m;
      if (m && typeof m === 'object' && typeof (m as { text?: unknown }).text === 'string') {
        const r = (m as { role?: unknown }).role;
        const role = r === 'seller' || r === 'system' ? r : 'buyer';
        return { role, text: (m as { text: string }).text };
      }
      throw new Error(`messages[${i}] is neither a string nor {role, text}`);
    });
  }
  if (typeof o.text === 'string') return [o.text];
  throw new Error('needs "messages" (array) or "text" (string)');
}

/** Runs the command (see file comment). */
export function run(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, []);
  if (p.positional.length !== 1) throw new UsageError('give exactly one input file (or - for stdin)');
  const lines = readInput(p.positional[0]).split('\n');
  let bad = 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as unknown;
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
      const rec = o as Record<string, unknown>;
      const snapshot = rec.snapshot && typeof rec.snapshot === 'object' ? (rec.snapshot as Partial<PageSnapshot>) : undefined;
      const r = classify({ messages: toMessages(rec), snapshot });
      out.push(JSON.stringify({ id: rec.id ?? null, scenarios: r.scenarios, risk: r.risk, sentiment: r.sentiment }));
    } catch (e) {
      bad++;
      console.error(`line ${i + 1}: ${(e as Error).message}`);
    }
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return bad > 0 ? 1 : 0;
}
