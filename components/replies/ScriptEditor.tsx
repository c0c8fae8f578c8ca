/**
 * Creates or edits one script with a live preview filled from the followed page (or settings only).
 * Editing a built-in writes an override (the original stays: "reset to original"). Shortcut clashes
 * are reported before saving.
 */
import { useMemo, useState } from 'preact/hooks';
import { createScript, deleteScript, duplicateScript, overrideBuiltin, resetBuiltin, restoreScript, updateScript, type ScriptFields } from '../../lib/db/replies';
import { BUILTIN_BY_ID } from '../../lib/replies/builtin';
import { GOODS_KINDS, goodsLabel, type GoodsKind } from '../../lib/goods-kind';
import { pageKindName, pick, stageName, stateName, type Lang } from '../../lib/i18n';
import { AFTER_SALES_STATES, ORDER_STAGES, PAGE_KINDS, type AfterSalesState, type OrderStage, type PageKind } from '../../lib/snapshot';
import { normaliseShortcut, type Library, type LibraryScript } from '../../lib/replies/library';
import { SCRIPT_CAUSES, SCRIPT_SUBCASES, SCRIPT_VARIABLES, type ScriptCause, type ScriptSubcase } from '../../lib/replies/types';
import { useApi, usePanel, type PanelApi } from '../api';
import { SCENARIO_IDS, SCENARIO_LABELS, isScenarioId, type ScenarioId } from '../../lib/scenarios';
import { fillScript, type ScriptPrefs } from '../../lib/replies/fill';
import { FilledText } from './FilledText';
import { varLabel } from './useScripts';

interface Draft {
  title: string;
  body: string;
  folder: string;
  shortcut: string;
  tags: string;
  lang: Lang;
  tip: string;
  /** The situations the reply is suggested for (none: found by search and shortcut only). */
  scenarios: ScenarioId[];
  /** Conditions (empty = any): the order stages, after-sales states and kinds of page it fits, whose fault the case is, which wrong-item case. */
  stages: OrderStage[];
  states: AfterSalesState[];
  pageKinds: PageKind[];
  goods: GoodsKind[];
  cause: ScriptCause | '';
  subcase: ScriptSubcase | '';
}

const CAUSE_LABELS: Record<ScriptCause | '', { zh: string; en: string }> = {
  '': { zh: '不限', en: 'Any' },
  seller: { zh: '商家原因（发错、漏发、质量、破损：运费商家出）', en: 'Shop’s fault (wrong, missing, faulty, damaged: the shop pays postage)' },
  buyer: { zh: '买家个人原因（退货运费买家出）', en: 'Buyer’s own reason (the buyer pays return postage)' },
  unknown: { zh: '原因还不清楚时（说明两种情况）', en: 'While the cause is not known (explains both)' },
};
const SUBCASE_LABELS: Record<ScriptSubcase | '', { zh: string; en: string }> = {
  '': { zh: '不限', en: 'Any' },
  wrong: { zh: '发错货', en: 'Wrong goods sent' },
  missing: { zh: '漏发、少件、赠品没有', en: 'Goods or gifts missing' },
  described: { zh: '与描述不符', en: 'Not as described' },
};

/** Toggles one value in a list (chip groups). */
function toggle<T>(xs: readonly T[], x: T): T[] {
  return xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
}

function draftOf(s: LibraryScript | undefined, lang: Lang, preset?: Partial<Draft>): Draft {
  return {
    ...draftFields(s, lang),
    ...(s ? {} : preset),
  };
}

function draftFields(s: LibraryScript | undefined, lang: Lang): Draft {
  return {
    scenarios: (s?.scenarios ?? []).filter(isScenarioId),
    title: s?.title ?? '',
    body: s?.body ?? '',
    folder: s?.folder ?? '',
    shortcut: s?.shortcut ?? s?.shadowedShortcut ?? '',
    tags: (s?.tags ?? []).join(', '),
    lang: s?.lang ?? lang,
    tip: s?.tip ?? '',
    stages: [...(s?.stages ?? [])],
    states: [...(s?.states ?? [])],
    pageKinds: [...(s?.pageKinds ?? [])],
    goods: [...(s?.goods ?? [])],
    cause: s?.cause ?? '',
    subcase: s?.subcase ?? '',
  };
}

