/**
 * The followed page as every section sees it: its snapshot, the one situation lib/situation derives
 * from it (with the agent's choice, corrections, deadline table, reply library and usage), and the
 * reply library's data for search and editing. Computed once per page view and shared by context, so
 * no section ranks or decides on its own.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { buildLearned, classify } from '../../lib/classify';
import { allCorrections } from '../../lib/classify/feedback';
import type { UsageStat } from '../../lib/db/usage';
import { situationOf, type Situation } from '../../lib/situation';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { useScriptData, useUsage, type ScriptData } from '../replies/useScripts';
import { useDeadlineConfig } from './config';
import { useChoice } from './useChoice';

export interface PageModel {
  snap: PageSnapshot;
  situation: Situation;
  data: ScriptData;
  usage: Map<string, UsageStat>;
  /**
   * The agent's replies and usage have been read: until then the ranking is of the built-ins alone
   * and would change under the agent's hand, so no suggestion is shown (or inserted by Alt+1…5).
   */
  ready: boolean;
}

const NO_USAGE = new Map<string, UsageStat>();

const PageContext = createContext<PageModel | null>(null);

/** The followed page's model (throws outside <PageProvider>, a programming error). */
export function usePage(): PageModel {
  const m = useContext(PageContext);
  if (!m) throw new Error('PageModel missing');
  return m;
}

/** Derives the page model for `snap` and provides it to the sections inside. */
export function PageProvider(props: { snap: PageSnapshot; children: ComponentChildren }) {
  const { snap } = props;
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const replyLang = usePanel((s) => s.replyLang);
  const feedback = useLive(() => allCorrections(api.db), [], []);
  const learned = useMemo(() => buildLearned(feedback), [feedback]);
  // Classifying is the costly part: once per snapshot and set of corrections, not per choice or setting.
  const classification = useMemo(() => classify({ messages: snap.messages ?? [], snapshot: snap, learned, now: Date.now() }), [snap, learned]);
  const choice = useChoice(snap, classification.scenarios[0]?.id ?? null);
  const { table } = useDeadlineConfig();
  const data = useScriptData();
  const usageRead = useUsage();
  const usage = usageRead ?? NO_USAGE;
  const situation = useMemo(
    () => situationOf({
      snapshot: snap, lang, now: Date.now(), choice, learned, deadlines: table, classification,
      replies: { scripts: data.lib.scripts, usage, prefs: data.prefs, ...(replyLang ? { lang: replyLang } : {}) },
    }),
    [snap, lang, choice.chosen, choice.replaced, learned, table, classification, data.lib, data.prefs, usage, replyLang],
  );
  const ready = data.loaded && usageRead !== null;
  const model = useMemo(() => ({ snap, situation, data, usage, ready }), [snap, situation, data, usage, ready]);
  return <PageContext.Provider value={model}>{props.children}</PageContext.Provider>;
}
