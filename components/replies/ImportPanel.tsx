/**
 * Import: pick a file (our JSON pack, or CSV/TSV with a column-mapping step), see what it would do
 * (new / changed / conflicting / unchanged / rejected, a choice per conflict), then apply it in one
 * transaction. A malformed, huge or hostile file shows a message and changes nothing.
 */
import { useState } from 'preact/hooks';
import { applyImport, listRows } from '../../lib/db/replies';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin';
import { decodeText } from '../../lib/decode';
import { importNotice, pick, t, type Lang } from '../../lib/i18n';
import {
  CSV_FIELDS, IMPORT_LIMITS, ImportFormatError, csvToScripts, guessCsvMapping, parseCsv, parseJsonPack, previewImport,
  type ConflictChoice, type CsvField, type CsvMapping, type ImportPreview, type ParsedImport,
} from '../../lib/replies/io';
import { useApi, usePanel } from '../api';

const FIELD_NAMES: Readonly<Record<CsvField, { zh: string; en: string }>> = {
  title: { zh: '标题', en: 'Title' },
  body: { zh: '内容', en: 'Text' },
  folder: { zh: '分组', en: 'Folder' },
  shortcut: { zh: '快捷码', en: 'Shortcut' },
  tags: { zh: '标签', en: 'Tags' },
  lang: { zh: '语言', en: 'Language' },
  scenarios: { zh: '场景', en: 'Situations' },
  tip: { zh: '提示', en: 'Tip' },
};

function messageOf(e: unknown, lang: Lang): string {
  if (e instanceof ImportFormatError) return lang === 'zh' ? e.zh : e.message;
  return pick(lang, { zh: `无法读取这个文件：${e instanceof Error ? e.message : String(e)}`, en: `Cannot read this file: ${e instanceof Error ? e.message : String(e)}` });
}

interface CsvStep {
  text: string;
  header: string[];
  mapping: CsvMapping;
}

