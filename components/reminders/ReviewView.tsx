/** Placeholder view, replaced by its issue's work in this session. */
import { usePanel } from '../api';
import { Empty } from '../Section';

export function ReviewView() {
  const lang = usePanel((s) => s.lang);
  return <main><Empty>{lang === 'zh' ? '今日回顾（建设中）。' : "Today's review (in progress)."}</Empty></main>;
}
