/** The panel's views besides the followed page, in header order. Each area owns its view file. */
import type { FunctionComponent } from 'preact';
import type { View } from './store';
import { LibraryView } from './scripts/LibraryView';
import { RemindersView } from './reminders/RemindersView';
import { ReviewView } from './reminders/ReviewView';
import { SettingsView } from './settings/SettingsView';

export const VIEWS: Record<Exclude<View, 'page'>, { component: FunctionComponent; label: { zh: string; en: string } }> = {
  reminders: { component: RemindersView, label: { zh: '提醒', en: 'Reminders' } },
  library: { component: LibraryView, label: { zh: '话术库', en: 'Replies' } },
  review: { component: ReviewView, label: { zh: '今日', en: 'Today' } },
  settings: { component: SettingsView, label: { zh: '设置', en: 'Settings' } },
};
