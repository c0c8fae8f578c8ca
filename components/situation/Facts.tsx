/** The facts read from the page: order, buyer, items, money, shipping, last buyer message (stage and state are in the header). */
import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../lib/i18n';
import { lastBuyerMessage, type PageSnapshot } from '../../lib/snapshot';
import { unreadFacts, type Fact } from '../../lib/snapshot-expect';
import { FIX_FIELD, hostOf, type MapField } from '../../lib/mapping/fields';
import { useState } from 'preact/hooks';
import { useApi } from '../api';
import { useLive } from '../hooks';
import { useStartMapping } from '../mapping/MapSite';
import { MapWizard } from '../mapping/MapWizard';
import { getMapping } from '../../lib/db/mappings';

/** The label of each fact (the same words as its row). */
const FACT_LABEL: Record<Fact, Parameters<typeof t>[1]> = {
  orderId: 'orderId', buyer: 'buyer', items: 'items', paid: 'paid', refund: 'refund', orderStage: 'stage', afterSales: 'afterSales',
  logistics: 'logistics', lastBuyerMessage: 'lastBuyerMessage',
};

function money(v: number | undefined, cur: string | undefined, lang: Lang): string | undefined {
  if (v === undefined) return undefined;
  try {
    return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'currency', currency: cur ?? 'CNY' }).format(v);
  } catch {
    return `${v.toFixed(2)} ${cur ?? ''}`.trim();
  }
}

function Row(props: { label: string; testid: string; children: ComponentChildren; conf?: number }) {
  return (
    <div class="kv" data-testid={props.testid}>
      <span class="k">{props.label}</span>
      <span class={`v${props.conf !== undefined && props.conf < 0.7 ? ' unsure' : ''}`} title={props.conf !== undefined ? `${Math.round(props.conf * 100)}%` : undefined}>{props.children}</span>
    </div>
  );
}

/** The page facts block; every value is rendered as text, never as HTML. */
export function Facts(props: { snap: PageSnapshot; lang: Lang }) {
  const { snap, lang } = props;
  const api = useApi();
  const c = snap.confidence;
  const last = lastBuyerMessage(snap);
  const item = snap.items?.[0];
  const unread = unreadFacts(snap);
  // Fixing a fact: the agent picks it on the page; saved for this site (a known platform's script applies it).
  const host = hostOf(snap.url);
  const mapping = useStartMapping();
  const [fixing, setFixing] = useState<MapField | null>(null);
  const saved = useLive(async () => (host ? (await getMapping(api.db, host))?.fields ?? null : null), [host], null);
  return (
    <div class="facts">
      {snap.orderId && (
        <Row label={t(lang, 'orderId')} testid="fact-order" conf={c.orderId}>
          <span class="mono" data-testid="order-id">{snap.orderId}</span>
          <button type="button" class="link small" onClick={async () => {
            if (await api.copy(snap.orderId!)) api.store.getState().notify({ kind: 'ok', text: t(lang, 'copied') });
          }}>{t(lang, 'copy')}</button>
        </Row>
      )}
      {snap.buyer?.nick && <Row label={t(lang, 'buyer')} testid="fact-buyer" conf={c.buyer}><span data-testid="buyer-nick" data-user-text>{snap.buyer.nick}</span></Row>}
      {item && (
        <Row label={t(lang, 'items')} testid="fact-items" conf={c.items}>
          <span data-user-text>{item.title}{item.sku ? ` · ${item.sku}` : ''}</span>{item.qty && item.qty > 1 ? ` ×${item.qty}` : ''}
          {snap.items!.length > 1 ? ` (+${snap.items!.length - 1})` : ''}
        </Row>
      )}
      {snap.amounts?.paid !== undefined && <Row label={t(lang, 'paid')} testid="fact-paid" conf={c.amounts}>{money(snap.amounts.paid, snap.amounts.currency, lang)}</Row>}
      {snap.amounts?.refund !== undefined && <Row label={t(lang, 'refund')} testid="fact-refund" conf={c.amounts}>{money(snap.amounts.refund, snap.amounts.currency, lang)}</Row>}
      {snap.logistics && (snap.logistics.trackingNo || snap.logistics.latestEvent) && (
        <Row label={t(lang, 'logistics')} testid="fact-logistics" conf={c.logistics}>
          <span data-user-text>{[snap.logistics.courier, snap.logistics.trackingNo].filter(Boolean).join(' ')}</span>
          {snap.logistics.latestEvent && <div class="sub" data-user-text>{snap.logistics.latestEvent}</div>}
        </Row>
      )}
      {last && (
        <div class="last-msg" data-testid="last-buyer-message">
          <span class="k">{t(lang, 'lastBuyerMessage')}</span>
          <q data-user-text>{last.text}</q>
        </div>
      )}
      {unread.length > 0 && (
        <p class="unread" data-testid="unread-facts" data-facts={unread.join(' ')} title={t(lang, 'notReadHint')}>
          {t(lang, 'notRead')}{lang === 'zh' ? '：' : ': '}
          {unread.map((f, i) => (
            <span key={f}>
              {i > 0 && (lang === 'zh' ? '、' : ', ')}
              {t(lang, FACT_LABEL[f])}
              {FIX_FIELD[f] && api.mapping && host && !fixing && (
                <button type="button" class="link small" data-testid={`fix-${f}`} title={t(lang, 'fixHint')}
                  onClick={() => { setFixing(FIX_FIELD[f]!); mapping.start(host); }}>{t(lang, 'fix')}</button>
              )}
            </span>
          ))}
        </p>
      )}
      {fixing && mapping.host && (
        <MapWizard host={mapping.host} only={fixing} initial={saved ?? undefined} onClose={() => { mapping.close(); setFixing(null); }} />
      )}
    </div>
  );
}
