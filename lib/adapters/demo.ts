/**
 * The bundled demo seller pages (fixtures/demo/, our own fictional back office), served on this machine
 * by `npm run demo` and the E2E tests. Only the demo build matches them (lib/adapters/hosts.ts).
 */
import { emptySnapshot, type PageKind, type Role } from '../snapshot';
import { first, pageTime, readByLabels, readMessages, safeRead, type ReadContext } from '../extract/generic';
import { readItems } from '../extract/goods';
import { ZH } from '../extract/lexicon';
import { squash } from '../extract/labels';
import { chainInsert } from '../insert/insert';
import type { Reader } from './types';

const SEL = Object.freeze({
  shop: ['[data-role="shop"]'],
  buyerNick: ['[data-role="buyer-nick"]'],
  conversation: ['#chat-main[data-uid]', 'main[data-uid]'],
  /** The order card in focus on the chat page; the whole page elsewhere. */
  orderScope: ['[data-card="order"][aria-current="true"]', '#order-root', '#aftersale-root'],
  messageRows: '[data-demo="list"] [data-from]',
  messageText: '.bub_b2',
  messageTime: '.tm_w0',
  chatBox: ['[data-demo="reply"]'],
  /** The tracking list of the order page, newest first: "<time> <event>". */
  trackEvents: 'ol[class^="track"] > li',
});

const ROLES: Record<string, Role> = { buyer: 'buyer', seller: 'seller', robot: 'system', system: 'system' };

function pageKind(url: URL): PageKind {
  if (/chat/.test(url.pathname)) return 'chat';
  if (/aftersale/.test(url.pathname)) return 'after_sales';
  if (/order/.test(url.pathname)) return 'order_detail';
  return 'unknown';
}

export const demo: Reader = {
  id: 'demo',
  pageKind,
  chatBox: SEL.chatBox,
  rich: chainInsert, // the chat box is a contenteditable editor
  read: safeRead('demo', (doc, url, now) => {
    const ctx: ReadContext = { platform: 'demo', now, tz: 480, locale: 'zh', lex: ZH };
    const snap = emptySnapshot(url, 'demo', pageKind(new URL(url)));
    const shop = first(doc, SEL.shop)?.textContent?.trim();
    if (shop) {
      snap.shop = shop;
      snap.confidence.shop = 0.9;
    }
    const scope = first(doc, SEL.orderScope) ?? doc.body;
    if (scope) {
      readByLabels(scope, ctx, snap);
      const items = readItems(scope, ctx);
      if (items.length) {
        snap.items = items;
        snap.confidence.items = 0.9;
      }
    }
    const latest = doc.querySelector(SEL.trackEvents);
    if (latest) {
      const time = pageTime(latest.querySelector('span')?.textContent, ctx);
      const event = squash(latest.textContent ?? '').replace(latest.querySelector('span')?.textContent?.trim() ?? '', '').trim();
      snap.logistics = { ...snap.logistics, ...(event ? { latestEvent: event } : {}), ...(time ? { latestTime: time } : {}) };
    }
    const nick = first(doc, SEL.buyerNick)?.textContent?.trim();
    const uid = first(doc, SEL.conversation)?.getAttribute('data-uid');
    if (nick) {
      snap.buyer = { nick, ...(uid ? { id: uid } : {}) };
      snap.confidence.buyer = 0.95;
    }
    const messages = readMessages(doc.querySelectorAll(SEL.messageRows), {
      role: (row) => ROLES[row.getAttribute('data-from') ?? ''],
      text: (row) => (row.getAttribute('data-from') === 'system' ? row.lastChild?.textContent : row.querySelector(SEL.messageText)?.textContent) ?? undefined,
      time: (row) => row.querySelector(SEL.messageTime)?.textContent,
    }, ctx);
    if (messages.length) {
      snap.messages = messages;
      snap.confidence.messages = 0.95;
    }
    return snap;
  }, { lex: ZH, locale: 'zh', tz: 480 }),
};
