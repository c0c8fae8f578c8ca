/** The side panel: the followed page's situation, replies, next steps, notes and reminders. */
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { t } from '../lib/i18n';
import { useApi, usePanel } from './api';
import { Compose } from './Compose';
import { Facts } from './Situation';
import { Header } from './Header';
import { Notes } from './Notes';
import { Empty, Section } from './Section';

function NoticeBar() {
  const api = useApi();
  const notice = usePanel((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const id = setTimeout(() => api.store.getState().notify(null), notice.action ? 8000 : 4000);
    return () => clearTimeout(id);
  }, [notice?.seq]);
  if (!notice) return null;
  return (
    <div class={`notice ${notice.kind}`} role="status" data-testid="notice" data-kind={notice.kind}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" class="link" onClick={() => {
          notice.action!.run();
          api.store.getState().notify(null);
        }}>{notice.action.label}</button>
      )}
    </div>
  );
}

export function App() {
  const lang = usePanel((s) => s.lang);
  const theme = usePanel((s) => s.theme);
  const status = usePanel((s) => s.status);
  const snap = usePanel((s) => s.snapshot);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [theme, lang]);

  const hasFacts = !!snap && Object.keys(snap.confidence).length > 0;
  return (
    <div class="app" data-status={status}>
      <Header />
      <NoticeBar />
      {status === 'loading' && <Empty testid="status-loading">{t(lang, 'loading')}</Empty>}
      {status === 'no-tab' && <Empty testid="status-no-tab">{t(lang, 'noTab')}</Empty>}
      {status === 'not-seller' && <Empty testid="status-not-seller">{t(lang, 'notSeller')}</Empty>}
      {status === 'ready' && snap && (
        <main>
          <Section id="situation" title={t(lang, 'situation')}>
            {hasFacts ? <Facts snap={snap} lang={lang} /> : <Empty testid="nothing-read">{t(lang, 'nothingRead')}</Empty>}
          </Section>
          <Section id="scripts" title={t(lang, 'scripts')}>
            <Compose />
          </Section>
          <Section id="steps" title={t(lang, 'nextSteps')}>
            <Empty testid="steps-empty">{t(lang, 'noSteps')}</Empty>
          </Section>
          <Section id="notes" title={t(lang, 'notes')}>
            <Notes snap={snap} />
          </Section>
          <Section id="reminders" title={t(lang, 'reminders')}>
            <Empty testid="reminders-empty">{t(lang, 'noReminders')}</Empty>
          </Section>
        </main>
      )}
    </div>
  );
}
