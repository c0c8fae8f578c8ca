/** Settings: language and theme here; each area adds its own block (shop variables, deadlines, data). */
import { t } from '../../lib/i18n';
import { useApi, usePanel } from '../api';
import { Section } from '../Section';
import { DeadlineSettings } from './DeadlineSettings';
import { ScriptSettings } from './ScriptSettings';
import { DataSettings } from './DataSettings';
import type { Theme } from '../store';
import { MappingSettings } from '../mapping/MappingSettings';
import type { Lang } from '../../lib/i18n';

export function SettingsView() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const theme = usePanel((s) => s.theme);
  return (
    <main>
      <Section id="settings-general" title={lang === 'zh' ? '界面' : 'Display'}>
        <label class="kv">
          <span class="k">{lang === 'zh' ? '语言' : 'Language'}</span>
          <select data-testid="setting-lang" value={lang} onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as Lang;
            api.store.getState().setLang(v);
            api.savePrefs({ lang: v });
          }}>
            <option value="zh" lang="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label class="kv">
          <span class="k">{lang === 'zh' ? '主题' : 'Theme'}</span>
          <select data-testid="setting-theme" value={theme} onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as Theme;
            api.store.getState().setTheme(v);
            api.savePrefs({ theme: v });
          }}>
            <option value="auto">{t(lang, 'themeAuto')}</option>
            <option value="light">{t(lang, 'themeLight')}</option>
            <option value="dark">{t(lang, 'themeDark')}</option>
          </select>
        </label>
      </Section>
      <DeadlineSettings />
      <ScriptSettings />
      <DataSettings />
      <MappingSettings />
    </main>
  );
}
