/**
 * Replies for the followed page: the top suggested scripts for its situation, each filled with the
 * page's facts (missing values typed inline; nothing with a raw `{…}` is inserted), Alt+1…Alt+5 to
 * insert, a search box over the whole library (`/` focuses, arrows move, Enter inserts, Esc clears),
 * favourites, and the free reply box. Inserting never sends and records a use so ranking learns.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { recordUsage } from '../../lib/db/usage';
import { setFavourite } from '../../lib/db/replies';
import { BUILTIN_BY_ID } from '../../lib/replies/builtin';
import { pick, t } from '../../lib/i18n';
import type { LibraryScript } from '../../lib/replies/library';
import { search } from '../../lib/replies/search';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel, type PanelApi } from '../api';
import { Compose, insertWithNotice } from '../Compose';
import { Empty, Section } from '../Section';
import { fillScript, type ScriptPrefs } from '../../lib/replies/fill';
import { FilledText } from './FilledText';
import { usePage } from '../situation/PageProvider';
import { SCENARIO_LABELS } from '../../lib/scenarios';
import { varLabel } from './useScripts';
import './scripts.css';
import type { Lang } from '../../lib/i18n';

export const TOP_N = 5;

/** Inserts a script filled for the page; refuses (and says which values are missing) while any is. */
export async function insertScript(
  api: PanelApi,
  script: LibraryScript,
  snap: PageSnapshot | null,
  prefs: ScriptPrefs,
  custom: Record<string, string> = {},
  scenario?: string,
): Promise<'inserted' | 'missing' | 'failed'> {
  const lang = api.store.getState().lang;
  const r = fillScript(script, snap, prefs, custom);
  if (r.missing.length) {
    api.store.getState().notify({
      kind: 'warn',
      text: pick(lang, { zh: `请先填写：${r.missing.map((m) => varLabel(m, 'zh')).join('、')}`, en: `Fill in first: ${r.missing.map((m) => varLabel(m, 'en')).join(', ')}` }),
    });
    return 'missing';
  }
  const ok = await insertWithNotice(api, r.text);
  if (!ok) return 'failed';
  await recordUsage(api.db, script.id, 'insert', scenario).catch(() => {});
  return 'inserted';
}

/** Toggles a script's favourite mark (a built-in gets an unedited override row for it). */
export function toggleFavourite(api: PanelApi, s: LibraryScript): Promise<void> {
  return setFavourite(api.db, s.id, !s.favourite, BUILTIN_BY_ID.get(s.id));
}

function Star(props: { s: LibraryScript; lang: Lang; testid?: string }) {
  const api = useApi();
  const label = props.s.favourite ? pick(props.lang, { zh: '取消收藏', en: 'Remove from favourites' }) : pick(props.lang, { zh: '收藏', en: 'Add to favourites' });
  return (
    <button type="button" class={`star${props.s.favourite ? ' on' : ''}`} aria-pressed={props.s.favourite} title={label} aria-label={label} data-testid={props.testid}
      onClick={() => void toggleFavourite(api, props.s)}>{props.s.favourite ? '★' : '☆'}</button>
  );
}

function ScriptCard(props: {
  s: LibraryScript;
  n?: number;
  reason?: string;
  snap: PageSnapshot;
  prefs: ScriptPrefs;
  custom: Record<string, string>;
  onFill: (name: string, value: string) => void;
  onInsert: () => void;
  testid: string;
}) {
  const lang = usePanel((s) => s.lang);
  const shown = useMemo(() => fillScript(props.s, props.snap, props.prefs), [props.s, props.snap, props.prefs]);
  const full = useMemo(() => fillScript(props.s, props.snap, props.prefs, props.custom), [props.s, props.snap, props.prefs, props.custom]);
  const blocked = full.missing.length > 0;
  return (
    <li class="script-card" data-testid={props.testid} data-script-id={props.s.id} data-missing={full.missing.join(',')}>
      <div class="script-head">
        {props.n !== undefined && <kbd class="key" title={`Alt+${props.n}`}>{props.n}</kbd>}
        <strong class="script-title" data-user-text>{props.s.title}</strong>
        {props.s.shortcut && <span class="tag mono">;{props.s.shortcut}</span>}
        <Star s={props.s} lang={lang} testid={`${props.testid}-star`} />
      </div>
      {props.reason && <div class="tag">{props.reason}</div>}
      <FilledText rendered={shown} lang={lang} custom={props.custom} onFill={props.onFill} testid={props.testid} />
      {props.s.tip && <div class="tip" data-user-text>{props.s.tip}</div>}
      <div class="script-actions">
        {blocked && <span class="tag warn-text">{pick(lang, { zh: `待填：${full.missing.map((m) => varLabel(m, 'zh')).join('、')}`, en: `To fill: ${full.missing.map((m) => varLabel(m, 'en')).join(', ')}` })}</span>}
        <button type="button" class="btn" data-testid={`${props.testid}-insert`} disabled={blocked} onClick={props.onInsert}
          title={props.n !== undefined ? `Alt+${props.n}` : undefined}>{t(lang, 'insert')}</button>
      </div>
    </li>
  );
}

