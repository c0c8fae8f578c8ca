/** The situation header: page facts now; scenario chips, risk, state with time left and timers (issue 6). */
import { t } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { usePanel } from '../api';
import { Empty, Section } from '../Section';
import { Facts } from './Facts';

export function SituationSection(props: { snap: PageSnapshot }) {
  const lang = usePanel((s) => s.lang);
  const hasFacts = Object.keys(props.snap.confidence).length > 0;
  return (
    <Section id="situation" title={t(lang, 'situation')}>
      {hasFacts ? <Facts snap={props.snap} lang={lang} /> : <Empty testid="nothing-read">{t(lang, 'nothingRead')}</Empty>}
    </Section>
  );
}
