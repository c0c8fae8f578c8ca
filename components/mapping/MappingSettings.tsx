/** Settings: the sites mapped by hand, with re-map and delete (which also withdraws the site's access). */
import { pick } from '../../lib/i18n';
import { MAP_FIELDS } from '../../lib/mapping/fields';
import { PackError, exportSelectorPack, parseSelectorPack } from '../../lib/mapping/pack';
import { downloadText } from '../replies/download';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty, Section } from '../Section';
import { useStartMapping } from './MapSite';
import { MapWizard } from './MapWizard';
import { deleteMapping, listMappings, saveSites } from '../../lib/db/mappings';
import './mapping.css';

export function MappingSettings() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const list = useLive(() => listMappings(api.db), [], []);
  const { host, start, close } = useStartMapping();
  const remove = async (h: string) => {
    await deleteMapping(api.db, h);
    await api.mapping?.forgetHost(h);
    api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: `已删除 ${h} 的映射并撤销访问权限`, en: `Mapping for ${h} deleted and its access withdrawn` }) });
  };
  const notify = api.store.getState().notify;
  const exportPack = () => {
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    downloadText(exportSelectorPack(list, d), `${pick(lang, { zh: '选择器包', en: 'selectors' })}-${day}.json`, 'application/json');
  };
  // The browser parses each selector before it is stored: one that does not parse is refused.
  const selectorOk = (sel: string) => {
    try {
      document.createDocumentFragment().querySelector(sel);
      return true;
    } catch {
      return false;
    }
  };
  const importPack = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { sites, refused } = parseSelectorPack(await file.text(), selectorOk);
      const now = Date.now();
      await saveSites(api.db, sites, now);
      await api.mapping?.changed();
      const why = refused.map((r) => `${r.host}: ${r.why}`).join('; ');
      notify({
        kind: refused.length ? 'warn' : 'ok',
        text: pick(lang, {
          zh: `已导入 ${sites.length} 个网站的选择器${refused.length ? `，${refused.length} 个未导入（${why}）` : ''}。未授权的网站在授权后生效。`,
          en: `Selectors of ${sites.length} site(s) imported${refused.length ? `; ${refused.length} refused (${why})` : ''}. Sites without access apply once access is given.`,
        }),
      });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof PackError ? pick(lang, { zh: e.zh, en: e.message }) : String(e) });
    }
  };
  return (
    <Section id="mappings" title={pick(lang, { zh: '手动映射和修正的网站', en: 'Sites mapped or fixed by hand' })}>
      <div class="btn-row">
        <button type="button" class="btn ghost" data-testid="mappings-export" disabled={!list.length} onClick={exportPack}>{pick(lang, { zh: '导出选择器包', en: 'Export selector pack' })}</button>
        <label class="btn ghost">
          {pick(lang, { zh: '导入选择器包', en: 'Import selector pack' })}
          <input type="file" accept=".json,application/json" hidden data-testid="mappings-import"
            onChange={(e) => { const input = e.target as HTMLInputElement; void importPack(input.files?.[0]).then(() => { input.value = ''; }); }} />
        </label>
      </div>
      {!list.length && (
        <Empty testid="mappings-empty">
          {pick(lang, { zh: '还没有。打开其他网站的后台页面时，可以在助手里把它映射为卖家后台。', en: 'None yet. On another site\'s back office, the panel offers to map it.' })}
        </Empty>
      )}
      {list.map((m) => (
        <div class="mapping-row" key={m.host} data-testid="mapping-row" data-host={m.host}>
          <span class="host">{m.host}</span>
          <span class="tag">
            {pick(lang, { zh: `${MAP_FIELDS.filter((f) => m.fields[f]).length} 项`, en: `${MAP_FIELDS.filter((f) => m.fields[f]).length} fields` })}
            {' · '}
            {new Date(m.updatedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en')}
          </span>
          <button type="button" class="link" data-testid="mapping-remap" onClick={() => start(m.host)}>{pick(lang, { zh: '重新映射', en: 'Re-map' })}</button>
          <button type="button" class="link" data-testid="mapping-delete" onClick={() => void remove(m.host)}>{pick(lang, { zh: '删除', en: 'Delete' })}</button>
        </div>
      ))}
      {host && <MapWizard host={host} initial={list.find((m) => m.host === host)?.fields} onClose={close} />}
    </Section>
  );
}
