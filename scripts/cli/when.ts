/**
 * `when "<text>" [--now <ISO>] [--lang zh|en] [--tz <IANA>]`: the time a phrase names, as the reminder
 * box would read it. Line 1: ISO with offset; line 2: the local time as shown to agents;
 * line 3: the words that were matched (and a note when the time is already past).
 * No time in the text → message on stderr, exit 1.
 */
import { parseWhen } from '../../lib/time/parse';
import { formatIsoLocal, formatWhen } from '../../lib/time/format';
import { defaultTimeZone, isValidTimeZone } from '../../lib/time/zone';
import { flag, onlyFlags, parseArgs, parseNow, UsageError } from './args';

export const usage = 'when "<text>" [--now <ISO>] [--lang zh|en] [--tz <IANA zone>]   the time a phrase names (明天上午10点, in 2 hours)';

/** Runs the command (see file comment). */
export function run(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, ['now', 'lang', 'tz']);
  if (p.positional.length === 0) throw new UsageError('give the text to read, e.g. when "明天上午10点"');
  const text = p.positional.join(' ');
  const lang = flag(p, 'lang');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${lang}"`);
  const tz = flag(p, 'tz') ?? defaultTimeZone();
  if (!isValidTimeZone(tz)) throw new UsageError(`--tz is not a known IANA time zone: ${tz}`);
  const now = parseNow(p);
  const r = parseWhen(text, { now, lang, timeZone: tz });
  if (!r) {
    console.error(`no time found in: ${text}`);
    return 1;
  }
  const shown = lang ?? (/[\u3400-\u9fff]/.test(text) ? 'zh' : 'en');
  console.log(formatIsoLocal(r.at, tz));
  console.log(formatWhen(r.at, now, shown, tz));
  console.log(`matched: ${r.text}  (confidence ${r.confidence}${r.past ? '; already past' : ''})`);
  return 0;
}
