/**
 * The reply library (话术库): browse by folder, tag, favourites or search; create, edit (a built-in
 * becomes an override), duplicate, delete with undo; shortcut clashes; import and export (JSON, CSV).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pick } from '../../lib/i18n';
import { exportCsv, exportJsonPack } from '../../lib/replies/io';
import { inFolder, type LibraryScript } from '../../lib/replies/library';
import { search } from '../../lib/replies/search';
import { useApi, usePanel } from '../api';
import { Empty, Section } from '../Section';
import { downloadText, exportFileName } from './download';
import { ImportPanel } from './ImportPanel';
import { ScriptEditor } from './ScriptEditor';
import { toggleFavourite } from './ScriptsSection';
import { useScriptData } from './useScripts';
import type { ScenarioId } from '../../lib/scenarios';
import './scripts.css';
import type { Lang } from '../../lib/i18n';

const PAGE = 60;
const NO_FOLDER = '\u0000none';

export function LibraryView() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { lib, index, prefs, loaded } = useScriptData();
  const [q, setQ] = useState('');
  const [folder, setFolder] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [favOnly, setFavOnly] = useState(false);
  const [mine, setMine] = useState(false);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [shown, setShown] = useState(PAGE);
  // "Write a reply for this case" on the page view: a new reply prefilled with the page's situation.
  const draft = usePanel((s) => s.replyDraft);
  const [preset, setPreset] = useState<{ scenarios: ScenarioId[]; lang: Lang } | undefined>();
  useEffect(() => {
    if (!draft) return;
    setPreset(draft);
    setEditing('new');
    api.store.getState().startReply(null);
  }, [draft]);

  const list = useMemo(() => {
    // Without a query the agent's own and edited scripts come first, most recently changed first.
    let xs: LibraryScript[] = q.trim() ? search(index, q, 200).map((h) => h.script) : [
      ...lib.scripts.filter((s) => s.source !== 'builtin').sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0)),
      ...lib.scripts.filter((s) => s.source === 'builtin'),
    ];
    if (folder === NO_FOLDER) xs = xs.filter((s) => !s.folder);
    else if (folder) xs = inFolder(xs, folder);
    if (tag) xs = xs.filter((s) => s.tags.includes(tag));
    if (favOnly) xs = xs.filter((s) => s.favourite);
    if (mine) xs = xs.filter((s) => s.source !== 'builtin');
    return xs;
  }, [lib, index, q, folder, tag, favOnly, mine]);

  const current = editing && editing !== 'new' ? lib.byId.get(editing) : undefined;
  const exportFolder = folder && folder !== NO_FOLDER ? folder : undefined;
  const doExport = (kind: 'json' | 'csv') => {
    const text = kind === 'json' ? exportJsonPack(lib.scripts, { folder: exportFolder }) : exportCsv(lib.scripts, { folder: exportFolder });
    downloadText(text, exportFileName(exportFolder, kind, lang), kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
  };

  const sourceName = (s: LibraryScript) =>
    s.source === 'user' ? pick(lang, { zh: '自建', en: 'mine' }) : s.source === 'override' ? pick(lang, { zh: '已修改', en: 'edited' }) : pick(lang, { zh: '内置', en: 'built-in' });

  return (
    <main>
      {(editing !== null) && (
        <Section id="script-edit" title={editing === 'new' ? pick(lang, { zh: '新建话术', en: 'New reply' }) : pick(lang, { zh: '编辑话术', en: 'Edit reply' })}>
          {(editing === 'new' || current) ? (
            <ScriptEditor key={editing} script={current} lib={lib} prefs={prefs} preset={editing === 'new' ? preset : undefined} onClose={() => { setEditing(null); setPreset(undefined); }} />
          ) : <Empty>{pick(lang, { zh: '这条话术已不存在。', en: 'This reply no longer exists.' })}</Empty>}
        </Section>
      )}
      {importing && (
        <Section id="script-import" title={pick(lang, { zh: '导入话术', en: 'Import replies' })}>
          <ImportPanel onDone={() => setImporting(false)} />
        </Section>
      )}
      <Section id="library" title={pick(lang, { zh: `话术库（${lib.scripts.length}）`, en: `Reply library (${lib.scripts.length})` })}>
        <div class="lib-bar">
          <button type="button" class="btn" data-testid="lib-new" onClick={() => setEditing('new')}>{pick(lang, { zh: '新建', en: 'New' })}</button>
          <button type="button" class="btn ghost" data-testid="lib-import" onClick={() => setImporting(!importing)}>{pick(lang, { zh: '导入', en: 'Import' })}</button>
          <button type="button" class="btn ghost" data-testid="lib-export-json" onClick={() => doExport('json')}
            title={exportFolder ? pick(lang, { zh: `导出“${exportFolder}”分组`, en: `Export folder "${exportFolder}"` }) : pick(lang, { zh: '导出全部', en: 'Export all' })}>
            {pick(lang, { zh: '导出 JSON', en: 'Export JSON' })}</button>
          <button type="button" class="btn ghost" data-testid="lib-export-csv" onClick={() => doExport('csv')}>{pick(lang, { zh: '导出 CSV', en: 'Export CSV' })}</button>
        </div>
        <div class="lib-bar">
          <input type="search" data-testid="lib-search" value={q} placeholder={pick(lang, { zh: '搜索：文字、拼音、快捷码', en: 'Search: words, pinyin, shortcut' })}
            aria-label={pick(lang, { zh: '搜索话术库', en: 'Search the library' })} onInput={(e) => { setQ((e.target as HTMLInputElement).value); setShown(PAGE); }} />
          <select data-testid="lib-folder" value={folder} aria-label={pick(lang, { zh: '分组', en: 'Folder' })} onChange={(e) => { setFolder((e.target as HTMLSelectElement).value); setShown(PAGE); }}>
            <option value="">{pick(lang, { zh: '全部分组', en: 'All folders' })}</option>
            {lib.folders.map((f) => <option key={f} value={f} data-user-text>{f}</option>)}
            <option value={NO_FOLDER}>{pick(lang, { zh: '未分组', en: 'No folder' })}</option>
          </select>
        </div>
        <div class="chips">
          <button type="button" class="chip" aria-pressed={favOnly} data-testid="lib-fav-only" onClick={() => setFavOnly(!favOnly)}>★ {pick(lang, { zh: '收藏', en: 'Favourites' })}</button>
          <button type="button" class="chip" aria-pressed={mine} data-testid="lib-mine" onClick={() => setMine(!mine)}>{pick(lang, { zh: '我的和改过的', en: 'Mine and edited' })}</button>
          {lib.tags.slice(0, 14).map(({ tag: tg, count }) => (
            <button key={tg} type="button" class="chip" data-user-text aria-pressed={tag === tg} onClick={() => setTag(tag === tg ? null : tg)}>#{tg} {count}</button>
          ))}
        </div>
        {lib.clashes.length > 0 && (
          <p class="err" data-testid="lib-clashes">
            {pick(lang, { zh: '快捷码冲突：', en: 'Shortcut clashes: ' })}
            {lib.clashes.map((c) => `;${c.shortcut} → ${lib.byId.get(c.winner)?.title ?? c.winner}（${c.losers.map((l) => lib.byId.get(l)?.title ?? l).join('、')} ${pick(lang, { zh: '不生效', en: 'ignored' })}）`).join('；')}
          </p>
        )}
        {loaded && list.length === 0 && <Empty testid="lib-empty">{q || folder || tag || favOnly || mine ? pick(lang, { zh: '没有符合条件的话术。', en: 'No reply matches these filters.' }) : pick(lang, { zh: '还没有话术。', en: 'No replies yet.' })}</Empty>}
        <ul class="lib-list" data-testid="lib-list">
          {list.slice(0, shown).map((s) => (
            <li key={s.id} class={`lib-item${editing === s.id ? ' sel' : ''}`} data-testid="lib-item" data-script-id={s.id} data-source={s.source}
              onClick={() => setEditing(s.id)}>
              <div class="script-head">
                <button type="button" class={`star${s.favourite ? ' on' : ''}`} aria-pressed={s.favourite} aria-label={pick(lang, { zh: '收藏', en: 'Favourite' })}
                  onClick={(e) => { e.stopPropagation(); void toggleFavourite(api, s); }}>{s.favourite ? '★' : '☆'}</button>
                <strong class="script-title" data-user-text>{s.title}</strong>
                {s.shortcut && <span class="tag mono">;{s.shortcut}</span>}
                <span class="pill">{sourceName(s)}</span>
              </div>
              <div class="sub" data-user-text>{s.folder ? `${s.folder} · ` : ''}{s.body}</div>
            </li>
          ))}
        </ul>
        {list.length > shown && <button type="button" class="link" data-testid="lib-more" onClick={() => setShown(shown + PAGE)}>{pick(lang, { zh: `再显示 ${Math.min(PAGE, list.length - shown)} 条（共 ${list.length}）`, en: `Show ${Math.min(PAGE, list.length - shown)} more (of ${list.length})` })}</button>}
      </Section>
    </main>
  );
}