export function ScriptsSection() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { snap, situation, data, ready } = usePage();
  const { lib, index, prefs } = data;
  const [custom, setCustom] = useState<Record<string, Record<string, string>>>({});
  const [q, setQ] = useState('');
  const [sel, setSel] = useState(0);
  /** A script picked from search that still needs values: shown as a card above the suggestions. */
  const [picked, setPicked] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const cardsRef = useRef<HTMLUListElement>(null);

  // Another page or order: typed values belonged to the old one.
  useEffect(() => {
    setCustom({});
    setPicked(null);
  }, [snap.url, snap.orderId, snap.buyer?.nick]);

  // Until the agent's replies and usage are read, the ranking is not final: nothing to show or insert.
  const suggestions = ready ? situation.replies : [];

  const hits = useMemo(() => (q.trim() ? search(index, q, 8) : []), [index, q]);
  useEffect(() => setSel(0), [q]);

  const pickedScript = picked ? lib.byId.get(picked) : undefined;
  const cards: { s: LibraryScript; reason?: string; n?: number }[] = [
    ...(pickedScript ? [{ s: pickedScript }] : []),
    ...suggestions.filter((x) => x.script.id !== picked).map((x, i) => ({ s: x.script, reason: x.reason, n: i + 1 })),
  ];

  const fill = (id: string) => (name: string, value: string) => setCustom((c) => ({ ...c, [id]: { ...(c[id] ?? {}), [name]: value } }));

  const run = async (s: LibraryScript) => {
    const res = await insertScript(api, s, snap, prefs, custom[s.id], situation.scenario ?? undefined);
    if (res === 'missing') {
      // Ask for the values: show the script as a card and put the caret in its first empty field.
      if (!suggestions.some((x) => x.script.id === s.id)) setPicked(s.id);
      setTimeout(() => {
        const card = cardsRef.current?.querySelector(`[data-script-id="${CSS.escape(s.id)}"]`);
        const empty = [...(card?.querySelectorAll<HTMLInputElement>('input.var-in') ?? [])].find((i) => !i.value.trim());
        empty?.focus();
      }, 0);
    } else if (res === 'inserted') {
      if (picked === s.id) setPicked(null);
      setCustom((c) => {
        const { [s.id]: _drop, ...rest } = c;
        return rest;
      });
    }
    return res;
  };

  // Alt+1…Alt+5 insert the top five; `/` focuses the search box (not while typing elsewhere).
  const latest = useRef({ suggestions, run });
  latest.current = { suggestions, run };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-5]$/.test(e.code)) {
        const s = latest.current.suggestions[Number(e.code.slice(5)) - 1];
        if (!s) return;
        e.preventDefault();
        void latest.current.run(s.script);
        return;
      }
      const tgt = e.target as HTMLElement | null;
      const typing = !!tgt && (tgt.tagName === 'INPUT' || tgt.tagName === 'TEXTAREA' || tgt.tagName === 'SELECT' || tgt.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    // The same keys pressed in the page's chat box arrive through the API.
    const off = api.onInsertKey?.(async (n) => {
      const s = latest.current.suggestions[n - 1];
      return s ? (await latest.current.run(s.script)) !== 'failed' : false;
    });
    return () => {
      document.removeEventListener('keydown', onKey);
      off?.();
    };
  }, []);

  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSel((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSel((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const h = hits[sel];
      if (h) void run(h.script).then((r) => r === 'inserted' && setQ(''));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQ('');
    }
  };

  return (
    <Section id="scripts" title={t(lang, 'scripts')} badge={
      <span class="sec-badges">
        {/* Replies follow the buyer's language; this overrides it for the conversation (reset on another page or order). */}
        <button type="button" class="link small" data-testid="reply-lang" data-lang={situation.replyLang}
          title={pick(lang, { zh: '切换回复语言（仅本会话）', en: 'Switch the reply language (this conversation only)' })}
          onClick={() => api.store.getState().setReplyLang(situation.replyLang === 'zh' ? 'en' : 'zh')}>
          {pick(lang, { zh: '回复语言：', en: 'Replies in ' })}<span lang={situation.replyLang}>{situation.replyLang === 'zh' ? '中文' : 'English'}</span>
        </button>
        <button type="button" class="link small" data-testid="open-library" onClick={() => api.store.getState().setView('library')}>{pick(lang, { zh: '话术库', en: 'Library' })}</button>
      </span>
    }>
      <div class="script-search">
        <input
          ref={searchRef}
          type="search"
          data-testid="script-search"
          aria-expanded={hits.length > 0}
          aria-controls="script-hits"
          aria-label={pick(lang, { zh: '搜索话术', en: 'Search replies' })}
          placeholder={pick(lang, { zh: '搜索话术：文字、拼音、快捷码（按 / ）', en: 'Search replies: words, pinyin, shortcut (press /)' })}
          value={q}
          onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => onSearchKey(e as unknown as KeyboardEvent)}
        />
      </div>
      {q.trim() !== '' && (
        hits.length ? (
          <ul class="hits" id="script-hits" role="listbox" data-testid="script-hits">
            {hits.map((h, i) => {
              const r = fillScript(h.script, snap, prefs, custom[h.script.id]);
              return (
                <li key={h.script.id} role="option" aria-selected={i === sel} class={`hit${i === sel ? ' sel' : ''}`} data-testid="script-hit" data-script-id={h.script.id}
                  onMouseEnter={() => setSel(i)} onClick={() => void run(h.script)}>
                  <div class="script-head">
                    <strong class="script-title" data-user-text>{h.script.title}</strong>
                    {h.script.shortcut && <span class="tag mono">;{h.script.shortcut}</span>}
                    {h.script.folder && <span class="tag" data-user-text>{h.script.folder}</span>}
                  </div>
                  <div class="hit-body" data-user-text>{r.text}</div>
                </li>
              );
            })}
          </ul>
        ) : <Empty testid="script-no-hits">{pick(lang, { zh: '没有找到匹配的话术。', en: 'No reply matches.' })}</Empty>
      )}
      {ready && cards.length === 0 && <Empty testid="scripts-empty">{pick(lang, { zh: '这个情况暂时没有合适的话术，可以搜索或直接输入。', en: 'No reply fits this case yet. Search, or write one below.' })}</Empty>}
      <ul class="script-cards" ref={cardsRef} data-testid="script-suggestions" data-ready={ready}>
        {cards.map((c) => (
          <ScriptCard key={c.s.id} s={c.s} n={c.n} reason={c.reason} snap={snap} prefs={prefs} custom={custom[c.s.id] ?? {}}
            onFill={fill(c.s.id)} onInsert={() => void run(c.s)} testid={c.n ? `suggestion-${c.n}` : 'picked-script'} />
        ))}
      </ul>
      {situation.scenario && situation.scenario !== 'other' && (
        <button type="button" class="link small" data-testid="reply-for-case"
          onClick={() => api.store.getState().startReply({ scenarios: [situation.scenario!], lang: situation.replyLang })}>
          {pick(lang, { zh: `+ 为“${SCENARIO_LABELS[situation.scenario].zh}”写一条自己的话术`, en: `+ Write your own reply for "${SCENARIO_LABELS[situation.scenario].en}"` })}
        </button>
      )}
      <Compose />
    </Section>
  );
}
