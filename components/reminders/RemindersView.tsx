/** Placeholder view, replaced by its issue's work in this session. */
import { usePanel } from '../api';
import { Empty } from '../Section';

export function RemindersView() {
  const lang = usePanel((s) => s.lang);
  return <main><Empty>{lang === 'zh' ? '全部提醒（建设中）。' : 'All reminders (in progress).'}</Empty></main>;
}