export function ImportPanel(props: { onDone: () => void }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const [csv, setCsv] = useState<CsvStep | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [ignoreErrors, setIgnoreErrors] = useState(false);
  const [busy, setBusy] = useState(false);

  const showPreview = async (parsed: ParsedImport) => {
    const p = previewImport(await listRows(api.db), parsed.scripts, BUILTIN_SCRIPTS, parsed.errors);
    setPreview(p);
    setChoices(Object.fromEntries(p.conflicts.map((c) => [c.key, 'skip' as ConflictChoice])));
  };

  const onFile = async (file: File | undefined) => {
    setError(null);
    setCsv(null);
    setPreview(null);
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      setError(pick(lang, { zh: `文件太大（${Math.round(file.size / 1024)} KB），上限 ${IMPORT_LIMITS.bytes / 1024 / 1024} MB。什么都没改。`, en: `The file is too big (${Math.round(file.size / 1024)} KB); the limit is ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Nothing was changed.` }));
      return;
    }
    try {
      // Not file.text(): that reads UTF-8 only, and a CSV Excel saved in GBK became mojibake without a word.
      const decoded = decodeText(await file.arrayBuffer());
      if (!decoded.ok) return setError(t(lang, 'fileUndecodable'));
      const text = decoded.text;
      const json = /\.json$/i.test(file.name) || /^\uFEFF?\s*[{[]/.test(text);
      if (json) return await showPreview(parseJsonPack(text));
      const rows = parseCsv(text);
      if (!rows.length) throw new ImportFormatError('The file is empty.', '文件是空的。');
      setCsv({ text, header: rows[0], mapping: guessCsvMapping(rows[0]) });
    } catch (e) {
      setError(messageOf(e, lang));
    }
  };

  const mapCsv = async () => {
    if (!csv) return;
    setError(null);
    try {
      await showPreview(csvToScripts(csv.text, csv.mapping));
    } catch (e) {
      setError(messageOf(e, lang));
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await applyImport(api.db, preview, { conflicts: choices, ignoreErrors }, BUILTIN_SCRIPTS);
      api.store.getState().notify({ kind: 'ok', text: importNotice(lang, r) });
      props.onDone();
    } catch (e) {
      setError(pick(lang, { zh: `导入失败，什么都没改：${e instanceof Error ? e.message : String(e)}`, en: `Import failed; nothing was changed: ${e instanceof Error ? e.message : String(e)}` }));
    } finally {
      setBusy(false);
    }
  };

  const col = (i: number) => csv?.mapping.hasHeader && csv.header[i]?.trim() ? csv.header[i].trim().slice(0, 20) : pick(lang, { zh: `第${i + 1}列`, en: `Column ${i + 1}` });
  const writes = preview ? preview.added.length + preview.changed.length + Object.values(choices).filter((c) => c !== 'skip').length : 0;

  return (
    <div class="editor" data-testid="import-panel">
      <label>{pick(lang, { zh: '选择文件（本工具导出的 JSON，或 CSV / TSV 表格）', en: 'Choose a file (a JSON pack from this tool, or a CSV / TSV sheet)' })}
        <input type="file" data-testid="import-file" accept=".json,.csv,.tsv,.txt,application/json,text/csv" onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
      {error && <p class="err" role="alert" data-testid="import-error">{error}</p>}
      {csv && !preview && (
        <div data-testid="import-mapping">
          <p class="tag">{pick(lang, { zh: '请确认每一列对应什么（已按表头猜好）：', en: 'Check which column is which (guessed from the header):' })}</p>
          <label class="kv">
            <input type="checkbox" checked={csv.mapping.hasHeader} onChange={(e) => setCsv({ ...csv, mapping: { ...csv.mapping, hasHeader: (e.target as HTMLInputElement).checked } })} />
            <span>{pick(lang, { zh: '第一行是表头', en: 'The first row is a header' })}</span>
          </label>
          {CSV_FIELDS.map((f) => (
            <label class="kv" key={f}>
              <span class="k">{FIELD_NAMES[f][lang]}</span>
              <select data-testid={`map-${f}`} value={csv.mapping.columns[f] === undefined ? '' : String(csv.mapping.columns[f])} onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                const columns = { ...csv.mapping.columns };
                if (v === '') delete columns[f];
                else columns[f] = Number(v);
                setCsv({ ...csv, mapping: { ...csv.mapping, columns } });
              }}>
                <option value="">{pick(lang, { zh: '（不导入）', en: '(skip)' })}</option>
                {csv.header.map((_, i) => <option key={i} value={String(i)}>{col(i)}</option>)}
              </select>
            </label>
          ))}
          <button type="button" class="btn" data-testid="import-map-next" onClick={() => void mapCsv()}>{pick(lang, { zh: '下一步：预览', en: 'Next: preview' })}</button>
        </div>
      )}
      {preview && (
        <div class="import-preview" data-testid="import-preview">
          <div class="counts">
            <span data-testid="import-added">{pick(lang, { zh: `新增 ${preview.added.length}`, en: `${preview.added.length} new` })}</span>
            <span data-testid="import-changed">{pick(lang, { zh: `更新 ${preview.changed.length}`, en: `${preview.changed.length} changed` })}</span>
            <span data-testid="import-conflicts">{pick(lang, { zh: `冲突 ${preview.conflicts.length}`, en: `${preview.conflicts.length} conflicts` })}</span>
            <span data-testid="import-unchanged">{pick(lang, { zh: `相同 ${preview.unchanged.length}`, en: `${preview.unchanged.length} unchanged` })}</span>
            <span data-testid="import-errors" class={preview.errors.length ? 'err' : ''}>{pick(lang, { zh: `有误 ${preview.errors.length}`, en: `${preview.errors.length} invalid` })}</span>
          </div>
          {preview.conflicts.length > 0 && (
            <table>
              <tbody>
                {preview.conflicts.map((c) => (
                  <tr key={c.key} data-testid="import-conflict">
                    <td>
                      <strong>{c.incoming.title}</strong>
                      <div class="tag">{c.reason === 'shortcut'
                        ? pick(lang, { zh: `快捷码“${c.clashWith?.shortcut}”已被“${c.clashWith?.title}”使用`, en: `shortcut "${c.clashWith?.shortcut}" is used by "${c.clashWith?.title}"` })
                        : pick(lang, { zh: `与已有的“${c.target?.title}”内容不同`, en: `differs from your "${c.target?.title}"` })}</div>
                    </td>
                    <td>
                      <select data-testid="import-choice" value={choices[c.key]} onChange={(e) => setChoices({ ...choices, [c.key]: (e.target as HTMLSelectElement).value as ConflictChoice })}>
                        <option value="skip">{pick(lang, { zh: '跳过', en: 'Skip' })}</option>
                        <option value="replace">{pick(lang, { zh: '用文件里的', en: 'Use the file' })}</option>
                        <option value="keepBoth">{pick(lang, { zh: '两个都留', en: 'Keep both' })}</option>
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.errors.length > 0 && (
            <>
              <ul class="err" data-testid="import-error-list">
                {preview.errors.slice(0, 20).map((e, i) => <li key={i}>{lang === 'zh' ? e.zh : `row ${e.row}: ${e.message}`}</li>)}
                {preview.errors.length > 20 && <li>…</li>}
              </ul>
              <label class="kv">
                <input type="checkbox" data-testid="import-ignore-errors" checked={ignoreErrors} onChange={(e) => setIgnoreErrors((e.target as HTMLInputElement).checked)} />
                <span>{pick(lang, { zh: '跳过有误的，只导入正确的', en: 'Skip the invalid ones, import the rest' })}</span>
              </label>
            </>
          )}
          <div class="btn-row">
            <button type="button" class="btn" data-testid="import-apply" disabled={busy || (preview.errors.length > 0 && !ignoreErrors) || writes === 0}
              onClick={() => void apply()}>{pick(lang, { zh: `导入（写入 ${writes} 条）`, en: `Import (${writes} to write)` })}</button>
            <button type="button" class="btn ghost" onClick={props.onDone}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
          </div>
        </div>
      )}
    </div>
  );
}
