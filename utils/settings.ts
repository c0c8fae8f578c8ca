/** The agent's panel preferences in extension storage (typed, versioned items). */
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../lib/i18n';
/** Light, dark or follow the system. */
export type Theme = 'auto' | 'light' | 'dark';

/** UI language; null = follow the browser. */
export const langPref = storage.defineItem<Lang | null>('local:pref.lang', { fallback: null, version: 1 });
/** Light, dark or follow the system. */
export const themePref = storage.defineItem<Theme>('local:pref.theme', { fallback: 'auto', version: 1 });
