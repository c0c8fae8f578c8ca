/** The panel's browser side of site mapping: permission, picker injection, pick messages. */
import { pageFiles } from '../lib/adapters/page-scripts';
import { browser } from 'wxt/browser';
import type { MappingApi } from './mapping-api';
import { hostPatterns } from '../lib/mapping/fields';
import { sendToBackground, sendToContent } from './messaging';

/** The mapping API for the tab the panel follows (`tab()` is read at each call). */
export function createMappingApi(tab: () => number | null): MappingApi {
  const need = () => {
    const id = tab();
    if (id === null) throw new Error('no followed tab');
    return id;
  };
  return {
    async pageUrl() {
      const id = tab();
      if (id === null) return null;
      return (await browser.tabs.get(id).catch(() => undefined))?.url ?? null;
    },
    requestHost(host) {
      // No await before this call: permissions.request needs the click's user activation.
      return browser.permissions.request({ origins: hostPatterns(host) }).catch(() => false);
    },
    async startPicker() {
      try {
        await browser.scripting.executeScript({ target: { tabId: need(), frameIds: [0] }, files: ['/picker.js'] });
        return true;
      } catch {
        return false;
      }
    },
    async pick(field, label) {
      return (await sendToContent(need(), 'pickField', { field, label }).catch(() => null)) ?? null;
    },
    async cancelPick() {
      const id = tab();
      if (id !== null) await sendToContent(id, 'cancelPick', undefined).catch(() => {});
    },
    async changed(opts = {}) {
      await sendToBackground('mappingsChanged', undefined).catch(() => {});
      const id = tab();
      if (opts.applyNow && id !== null && opts.known) {
        await sendToContent(id, 'mappingChanged', undefined).catch(() => false);
      } else if (opts.applyNow && id !== null) {
        // The shared layers, the mapped-page script and page-keys, as the registration will load them
        // (the file list is built from PAGE_LAYERS, so WXT's literal path type cannot check it).
        await browser.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: pageFiles(`page-mapped-${opts.lang === 'en' ? 'en' : 'zh'}`).map((f) => `/${f}`) as never }).catch(() => {});
      }
    },
    async forgetHost(host) {
      await browser.permissions.remove({ origins: hostPatterns(host) }).catch(() => false);
      await sendToBackground('mappingsChanged', undefined).catch(() => {});
    },
  };
}
