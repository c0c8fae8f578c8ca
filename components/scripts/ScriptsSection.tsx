/** Replies for the followed page (issue 7 adds suggestions, search and variables); a free reply box. */
import { t } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { usePanel } from '../api';
import { Compose } from '../Compose';
import { Section } from '../Section';

export function ScriptsSection(_props: { snap: PageSnapshot }) {
  const lang = usePanel((s) => s.lang);
  return (
    <Section id="scripts" title={t(lang, 'scripts')}>
      <Compose />
    </Section>
  );
}
