/**
 * The page view of a tab that is not a supported seller page: says so, and offers to map the site by
 * hand. The host permission is asked for straight from the click (the browser needs the
 * gesture), then the wizard runs pick mode on the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { pick, t } from '../../lib/i18n';
import { hostOf } from '../../lib/mapping/fields';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty } from '../Section';
import { MapWizard } from './MapWizard';
import { getMapping } from '../../lib/db/mappings';
import './mapping.css';

/** A host from what the agent typed: a full address or a bare host name. */
export function parseHost(input: string): string | null {
  const s = input.trim();
  if (!s || (/:\/\//.test(s) && !/^https?:\/\//i.test(s))) return null;
  return hostOf(/^https?:\/\//i.test(s) ? s : `https://${s}`);
}

/** Asks for the host, checks the followed tab is on it, and opens the wizard (shared with the settings' re-map). */
export function useStartMapping() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const [host, setHost] = useState<string | null>(null);
  const start = (wanted: string | null) => {
    const notify = api.store.getState().notify;
    if (!wanted || !api.mapping) {
      notify({ kind: 'warn', text: pick(lang, { zh: '请填写这个网站的地址，例如 shop.example.com', en: "Enter the site's address, e.g. shop.example.com" }) });
      return;
    }
    // First thing in the click handler: the permission prompt needs the user's gesture.
    const asked = api.mapping.requestHost(wanted);
    void asked.then(async (granted) => {
      if (!granted) {
        notify({ kind: 'warn', text: pick(lang, { zh: `没有获得 ${wanted} 的访问权限，无法映射`, en: `Access to ${wanted} was not granted, so it cannot be mapped` }) });
        return;
      }
      const now = hostOf(await api.mapping!.pageUrl());
      if (now !== wanted) {
        notify({ kind: 'warn', text: pick(lang, { zh: `当前标签页不是 ${wanted} 的页面，请先打开它`, en: `The current tab is not on ${wanted}; open one of its pages first` }) });
        return;
      }
      setHost(wanted);
    });
  };
  return { host, start, close: () => setHost(null) };
}

export function MapSite() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const tabId = usePanel((s) => s.tabId);
  const [input, setInput] = useState('');
  const { host, start, close } = useStartMapping();
  useEffect(() => {
    let live = true;
    void api.mapping?.pageUrl().then((u) => live && setInput(hostOf(u) ?? ''));
    return () => {
      live = false;
    };
  }, [tabId]);
  const typed = parseHost(input);
  const existing = useLive(() => (typed ? getMapping(api.db, typed) : Promise.resolve(undefined)), [typed], undefined);

  return (
    <>
      <Empty testid="status-not-seller">{t(lang, 'notSeller')}</Empty>
      {api.mapping && !host && (
        <div class="map-offer" data-testid="map-offer">
          <h3>{pick(lang, { zh: '把这个网站映射为卖家后台', en: 'Map this site' })}</h3>
          <p>
            {pick(lang, {
              zh: '用的是其他平台或自建店铺的后台？在页面上依次点选订单号、买家、消息和输入框，之后打开这个网站时助手就能读取它。只会申请这一个网站的访问权限。',
              en: 'Another platform or your own shop system? Click the order number, buyer, messages and chat box on the page once, and the copilot reads this site from then on. Access is asked for this one site only.',
            })}
          </p>
          {existing && (
            <p data-testid="map-existing">{pick(lang, { zh: '这个网站已经映射过；如果没有读到内容，可以重新映射。', en: 'This site is already mapped; if nothing is read, map it again.' })}</p>
          )}
          <div class="row">
            <input data-testid="map-host" value={input} placeholder="shop.example.com" aria-label={pick(lang, { zh: '网站地址', en: 'Site address' })}
              onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
            <button type="button" class="btn" data-testid="map-start" onClick={() => start(typed)}>
              {existing ? pick(lang, { zh: '重新映射', en: 'Map again' }) : pick(lang, { zh: '开始映射', en: 'Map this site' })}
            </button>
          </div>
        </div>
      )}
      {host && <MapWizard host={host} initial={existing?.host === host ? existing.fields : undefined} onClose={close} />}
    </>
  );
}
