/**
 * The agent's panel preferences in extension storage. Kept under the keys WXT's storage items used
 * ("pref.lang", "pref.theme" in storage.local), so saved preferences carry over; two values do not need
 * @wxt-dev/storage's versioned items (2.5 kB gzip in the panel and the background).
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/i18n';
/** Light, dark or follow the system. */
export type Theme = 'auto' | 'light' | 'dark';

export interface Pref<T> {
  getValue(): Promise<T>;
  setValue(v: T): Promise<void>;
}

function pref<T>(key: string, fallback: T, valid: (v: unknown) => v is T): Pref<T> {
  return {
    async getValue() {
      const v = (await browser.storage.local.get(key))[key];
      return valid(v) ? v : fallback;
    },
    async setValue(v) {
      await browser.storage.local.set({ [key]: v });
    },
  };
}

/** UI language; null = follow the browser. */
export const langPref = pref<Lang | null>('pref.lang', null, (v): v is Lang => v === 'zh' || v === 'en');
/** Light, dark or follow the system. */
export const themePref = pref<Theme>('pref.theme', 'auto', (v): v is Theme => v === 'auto' || v === 'light' || v === 'dark');
