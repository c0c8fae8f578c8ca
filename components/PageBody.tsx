/**
 * The followed page's sections: situation, replies, next steps, notes and reminders. Its own chunk
 * (with the classifier's model, the built-in replies and the playbook), loaded after the first paint;
 * until then App shows the page's facts (PendingPage).
 */
import { t } from '../lib/i18n';
import type { PageSnapshot } from '../lib/snapshot';
import { usePanel } from './api';
import { NotesSection, PageNotesTop } from './notes/NotesSection';
import { RemindersSection } from './reminders/RemindersSection';
import { ScriptsSection } from './replies/ScriptsSection';
import { Section } from './Section';
import { NextStepsSection } from './situation/NextStepsSection';
import { PageProvider } from './situation/PageProvider';
import { SituationSection } from './situation/SituationSection';

export function PageBody(props: { snap: PageSnapshot }) {
  const { snap } = props;
  const lang = usePanel((s) => s.lang);
  return (
    <PageProvider snap={snap}>
      <PageNotesTop snap={snap} />
      <SituationSection />
      <ScriptsSection />
      <NextStepsSection />
      <Section id="notes" title={t(lang, 'notes')}>
        <NotesSection snap={snap} />
      </Section>
      <RemindersSection />
    </PageProvider>
  );
}