/** How many conditions besides the situations are set. */
function conditionCount(d: Draft): number {
  return d.stages.length + d.states.length + d.pageKinds.length + d.goods.length + (d.cause ? 1 : 0) + (d.subcase ? 1 : 0);
}

/** The shortcut's problem, if any: bad characters, or another script already has it. */
export function shortcutProblem(lib: Pick<Library, 'byShortcut'>, shortcut: string, selfId: string | undefined, lang: Lang): string | null {
  const k = normaliseShortcut(shortcut);
  if (!k) return null;
  if (!/^[a-z0-9]{1,12}$/.test(k)) return pick(lang, { zh: '快捷码只能用 1 到 12 个小写字母或数字。', en: 'A shortcut is 1 to 12 lower-case letters or digits.' });
  const holder = lib.byShortcut.get(k);
  if (holder && holder.id !== selfId) return pick(lang, { zh: `快捷码“${k}”已被“${holder.title}”使用。`, en: `Shortcut "${k}" is already used by "${holder.title}".` });
  return null;
}

/** Deletes a script and offers undo in the notice bar. */
export async function deleteWithUndo(api: PanelApi, s: LibraryScript): Promise<void> {
  const lang = api.store.getState().lang;
  await deleteScript(api.db, s.id, BUILTIN_BY_ID.get(s.id));
  api.store.getState().notify({
    kind: 'ok',
    text: pick(lang, { zh: `已删除“${s.title}”。`, en: `Deleted "${s.title}".` }),
    action: { label: pick(lang, { zh: '撤销', en: 'Undo' }), run: () => void restoreScript(api.db, s.id) },
  });
}

