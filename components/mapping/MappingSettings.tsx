/** Settings: the sites mapped by hand, with re-map and delete (which also withdraws the site's access). */
import { pick } from '../../lib/i18n';
import { MAP_FIELDS } from '../../lib/mapping/fields';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty, Section } from '../Section';
import { useStartMapping } from './MapSite';
import { MapWizard } from './MapWizard';
import './mapping.css';

export function MappingSettings() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const list = useLive(() => api.db.mappings.orderBy('host').toArray(), [], []);
  const { host, start, close } = useStartMapping();
  const remove = async (h: string) => {
    await api.db.mappings.delete(h);
    await api.mapping?.forgetHost(h);
    api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: `已删除 ${h} 的映射并撤销访问权限`, en: `Mapping for ${h} deleted and its access withdrawn` }) });
  };
  return (
    <Section id="mappings" title={pick(lang, { zh: '手动映射的网站', en: 'Sites mapped by hand' })}>
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
