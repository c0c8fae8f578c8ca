/**
 * Walks the agent through mapping a site: one field at a time the page is in pick mode (the
 * element under the mouse is outlined, a click picks it, Esc pauses); the panel shows what was picked
 * as text; "skip" for fields the page lacks; Save stores the mapping for the host.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pick, type Lang } from '../../lib/i18n';
import { FIELD_LABELS, MAP_FIELDS, MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY, type MapField } from '../../lib/mapping/fields';
import { useApi, usePanel } from '../api';
import { platformOfHost } from '../../lib/adapters/hosts';
import { saveMapping } from '../../lib/db/mappings';

type Phase = 'starting' | 'picking' | 'paused' | 'review' | 'failed';

const EXTRA_KEYS: Partial<Record<MapField, string[]>> = { messages: [MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY] };

/** Fields of a saved mapping as the wizard's texts (a re-map shows what exists without page texts). */
function initialTexts(fields: Record<string, string>, lang: Lang): Partial<Record<MapField, string>> {
  const out: Partial<Record<MapField, string>> = {};
  for (const f of MAP_FIELDS) if (fields[f]) out[f] = pick(lang, { zh: '（已映射）', en: '(mapped)' });
  return out;
}

export function MapWizard(props: { host: string; initial?: Record<string, string>; only?: MapField; onClose(saved: boolean): void }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const [fields, setFields] = useState<Record<string, string>>(props.initial ?? {});
  const [texts, setTexts] = useState<Partial<Record<MapField, string>>>(() => initialTexts(props.initial ?? {}, lang));
  const [skipped, setSkipped] = useState<Set<MapField>>(new Set());
  // `only`: fixing one field the reader missed (a known platform): that field, then the review.
  const [step, setStep] = useState(props.only ? Math.max(0, MAP_FIELDS.indexOf(props.only)) : 0);
  const [phase, setPhase] = useState<Phase>('starting');
  /** Re-picking one field from the review goes back to the review afterwards. */
  const [single, setSingle] = useState(!!props.only);
  const token = useRef(0);
  const field = MAP_FIELDS[step];

  useEffect(() => {
    let live = true;
    void api.mapping?.startPicker().then((ok) => live && setPhase(ok ? 'picking' : 'failed'));
    return () => {
      live = false;
      token.current++;
      void api.mapping?.cancelPick();
    };
  }, []);

  const advance = () => {
    if (single || step + 1 >= MAP_FIELDS.length) {
      setSingle(false);
      setPhase('review');
    } else setStep(step + 1);
  };

  useEffect(() => {
    if (phase !== 'picking' || !field || !api.mapping) return;
    const my = ++token.current;
    void api.mapping.pick(field, pick(lang, FIELD_LABELS[field])).then((r) => {
      if (my !== token.current) return; // skipped or closed meanwhile
      if (!r) {
        setPhase('paused');
        return;
      }
      setFields((f) => {
        const next = { ...f, [field]: r.selector };
        for (const k of EXTRA_KEYS[field] ?? []) delete next[k];
        return { ...next, ...r.extra };
      });
      setTexts((t) => ({ ...t, [field]: r.text }));
      setSkipped((s) => {
        const n = new Set(s);
        n.delete(field);
        return n;
      });
      advance();
    });
  }, [phase, step]);

  const stopPicking = () => {
    token.current++;
    void api.mapping?.cancelPick();
  };
  const skip = () => {
    stopPicking();
    setFields((f) => {
      const next = { ...f };
      delete next[field];
      for (const k of EXTRA_KEYS[field] ?? []) delete next[k];
      return next;
    });
    setTexts((t) => ({ ...t, [field]: undefined }));
    setSkipped((s) => new Set(s).add(field));
    advance();
  };
  const repick = (f: MapField) => {
    stopPicking();
    setSingle(phase === 'review');
    setStep(MAP_FIELDS.indexOf(f));
    setPhase('picking');
  };
  const close = (saved: boolean) => {
    stopPicking();
    props.onClose(saved);
  };
  const mappedCount = MAP_FIELDS.filter((f) => fields[f]).length;
  const save = async () => {
    const pageLang = await saveMapping(api.db, props.host, fields, Object.values(texts));
    const known = platformOfHost(props.host) !== 'unknown';
    await api.mapping?.changed({ applyNow: true, lang: pageLang, known });
    api.store.getState().notify({
      kind: 'ok',
      text: pick(lang, { zh: `已保存 ${props.host} 的映射，打开这个网站的页面时会自动读取`, en: `Mapping for ${props.host} saved; its pages are read automatically from now on` }),
    });
    close(true);
  };

  return (
    <div class="map-wizard" data-testid="map-wizard" data-phase={phase} data-field={phase === 'picking' ? field : ''}>
      <p class="map-host">
        {pick(lang, { zh: '正在映射', en: 'Mapping' })} <b data-testid="map-wizard-host">{props.host}</b>
      </p>
      {phase === 'starting' && <p class="empty">{pick(lang, { zh: '正在页面上启动点选…', en: 'Starting pick mode on the page…' })}</p>}
      {phase === 'failed' && (
        <p class="map-error" role="alert" data-testid="map-failed">
          {pick(lang, { zh: '无法在这个页面上点选（页面可能还没加载完，或浏览器不允许）。刷新页面后再试。', en: 'Pick mode could not start on this page (it may still be loading, or the browser does not allow it). Reload the page and try again.' })}
        </p>
      )}
      {phase === 'picking' && field && (
        <p class="map-hint" data-testid="map-hint">
          <b>{step + 1}/{MAP_FIELDS.length} {pick(lang, FIELD_LABELS[field])}</b>：{pick(lang, { zh: FIELD_LABELS[field].hintZh, en: FIELD_LABELS[field].hintEn })}
        </p>
      )}
      {phase === 'paused' && (
        <p class="map-hint" data-testid="map-paused">{pick(lang, { zh: '已暂停点选（按了 Esc）。', en: 'Picking paused (Esc pressed).' })}</p>
      )}
      {phase === 'review' && (
        <p class="map-hint" data-testid="map-review">
          {mappedCount
            ? pick(lang, { zh: `已点选 ${mappedCount} 项。检查一下下面读到的内容，没问题就保存。`, en: `${mappedCount} fields picked. Check what was read below, then save.` })
            : pick(lang, { zh: '还没有点选任何一项。', en: 'Nothing picked yet.' })}
        </p>
      )}
      <ol class="map-fields">
        {MAP_FIELDS.map((f, i) => {
          const state = phase === 'picking' && i === step ? 'current' : fields[f] ? 'picked' : skipped.has(f) ? 'skipped' : 'pending';
          return (
            <li key={f} class={`map-field ${state}`} data-testid={`map-field-${f}`} data-state={state}>
              <span class="k">{pick(lang, FIELD_LABELS[f])}</span>
              <span class="v" data-testid={`map-text-${f}`}>
                {state === 'current' ? pick(lang, { zh: '请在页面上点选…', en: 'Click it on the page…' })
                  : state === 'picked' ? (texts[f] || pick(lang, { zh: '（无文字）', en: '(no text)' }))
                  : state === 'skipped' ? pick(lang, { zh: '已跳过', en: 'Skipped' }) : ''}
              </span>
              {(phase === 'review' || phase === 'paused') && (
                <button type="button" class="link" data-testid={`map-repick-${f}`} onClick={() => repick(f)}>
                  {fields[f] ? pick(lang, { zh: '重选', en: 'Re-pick' }) : pick(lang, { zh: '点选', en: 'Pick' })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div class="map-actions">
        {phase === 'picking' && (
          <button type="button" class="btn ghost" data-testid="map-skip" onClick={skip}>{pick(lang, { zh: '跳过这一项', en: 'Skip this one' })}</button>
        )}
        {phase === 'paused' && (
          <button type="button" class="btn ghost" data-testid="map-resume" onClick={() => setPhase('picking')}>{pick(lang, { zh: '继续点选', en: 'Resume picking' })}</button>
        )}
        {(phase === 'review' || phase === 'paused') && (
          <button type="button" class="btn" data-testid="map-save" disabled={!mappedCount} onClick={() => void save()}>{pick(lang, { zh: '保存映射', en: 'Save mapping' })}</button>
        )}
        <button type="button" class="btn ghost" data-testid="map-cancel" onClick={() => close(false)}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
      </div>
    </div>
  );
}
