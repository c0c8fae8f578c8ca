/**
 * The situation header: ranked scenario chips with their cue words (a click corrects the classifier),
 * risk badges, mood and urgency, stage and after-sales state with the platform deadline, live service
 * timers, then the page facts. Records the case for the daily review when its scenario is known.
 */
import { useEffect } from 'preact/hooks';
import { buyerKeyOf, orderKeyOf } from '../../lib/db/keys';
import { recordCase } from '../../lib/db/review';
import { pick, t } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { Empty, Section } from '../Section';
import { useDeadlineConfig } from './config';
import { Facts } from './Facts';
import { usePage } from './PageProvider';
import { CaseStatus, ScenarioChips, ServiceTimers, Signals } from './SituationParts';
import './situation.css';

/** Records the case once per order (or buyer) and scenario change, not on every render. */
function useRecordCase(snap: PageSnapshot, scenario: string | undefined): void {
  const api = useApi();
  const key = orderKeyOf(snap) ?? buyerKeyOf(snap);
  useEffect(() => {
    if (!key || !scenario) return;
    recordCase(api.db, snap, scenario, Date.now()).catch((e) => console.warn('recordCase failed', e));
  }, [key, scenario]);
}

export function SituationSection() {
  const { snap, situation } = usePage();
  const lang = usePanel((s) => s.lang);
  const { limits } = useDeadlineConfig();
  // A case for the daily review is one the buyer raised (or the agent named), not every page opened.
  useRecordCase(snap, (situation.source === 'messages' ? situation.scenario : situation.chosen) ?? undefined);
  const hasFacts = Object.keys(snap.confidence).length > 0;
  const named = situation.scenarios.length > 0;
  if (!hasFacts && !named) {
    return (
      <Section id="situation" title={t(lang, 'situation')}>
        <Empty testid="nothing-read">{t(lang, 'nothingRead')}</Empty>
      </Section>
    );
  }
  return (
    <Section id="situation" title={t(lang, 'situation')}>
      {named ? (
        <>
          {situation.unread ? (
            <p class="sit-sub" data-testid="situation-unread">
              {situation.source === 'page'
                ? pick(lang, { zh: '买家消息的语言读不懂：按页面上的订单和售后状态判断。', en: "The buyer's message is in a language the assistant cannot read: read from the order and after-sales status on the page." })
                : pick(lang, { zh: '买家消息的语言读不懂：下面只是猜测，请自己看消息。', en: "The buyer's message is in a language the assistant cannot read: what follows is a guess; read the message yourself." })}
            </p>
          ) : situation.source === 'page' && (
            <p class="sit-sub" data-testid="situation-from-page">
              {pick(lang, { zh: '还没有买家消息：按页面上的订单和售后状态判断。', en: 'No buyer message yet: read from the order and after-sales status on the page.' })}
            </p>
          )}
          <ScenarioChips situation={situation} snap={snap} lang={lang} />
          {situation.source === 'messages' && !situation.unread && <Signals situation={situation} lang={lang} />}
        </>
      ) : (
        <p class="empty" data-testid="no-situation">
          {pick(lang, { zh: '还没有买家消息，读到买家说的话后会判断情况。', en: 'No buyer message yet; the situation is named once the buyer writes.' })}
        </p>
      )}
      <CaseStatus snap={snap} situation={situation} lang={lang} />
      <ServiceTimers snap={snap} lang={lang} limits={limits} />
      {hasFacts && <Facts snap={snap} lang={lang} />}
    </Section>
  );
}
