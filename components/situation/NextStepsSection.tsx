/** Next steps for the situation (issue 6 fills this with the playbook checklist). */
import { t } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { usePanel } from '../api';
import { Empty, Section } from '../Section';

export function NextStepsSection(_props: { snap: PageSnapshot }) {
  const lang = usePanel((s) => s.lang);
  return (
    <Section id="steps" title={t(lang, 'nextSteps')}>
      <Empty testid="steps-empty">{t(lang, 'noSteps')}</Empty>
    </Section>
  );
}
