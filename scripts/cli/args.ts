/** Small argument helpers shared by the CLI subcommands. A UsageError exits with code 2. */
import { readFileSync } from 'node:fs';
import { decodeText } from '../../lib/decode';
import { t } from '../../lib/i18n';

export class UsageError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Parses `a b --key value --flag` into positional args and flags. `booleans` never take a value. */
export function parseArgs(argv: string[], booleans: string[] = []): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[key] = a.slice(eq + 1);
      else if (booleans.includes(key)) flags[key] = true;
      else {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${key} needs a value`);
        flags[key] = v;
        i++;
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

/** Rejects flags not in `allowed`. */
export function onlyFlags(p: Parsed, allowed: string[]): void {
  for (const k of Object.keys(p.flags)) if (!allowed.includes(k)) throw new UsageError(`unknown option --${k}`);
}

/** A string flag's value, or undefined. */
export function flag(p: Parsed, key: string): string | undefined {
  const v = p.flags[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads a text file, turning any failure into a UsageError with a clear message. The encoding is
 * detected as in the panel's import (lib/decode.ts: UTF-8 with or without BOM, UTF-16 with BOM, else
 * GB18030), and a file no encoding reads is refused rather than read as mojibake.
 */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((e as Error).message)}`);
  }
  return decodedText(bytes, path);
}

/** The text of a file's bytes (see readText); `what` names the file in the message. */
export function decodedText(bytes: Uint8Array, what: string): string {
  const d = decodeText(bytes);
  if (!d.ok) throw new UsageError(`cannot read ${what}: ${t('en', 'fileUndecodable')}`);
  return d.text;
}

/** Parses --now as an ISO time (default: the real now). */
export function parseNow(p: Parsed): Date {
  const s = flag(p, 'now');
  if (s === undefined) return new Date();
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now is not an ISO date/time: ${s}`);
  return d;
}

/** The one saved page and its --url (required, a URL) of the page commands (extract, situation). */
export function pageArgs(p: Parsed): { file: string; url: string } {
  if (p.positional.length !== 1) throw new UsageError('give exactly one saved page (.html)');
  const url = flag(p, 'url');
  if (!url) throw new UsageError('--url is required (the address the page was saved from)');
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url is not a URL: ${url}`);
  }
  return { file: p.positional[0], url };
}
