/**
 * `situation <page.html> --url <url> [--now <ISO>] [--lang zh|en]`: what the panel would show for a
 * saved page (lib/situation, the same function the panel renders): ranked scenarios with cues, the
 * scenario in effect, stage, after-sales state and its deadline, risk, mood, next steps and the
 * ranked replies filled with the page's facts (built-in library, no agent settings).
 */
import { readPage } from '../../lib/adapters/registry';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin';
import { mergeLibrary } from '../../lib/replies/library';
import { situationOf } from '../../lib/situation';
import { UsageError, flag, onlyFlags, pageArgs, parseArgs, parseNow } from './args';
import { parseDocument, readHtml } from './dom';

export const usage = 'situation <page.html> --url <url> [--now <ISO>] [--lang zh|en]   print the situation JSON (scenarios, steps, scripts) of a saved page';

/** Runs the command. */
export function run(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, ['url', 'now', 'lang']);
  const { file, url } = pageArgs(p);
  const lang = flag(p, 'lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not ${lang}`);
  const now = parseNow(p);
  const { document, close } = parseDocument(readHtml(file), url);
  try {
    const snapshot = readPage(document, url, now);
    const s = situationOf({ snapshot, lang, now: now.getTime(), replies: { scripts: mergeLibrary(BUILTIN_SCRIPTS, []).scripts } });
    const out = {
      source: s.source,
      scenario: s.scenario,
      scenarios: s.scenarios,
      stage: s.stage ?? null,
      afterSales: s.afterSales ?? null,
      caseDeadline: s.caseDeadline ? { ...s.caseDeadline, msLeft: s.caseDeadline.dueAt !== undefined ? s.caseDeadline.dueAt - now.getTime() : null } : null,
      risk: s.risk,
      sentiment: s.sentiment,
      urgency: s.urgency,
      steps: s.steps.map((st) => ({ id: st.id, actor: st.actor, origin: st.origin, text: st.text, ...(st.due ? { due: st.due } : {}) })),
      replyLang: s.replyLang,
      scripts: s.replies.map((r) => ({ id: r.script.id, title: r.script.title, lang: r.script.lang, text: r.filled.text, missing: r.filled.missing, reason: r.reason })),
    };
    console.log(JSON.stringify(out, null, 2));
  } finally {
    close();
  }
  return 0;
}
