/**
 * Reply-script settings: shop variables (shop name, agent name, return address) for all shops and per
 * shop (keyed by the page's shop name), the in-page trigger, and sites where in-page expansion is off.
 * Stored in Dexie `settings` (the background reads them for in-page expansion).
 */
import { useEffect, useState } from 'preact/hooks';
import { pick } from '../../lib/i18n';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Section } from '../Section';
import { defaultPrefs, normaliseHost, readPrefs, savePrefs, TRIGGER_RE, type ScriptPrefs, type ShopVars } from '../../lib/replies/fill';

export function ScriptSettings() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const snap = usePanel((s) => s.snapshot);
  const stored = useLive(() => readPrefs(api.db), [api.db], null as ScriptPrefs | null);
  const [shopKey, setShopKey] = useState('');
  const [vars, setVars] = useState<ShopVars>({});
  const [trigger, setTrigger] = useState(';');
  const [hostInput, setHostInput] = useState('');
  const prefs = stored ?? defaultPrefs();
  const pageShop = snap?.shop?.trim();
  const pageHost = (() => {
    try {
      return snap?.url ? new URL(snap.url).host : '';
    } catch {
      return '';
    }
  })();

  // Load the chosen shop's values (and the trigger) into the form when they change in storage or the
  // choice changes, not on every re-read of the settings table. Until the form holds the stored values
  // its fields are disabled: the load runs after a render, and what was typed into an enabled field
  // before it was thrown away (the E2E typed the return address, saved, and got an empty one).
  const storedForm = stored ? JSON.stringify([Object.hasOwn(stored.shops, shopKey) ? stored.shops[shopKey] : {}, stored.trigger]) : '';
  const [loaded, setLoaded] = useState('');
  useEffect(() => {
    if (!storedForm || storedForm === loaded) return;
    const [v, t] = JSON.parse(storedForm) as [ShopVars, string];
    setVars(v);
    setTrigger(t);
    setLoaded(storedForm);
  }, [storedForm]);
  const ready = storedForm !== '' && loaded === storedForm;

  const write = async (next: ScriptPrefs, msg?: { zh: string; en: string }) => {
    await savePrefs(api.db, next);
    api.store.getState().notify({ kind: 'ok', text: pick(lang, msg ?? { zh: '设置已保存。', en: 'Settings saved.' }) });
  };
  const shops = [...new Set(['', ...Object.keys(prefs.shops), ...(pageShop ? [pageShop] : [])])];
  const trigOk = TRIGGER_RE.test(trigger);
  const field = (k: keyof ShopVars, label: { zh: string; en: string }, ph: string, multi = false) => (
    <label class="kv">
      <span class="k">{pick(lang, label)}</span>
      {multi ? (
        <textarea rows={2} data-testid={`shopvar-${k}`} disabled={!ready} value={vars[k] ?? ''} placeholder={ph} onInput={(e) => setVars({ ...vars, [k]: (e.target as HTMLTextAreaElement).value })} />
      ) : (
        <input type="text" data-testid={`shopvar-${k}`} data-user-text={ph === pageShop ? '' : undefined} disabled={!ready} value={vars[k] ?? ''} placeholder={ph} onInput={(e) => setVars({ ...vars, [k]: (e.target as HTMLInputElement).value })} />
      )}
    </label>
  );

  return (
    <Section id="settings-scripts" title={pick(lang, { zh: '话术', en: 'Replies' })}>
      <p class="tag">{pick(lang, { zh: '话术里的 {店铺名} {客服名} {退货地址} 用这里的值。单独设置的店铺优先，其余用“所有店铺”。', en: 'Replies fill {shop}, {agent} and {return_address} from here. A shop set on its own wins over "All shops".' })}</p>
      <label class="kv">
        <span class="k">{pick(lang, { zh: '店铺', en: 'Shop' })}</span>
        <select data-testid="shopvar-shop-key" value={shopKey} onChange={(e) => setShopKey((e.target as HTMLSelectElement).value)}>
          {shops.map((k) => (
            <option key={k} value={k} data-user-text={k === '' ? undefined : ''}>{k === '' ? pick(lang, { zh: '所有店铺（默认）', en: 'All shops (default)' }) : k === pageShop ? `${k} ${pick(lang, { zh: '（当前页面）', en: '(this page)' })}` : k}</option>
          ))}
        </select>
      </label>
      {field('shop', { zh: '店铺名', en: 'Shop name' }, pageShop ?? pick(lang, { zh: '例如：云朵家居旗舰店', en: 'e.g. Cloud Home' }))}
      {field('agent', { zh: '客服名', en: 'Agent name' }, pick(lang, { zh: '例如：小云', en: 'e.g. Amy' }))}
      {field('returnAddress', { zh: '退货地址', en: 'Return address' }, pick(lang, { zh: '收件人、电话、详细地址', en: 'Name, phone, full address' }), true)}
      <div class="btn-row">
        <button type="button" class="btn" data-testid="shopvar-save" data-loaded={ready ? 'true' : 'false'} onClick={() => {
          const shopsNext = { ...prefs.shops, [shopKey]: vars };
          void write({ ...prefs, shops: shopsNext });
        }}>{pick(lang, { zh: '保存店铺信息', en: 'Save shop details' })}</button>
        {shopKey !== '' && Object.hasOwn(prefs.shops, shopKey) && (
          <button type="button" class="btn ghost" onClick={() => {
            const { [shopKey]: _drop, ...rest } = prefs.shops;
            setShopKey('');
            void write({ ...prefs, shops: rest }, { zh: '已删除这个店铺的单独设置。', en: 'Removed this shop’s own settings.' });
          }}>{pick(lang, { zh: '删除这个店铺的设置', en: 'Remove this shop' })}</button>
        )}
      </div>

      <h3 class="sub-h">{pick(lang, { zh: '在聊天框里展开', en: 'Expand in the chat box' })}</h3>
      <p class="tag">{pick(lang, { zh: `在页面聊天框输入 ${trigOk ? trigger : ';'}快捷码 再按空格或 Tab，就换成填好的话术（不会发送）。`, en: `Type ${trigOk ? trigger : ';'}shortcut in the page's chat box, then Space or Tab, to get the filled reply (never sent).` })}</p>
      <label class="kv">
        <span class="k">{pick(lang, { zh: '触发符', en: 'Trigger' })}</span>
        <input type="text" data-testid="setting-trigger" disabled={!ready} value={trigger} maxLength={2} onInput={(e) => setTrigger((e.target as HTMLInputElement).value)} />
        <button type="button" class="btn ghost" data-testid="setting-trigger-save" disabled={!trigOk || trigger === prefs.trigger} onClick={() => void write({ ...prefs, trigger })}>{pick(lang, { zh: '保存', en: 'Save' })}</button>
      </label>
      {!trigOk && <p class="err">{pick(lang, { zh: '触发符是 1 到 2 个标点符号，例如 ; 或 //。', en: 'A trigger is 1 or 2 punctuation marks, e.g. ; or //.' })}</p>}
      {pageHost && (
        <label class="kv">
          <input type="checkbox" data-testid="setting-expand-here" checked={!prefs.offHosts.includes(pageHost.toLowerCase())} onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            const h = pageHost.toLowerCase();
            void write({ ...prefs, offHosts: on ? prefs.offHosts.filter((x) => x !== h) : [...prefs.offHosts, h] });
          }} />
          <span>{pick(lang, { zh: `在 ${pageHost} 上展开快捷码`, en: `Expand shortcuts on ${pageHost}` })}</span>
        </label>
      )}
      <div class="kv">
        <span class="k">{pick(lang, { zh: '关闭的网站', en: 'Off on' })}</span>
        <span class="v">
          {prefs.offHosts.length === 0 && <span class="tag">{pick(lang, { zh: '无（所有网站都展开）', en: 'none (on everywhere)' })}</span>}
          {prefs.offHosts.map((h) => (
            <span key={h} class="pill" data-testid="off-host">{h} <button type="button" class="link small" aria-label={pick(lang, { zh: `在 ${h} 重新开启`, en: `Turn back on for ${h}` })}
              onClick={() => void write({ ...prefs, offHosts: prefs.offHosts.filter((x) => x !== h) })}>×</button></span>
          ))}
        </span>
      </div>
      <div class="kv">
        <input type="text" data-testid="setting-off-host" value={hostInput} placeholder={pick(lang, { zh: '网站，例如 im.jd.com', en: 'site, e.g. im.jd.com' })} onInput={(e) => setHostInput((e.target as HTMLInputElement).value)} />
        <button type="button" class="btn ghost" disabled={!normaliseHost(hostInput)} onClick={() => {
          const h = normaliseHost(hostInput);
          setHostInput('');
          void write({ ...prefs, offHosts: [...prefs.offHosts, h] });
        }}>{pick(lang, { zh: '在此网站关闭', en: 'Turn off there' })}</button>
      </div>
    </Section>
  );
}
