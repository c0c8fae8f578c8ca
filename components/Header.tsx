/** Panel header: name, the followed page, language and theme switches. */
import { pageKindName, platformName, t } from '../lib/i18n';
import { useApi, usePanel } from './api';
import type { Theme, View } from './store';
import { VIEWS } from './views';

const NEXT_THEME: Record<Theme, Theme> = { auto: 'light', light: 'dark', dark: 'auto' };

export function Header() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const theme = usePanel((s) => s.theme);
  const snap = usePanel((s) => s.snapshot);
  const view = usePanel((s) => s.view);
  const themeLabel = theme === 'auto' ? t(lang, 'themeAuto') : theme === 'light' ? t(lang, 'themeLight') : t(lang, 'themeDark');
  return (
    <header class="hdr">
      <div class="hdr-title">
        <strong>{t(lang, 'appName')}</strong>
        {snap && (
          <span class="pill" data-testid="page-badge" data-page-kind={snap.pageKind}>
            {platformName(lang, snap.platform)} · {pageKindName(lang, snap.pageKind)}
          </span>
        )}
      </div>
      <div class="hdr-actions">
        <button type="button" class="link" data-testid="lang-switch" lang={lang === 'zh' ? 'en' : 'zh'} onClick={() => {
          const next = lang === 'zh' ? 'en' : 'zh';
          api.store.getState().setLang(next);
          api.savePrefs({ lang: next });
        }}>{t(lang, 'langSwitch')}</button>
        <button type="button" class="link" data-testid="theme-switch" title={themeLabel} onClick={() => {
          const next = NEXT_THEME[theme];
          api.store.getState().setTheme(next);
          api.savePrefs({ theme: next });
        }}>{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'} {themeLabel}</button>
      </div>
      <nav class="tabs" aria-label={lang === 'zh' ? '视图' : 'Views'}>
        {(['page', ...Object.keys(VIEWS)] as View[]).map((v) => (
          <button type="button" key={v} class="tab" data-testid={`view-${v}`} aria-current={view === v ? 'page' : undefined}
            onClick={() => api.store.getState().setView(v)}>
            {v === 'page' ? (lang === 'zh' ? '当前页' : 'This page') : VIEWS[v as Exclude<View, 'page'>].label[lang]}
          </button>
        ))}
      </nav>
    </header>
  );
}
