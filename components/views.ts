/**
 * The panel's views besides the followed page, in header order. Each area owns its view file; each
 * view is its own chunk, loaded when first opened (the followed page's view is all the first paint needs).
 */
import type { FunctionComponent } from 'preact';
import { lazy } from 'preact/compat';
import type { View } from './store';

export const VIEWS: Record<Exclude<View, 'page'>, { component: FunctionComponent; label: { zh: string; en: string } }> = {
  reminders: { component: lazy(() => import('./reminders/RemindersView').then((m) => m.RemindersView)), label: { zh: '提醒', en: 'Reminders' } },
  library: { component: lazy(() => import('./replies/LibraryView').then((m) => m.LibraryView)), label: { zh: '话术库', en: 'Replies' } },
  review: { component: lazy(() => import('./reminders/ReviewView').then((m) => m.ReviewView)), label: { zh: '今日', en: 'Today' } },
  settings: { component: lazy(() => import('./settings/SettingsView').then((m) => m.SettingsView)), label: { zh: '设置', en: 'Settings' } },
};
