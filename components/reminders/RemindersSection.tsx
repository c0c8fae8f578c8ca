/** Reminders for the followed buyer/order (issue 8 adds creating and listing them). */
import { t } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { usePanel } from '../api';
import { Empty, Section } from '../Section';

export function RemindersSection(_props: { snap: PageSnapshot }) {
  const lang = usePanel((s) => s.lang);
  return (
    <Section id="reminders" title={t(lang, 'reminders')}>
      <Empty testid="reminders-empty">{t(lang, 'noReminders')}</Empty>
    </Section>
  );
}
