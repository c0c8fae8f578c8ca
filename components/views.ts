/**
 * The panel's views besides the followed page, in header order. Each area owns its view file; each
 * view is its own chunk, loaded when first opened (the followed page's view is all the first paint needs).
 */
import { lazyView, type LazyView } from './lazy';
import type { View } from './store';

export const VIEWS: Record<Exclude<View, 'page'>, { component: LazyView<object>; label: { zh: string; en: string } }> = {
  reminders: { component: lazyView(() => import('./reminders/RemindersView').then((m) => m.RemindersView)), label: { zh: '提醒', en: 'Reminders' } },
  library: { component: lazyView(() => import('./replies/LibraryView').then((m) => m.LibraryView)), label: { zh: '话术库', en: 'Replies' } },
  review: { component: lazyView(() => import('./reminders/ReviewView').then((m) => m.ReviewView)), label: { zh: '今日', en: 'Today' } },
  settings: { component: lazyView(() => import('./settings/SettingsView').then((m) => m.SettingsView)), label: { zh: '设置', en: 'Settings' } },
};
