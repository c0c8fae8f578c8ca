/** Placeholder view, replaced by its issue's work in this session. */
import { usePanel } from '../api';
import { Empty } from '../Section';

export function LibraryView() {
  const lang = usePanel((s) => s.lang);
  return <main><Empty>{lang === 'zh' ? '话术库：编辑、分组、导入导出（建设中）。' : 'The reply library: edit, organise, import and export (in progress).'}</Empty></main>;
}
