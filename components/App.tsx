/** The side panel: the followed page (situation, replies, next steps, notes, reminders) and the agent's own views. */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { useApi, usePanel } from './api';
import { Header } from './Header';
import { MapSite } from './mapping/MapSite';
import type { PageSnapshot } from '../lib/snapshot';
import { Empty, Section } from './Section';
import { Facts } from './situation/Facts';
import { VIEWS } from './views';
import { Lazy, lazyView } from './lazy';

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

const PageBody = lazyView(() => import('./PageBody').then((m) => m.PageBody));

/** While the page's sections load: the situation section with the facts read from the page. */
function PendingPage(props: { snap: PageSnapshot }) {
  const lang = usePanel((s) => s.lang);
  return (
    <Section id="situation" title={t(lang, 'situation')}>
      <p class="empty" data-testid="situation-pending">{t(lang, 'loading')}</p>
      {Object.keys(props.snap.confidence).length > 0 && <Facts snap={props.snap} lang={lang} />}
    </Section>
  );
}

/** Whether the panel has painted its first frame (only the first paint waits; switching views does not). */
let paintedOnce = false;

/** False until the panel's first frame is painted: heavy chunks load after it, not before it. */
function usePainted(): boolean {
  const [painted, setPainted] = useState(paintedOnce);
  useEffect(() => {
    if (painted) return;
    // The frame after this one has been painted once its timeout runs. A hidden page gets no frames
    // (the panel opened as a background tab): a timer lets it go on without them.
    const done = () => ((paintedOnce = true), setPainted(true));
    const id = requestAnimationFrame(() => setTimeout(done, 0));
    const late = setTimeout(done, 200);
    return () => (cancelAnimationFrame(id), clearTimeout(late));
  }, []);
  return painted;
}

function PageView() {
  const lang = usePanel((s) => s.lang);
  const status = usePanel((s) => s.status);
  const snap = usePanel((s) => s.snapshot);
  const painted = usePainted();
  let body: ComponentChildren;
  if (status === 'loading') body = <Empty testid="status-loading">{t(lang, 'loading')}</Empty>;
  else if (status === 'no-tab') body = <Empty testid="status-no-tab">{t(lang, 'noTab')}</Empty>;
  else if (status === 'not-seller' || !snap) body = <MapSite />;
  else {
    body = painted ? (
      <Lazy view={PageBody} props={{ snap }} fallback={<PendingPage snap={snap} />} />
    ) : <PendingPage snap={snap} />;
  }
  return <main>{body}</main>;
}

export function App() {
  const lang = usePanel((s) => s.lang);
  const theme = usePanel((s) => s.theme);
  const status = usePanel((s) => s.status);
  const view = usePanel((s) => s.view);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [theme, lang]);
  const other = view === 'page' ? null : VIEWS[view].component;
  return (
    <div class="app" data-status={status} data-view={view}>
      <Header />
      <NoticeBar />
      {other ? <Lazy key={view} view={other} props={{}} fallback={<main><Empty testid="status-loading">{t(lang, 'loading')}</Empty></main>} /> : <PageView />}
    </div>
  );
}