export function ScriptEditor(props: { script?: LibraryScript; lib: Library; prefs: ScriptPrefs; onClose: (id?: string) => void; preset?: Partial<Draft> }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const snap = usePanel((s) => s.snapshot);
  const s = props.script;
  const [d, setD] = useState<Draft>(() => draftOf(s, lang, props.preset));
  const [error, setError] = useState<string | null>(null);
  // Open at first when the reply has conditions; afterwards the agent opens and closes it.
  const [condOpen] = useState(() => conditionCount(d) > 0);
  const set = (k: keyof Draft) => (e: Event) => setD({ ...d, [k]: (e.target as HTMLInputElement).value });
  const preview = useMemo(() => fillScript({ body: d.body, lang: d.lang }, snap, props.prefs), [d.body, d.lang, snap, props.prefs]);
  const scProblem = shortcutProblem(props.lib, d.shortcut, s?.id, lang);
  const canSave = !!d.title.trim() && !!d.body.trim() && !scProblem;

  const save = async () => {
    const fields: ScriptFields = {
      title: d.title,
      body: d.body,
      folder: d.folder,
      shortcut: normaliseShortcut(d.shortcut) ?? '',
      tags: d.tags.split(/[,，;；\s]+/).map((x) => x.trim()).filter(Boolean),
      lang: d.lang,
      tip: d.tip,
      scenarios: d.scenarios,
      stages: d.stages,
      states: d.states,
      pageKinds: d.pageKinds,
      goods: d.goods,
      // '' is stored as "any" (an edited built-in otherwise keeps the built-in's condition).
      cause: d.cause,
      subcase: d.subcase,
    };
    try {
      let id = s?.id;
      if (!s) id = await createScript(api.db, fields);
      else if (s.source === 'user') await updateScript(api.db, s.id, fields);
      else await overrideBuiltin(api.db, BUILTIN_BY_ID.get(s.id)!, fields);
      api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '已保存。', en: 'Saved.' }) });
      props.onClose(id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div class="editor" data-testid="script-editor">
      {s && s.source !== 'user' && (
        <p class="tag" data-testid="editor-builtin-note">
          {s.source === 'override'
            ? pick(lang, { zh: '这是修改过的内置话术，原版保留着，可随时恢复。', en: 'An edited built-in reply; the original is kept and can be restored.' })
            : pick(lang, { zh: '内置话术：保存后成为你的修改版，原版保留。', en: 'Built-in reply: saving makes your own version; the original is kept.' })}
          {s.builtinChanged && pick(lang, { zh: '（原版在更新中有改动）', en: ' (the original changed in an update)' })}
        </p>
      )}
      <label>{pick(lang, { zh: '标题', en: 'Title' })}
        <input type="text" data-testid="edit-title" value={d.title} onInput={set('title')} maxLength={200} />
      </label>
      <label>{pick(lang, { zh: '内容（{变量} 会用页面信息填写，{变量|默认} 带默认说法）', en: 'Text ({variable} is filled from the page; {variable|default} has a default)' })}
        <textarea data-testid="edit-body" rows={5} value={d.body} onInput={set('body')} maxLength={5000} />
      </label>
      <div class="vars-help" aria-label={pick(lang, { zh: '插入变量', en: 'Insert a variable' })}>
        {SCRIPT_VARIABLES.map((v) => (
          <button key={v} type="button" class="chip" title={`{${v}}`} onClick={() => setD({ ...d, body: `${d.body}{${v}}` })}>{varLabel(v, lang)}</button>
        ))}
      </div>
      <div class="preview" data-testid="edit-preview">
        <span class="tag">{snap ? pick(lang, { zh: '预览（当前页面）', en: 'Preview (this page)' }) : pick(lang, { zh: '预览（没有页面，只用设置）', en: 'Preview (no page: settings only)' })}</span>
        <FilledText rendered={preview} lang={lang} />
      </div>
      <div class="row">
        <label>{pick(lang, { zh: '分组', en: 'Folder' })}
          <input type="text" data-testid="edit-folder" list="script-folders" value={d.folder} onInput={set('folder')} maxLength={100} />
          <datalist id="script-folders">{props.lib.folders.map((f) => <option key={f} value={f} />)}</datalist>
        </label>
        <label>{pick(lang, { zh: '快捷码', en: 'Shortcut' })}
          <input type="text" data-testid="edit-shortcut" value={d.shortcut} onInput={set('shortcut')} maxLength={13} placeholder="thdz" />
        </label>
      </div>
      {scProblem && <p class="err" data-testid="edit-shortcut-error">{scProblem}</p>}
      <div class="row">
        <label>{pick(lang, { zh: '标签（逗号分隔）', en: 'Tags (comma-separated)' })}
          <input type="text" data-testid="edit-tags" value={d.tags} onInput={set('tags')} />
        </label>
        <label>{pick(lang, { zh: '语言', en: 'Language' })}
          <select data-testid="edit-lang" value={d.lang} onChange={set('lang')}>
            <option value="zh" lang="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <fieldset class="chips scen-pick" data-testid="edit-scenarios">
        <legend>{pick(lang, { zh: '用在这些情况（会出现在建议里）', en: 'Suggest it for these situations' })}</legend>
        {SCENARIO_IDS.map((id) => {
          const on = d.scenarios.includes(id);
          return (
            <button key={id} type="button" class="chip" aria-pressed={on} data-scenario={id}
              onClick={() => setD({ ...d, scenarios: on ? d.scenarios.filter((x) => x !== id) : [...d.scenarios, id] })}>{SCENARIO_LABELS[id][lang]}</button>
          );
        })}
      </fieldset>
      <details class="conditions" data-testid="edit-conditions" open={condOpen}>
        <summary>{pick(lang, { zh: '更多条件（不选 = 不限）', en: 'More conditions (none = any)' })}{conditionCount(d) > 0 && ` · ${conditionCount(d)}`}</summary>
        <fieldset class="chips" data-testid="edit-stages">
          <legend>{pick(lang, { zh: '订单状态', en: 'Order stage' })}</legend>
          {ORDER_STAGES.map((x) => (
            <button key={x} type="button" class="chip" aria-pressed={d.stages.includes(x)} data-value={x} onClick={() => setD({ ...d, stages: toggle(d.stages, x) })}>{stageName(lang, x)}</button>
          ))}
        </fieldset>
        <fieldset class="chips" data-testid="edit-states">
          <legend>{pick(lang, { zh: '售后状态', en: 'After-sales state' })}</legend>
          {AFTER_SALES_STATES.map((x) => (
            <button key={x} type="button" class="chip" aria-pressed={d.states.includes(x)} data-value={x} onClick={() => setD({ ...d, states: toggle(d.states, x) })}>{stateName(lang, x)}</button>
          ))}
        </fieldset>
        <fieldset class="chips" data-testid="edit-page-kinds">
          <legend>{pick(lang, { zh: '页面', en: 'Page' })}</legend>
          {PAGE_KINDS.filter((x) => x !== 'unknown').map((x) => (
            <button key={x} type="button" class="chip" aria-pressed={d.pageKinds.includes(x)} data-value={x} onClick={() => setD({ ...d, pageKinds: toggle(d.pageKinds, x) })}>{pageKindName(lang, x)}</button>
          ))}
        </fieldset>
        <fieldset class="chips" data-testid="edit-goods">
          <legend>{pick(lang, { zh: '商品类型', en: 'Kind of goods' })}</legend>
          {GOODS_KINDS.map((x) => (
            <button key={x} type="button" class="chip" aria-pressed={d.goods.includes(x)} data-value={x} onClick={() => setD({ ...d, goods: toggle(d.goods, x) })}>{goodsLabel(x, lang)}</button>
          ))}
        </fieldset>
        <label>{pick(lang, { zh: '谁的原因', en: 'Whose fault' })}
          <select data-testid="edit-cause" value={d.cause} onChange={(e) => setD({ ...d, cause: (e.target as HTMLSelectElement).value as Draft['cause'] })}>
            {(['', ...SCRIPT_CAUSES] as const).map((x) => <option key={x} value={x}>{pick(lang, CAUSE_LABELS[x])}</option>)}
          </select>
        </label>
        {(d.scenarios.includes('wrong_item') || d.subcase) && (
          <label>{pick(lang, { zh: '发错/漏发/不符中的哪一种', en: 'Which wrong-item case' })}
            <select data-testid="edit-subcase" value={d.subcase} onChange={(e) => setD({ ...d, subcase: (e.target as HTMLSelectElement).value as Draft['subcase'] })}>
              {(['', ...SCRIPT_SUBCASES] as const).map((x) => <option key={x} value={x}>{pick(lang, SUBCASE_LABELS[x])}</option>)}
            </select>
          </label>
        )}
      </details>
      <label>{pick(lang, { zh: '给自己的提示（不会插入）', en: 'Tip for yourself (not inserted)' })}
        <input type="text" data-testid="edit-tip" value={d.tip} onInput={set('tip')} maxLength={1000} />
      </label>
      {error && <p class="err" role="alert">{error}</p>}
      <div class="btn-row">
        <button type="button" class="btn" data-testid="edit-save" disabled={!canSave} onClick={() => void save()}>{pick(lang, { zh: '保存', en: 'Save' })}</button>
        <button type="button" class="btn ghost" data-testid="edit-cancel" onClick={() => props.onClose()}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
        {s && (
          <button type="button" class="btn ghost" data-testid="edit-duplicate" onClick={async () => {
            const id = await duplicateScript(api.db, s);
            api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '已复制一份。', en: 'Duplicated.' }) });
            props.onClose(id);
          }}>{pick(lang, { zh: '复制一份', en: 'Duplicate' })}</button>
        )}
        {s?.source === 'override' && (
          <button type="button" class="btn ghost" data-testid="edit-reset" onClick={async () => {
            await resetBuiltin(api.db, BUILTIN_BY_ID.get(s.id)!);
            api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '已恢复原版。', en: 'Original restored.' }) });
            props.onClose(s.id);
          }}>{pick(lang, { zh: '恢复原版', en: 'Reset to original' })}</button>
        )}
        {s && (
          <button type="button" class="btn ghost" data-testid="edit-delete" onClick={async () => {
            await deleteWithUndo(api, s);
            props.onClose();
          }}>{pick(lang, { zh: '删除', en: 'Delete' })}</button>
        )}
      </div>
    </div>
  );
}
