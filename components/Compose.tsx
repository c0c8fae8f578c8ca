/** A free reply box: the agent writes or edits text and puts it into the page's chat box (never sends). */
import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { useApi, usePanel } from './api';

/** Inserts text through the API and tells the agent what happened. */
export async function insertWithNotice(api: ReturnType<typeof useApi>, text: string): Promise<boolean> {
  const lang = api.store.getState().lang;
  const outcome = await api.insert(text);
  const notify = api.store.getState().notify;
  if (outcome === 'inserted') notify({ kind: 'ok', text: t(lang, 'inserted') });
  else if (outcome === 'copied') notify({ kind: 'warn', text: t(lang, 'insertFailedCopied') });
  else notify({ kind: 'error', text: t(lang, 'insertFailed') });
  return outcome !== 'failed';
}

export function Compose() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  // In the panel's store, not the component: a section re-rendered while the agent types keeps the text.
  const text = usePanel((s) => s.composeText);
  const setText = usePanel((s) => s.setComposeText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const go = async () => {
    if (!text.trim()) return;
    if (await insertWithNotice(api, text)) setText('');
  };
  return (
    <div class="compose">
      <textarea
        ref={ref}
        data-testid="compose"
        rows={2}
        value={text}
        placeholder={t(lang, 'composePlaceholder')}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.altKey) {
            e.preventDefault();
            void go();
          }
        }}
      />
      <button type="button" class="btn" data-testid="compose-insert" disabled={!text.trim()} onClick={go}>{t(lang, 'insert')}</button>
    </div>
  );
}
