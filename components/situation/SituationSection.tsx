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
import { useChoice } from './useChoice';
import { CaseStatus, ScenarioChips, ServiceTimers, Signals } from './Header';
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

export function SituationSection(props: { snap: PageSnapshot }) {
  const { snap } = props;
  const lang = usePanel((s) => s.lang);
  const situation = usePanel((s) => s.situation);
  const { chosen } = useChoice(snap, situation);
  const { table, limits } = useDeadlineConfig();
  useRecordCase(snap, chosen ?? situation?.scenarios[0]?.id);
  const hasFacts = Object.keys(snap.confidence).length > 0;
  if (!hasFacts && !situation) {
    return (
      <Section id="situation" title={t(lang, 'situation')}>
        <Empty testid="nothing-read">{t(lang, 'nothingRead')}</Empty>
      </Section>
    );
  }
  return (
    <Section id="situation" title={t(lang, 'situation')}>
      {situation ? (
        <>
          <ScenarioChips situation={situation} chosen={chosen} snap={snap} lang={lang} />
          <Signals situation={situation} lang={lang} />
        </>
      ) : (
        <p class="empty" data-testid="no-situation">
          {pick(lang, { zh: '还没有买家消息，读到买家说的话后会判断情况。', en: 'No buyer message yet; the situation is named once the buyer writes.' })}
        </p>
      )}
      <CaseStatus snap={snap} lang={lang} table={table} />
      <ServiceTimers snap={snap} lang={lang} limits={limits} />
      {hasFacts && <Facts snap={snap} lang={lang} />}
    </Section>
  );
}
