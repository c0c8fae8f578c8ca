/**
 * The structural chat reader: reads a conversation from the page's shape when a platform's
 * selectors find none (renamed classes, a console we have not seen, a site mapped by hand).
 *
 * - The message list is a container whose children repeat (≥ 3 with text), in the chat box's column
 *   (its nearest common ancestor with the chat box is close), preferring lists whose rows differ by
 *   side (left/right, self/other): a list of conversations in a side panel rows all alike.
 * - A row's role comes from the words in its own and its descendants' class names, data-role/-type and
 *   inline styles: right/self/mine/send/seller/kefu/agent → the shop; left/other/buyer/customer/receive
 *   → the buyer; system/notice/tip/robot/bot/auto/card → system (bots and notices are never the
 *   buyer). A row that says none of these is left out: counts are never invented.
 * - Text is the row's bubble (a descendant named bubble/content/text/msg) or its longest text block,
 *   without the time; times are parsed in the console formats (今天 14:03, 11-18 09:12, 2:03 PM…).
 * Reads only what is rendered (a virtualised list gives what is on screen).
 */
import type { ChatMessage, Role } from '../snapshot';
import { AUTO_REPLY_TAG, AUTO_REPLY_WORDS } from '../auto-reply';
import { squash } from './labels';

/** The chat box a page's reply is typed into. */
export const BOX = 'textarea,[contenteditable="true"],[contenteditable=""]';
// Word parts of class names, data values and styles that say whose a row is.
const SYSTEM = /^(system|sys|notice|tips?|hint|robot|bot|auto|card|recall)$/;
const SHOP = /^(right|self|mine?|me|my|own|send|sent|out|outbound|outgoing|seller|shop|kefu|agent|staff|service|merchant)$/;
const BUYER = /^(left|others?|buyer|customer|receive|received|incoming|inbound|guest|user|client)$/;
const TIME_WORD = /^(time|date)$/;
const BUBBLE_WORD = /^(bubble|content|text|msg|body)$/;
const CLOCK = /(今天|昨天|[\d/.年月-]{3,10}日?)?\s*\d\d?:\d\d(:\d\d)?\s*([ap]m)?/i;
// A text that is only a time, one that starts with a time, and a sender line's time at its end (compiled once).
const ONLY_CLOCK = new RegExp(`^${CLOCK.source}$`, 'i');
const LEADING_CLOCK = new RegExp(`^${CLOCK.source}\\s*`, 'i');
const TRAILING_CLOCK = new RegExp(`[\\s·•|,，–-]+${CLOCK.source}$`, 'i');

/** The words of a class list / attribute value: "chatMessage_right msg-isMe" → chat message right msg is me. */
export function words(s: string): string[] {
  const w = s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((x) => x.length > 0 && x.length < 16);
  // "messageNotMe", "not-self": the other side.
  for (let i = 0; i + 1 < w.length; i++) if ((w[i] === 'not' || w[i] === 'non') && SHOP.test(w[i + 1])) w.splice(i, 2, 'other');
  return w;
}

// data-* attributes that say who sent a row (data-role="buyer", data-sender-type="SELLER", data-direction="in").
const WHO_ATTR = /^data-(role|type|sender|sender-type|from|direction|side|author|owner|message-type)$/;

function marks(el: Element): string {
  let m = el.getAttribute('class') ?? '';
  for (const a of el.attributes) if (WHO_ATTR.test(a.name)) m += ` ${a.value}`;
  return m;
}

const RIGHT_STYLE = /align:\s*right|flex-end|row-reverse|float:\s*right/;
const LEFT_STYLE = /align:\s*left|flex-start|float:\s*left/;

/** Whose a row is, from its marks (itself first, then its descendants to depth 3); undefined if it says nothing. */
export function rowRole(row: Element): Role | undefined {
  const look = (el: Element, depth: number): Role | undefined => {
    const w = words(marks(el));
    if (w.some((x) => SYSTEM.test(x))) return 'system';
    const shop = w.some((x) => SHOP.test(x));
    const buyer = w.some((x) => BUYER.test(x));
    if (shop !== buyer) return shop ? 'seller' : 'buyer';
    const style = el.getAttribute('style') ?? '';
    if (RIGHT_STYLE.test(style)) return 'seller';
    if (LEFT_STYLE.test(style)) return 'buyer';
    if (depth >= 3) return undefined;
    for (const c of el.children) {
      const r = look(c, depth + 1);
      if (r) return r;
    }
    return undefined;
  };
  return look(row, 0);
}

type Side = 'right' | 'center' | undefined;
/** How many of the newest rows the layout is read for (structuralMessages keeps 200). */
const LAYOUT_ROWS = 200;
const END = /^(flex-)?end$|^right$/;
/**
 * Where the page lays a row out, by its computed style (the row and its first descendants): a bubble
 * pushed to the right (row-reverse, justify/align to the end, text to the right, float) or centred.
 * For pages whose class names say nothing (hashed: "sc-bdfBwQ"); read only when no row's words tell.
 */
function rowSide(row: Element): Side {
  const view = row.ownerDocument?.defaultView;
  if (!view) return undefined;
  let el: Element | null = row;
  for (let depth = 0; el && depth < 3; depth++, el = el.firstElementChild) {
    const cs = view.getComputedStyle(el);
    if (cs.flexDirection === 'row-reverse' || END.test(cs.justifyContent) || END.test(cs.alignSelf) || END.test(cs.textAlign) || cs.float === 'right') return 'right';
    if (depth === 0 && (cs.textAlign === 'center' || cs.justifyContent === 'center')) return 'center';
  }
  return undefined;
}

/**
 * The roles of a list's rows (rowRole). When only one side marks its rows ("message_row
 * message_row--self"), a row of the same kind without that mark (its classes a part of a marked
 * row's: "message_row") is the other side's.
 */
export function rowRoles(rows: ArrayLike<Element>): (Role | undefined)[] {
  const roles = Array.from(rows, rowRole);
  const sides = new Set(roles.filter((r) => r === 'buyer' || r === 'seller'));
  // No row's words say whose it is: the layout does, when some rows sit on the right and others not
  // (the right ones the shop's, centred ones notices, the rest the buyer's).
  if (sides.size === 0 && rows.length >= 3) return byLayout(rows, roles) ?? roles;
  if (sides.size === 2) {
    // A row without a mark (a picture, the words' side marker missing) whose classes are exactly those
    // of rows that are all one side's is that side's.
    const byClass = new Map<string, Set<Role | undefined>>();
    roles.forEach((r, i) => rows[i].className && byClass.set(rows[i].className, (byClass.get(rows[i].className) ?? new Set()).add(r)));
    return roles.map((r, i) => {
      if (r) return r;
      const seen = [...(byClass.get(rows[i].className) ?? [])].filter((x) => x === 'buyer' || x === 'seller');
      return seen.length === 1 ? seen[0] : r;
    });
  }
  if (sides.size !== 1) return roles;
  const [side] = sides;
  const other: Role = side === 'buyer' ? 'seller' : 'buyer';
  const classes = (c: string) => c.split(/\s+/).filter(Boolean);
  // The class lists of the marked rows, each once.
  const marked = [...new Set(roles.flatMap((r, i) => (r === side ? [rows[i].className] : [])))].map(classes);
  const out = roles.map((r, i) => {
    const own = r ? [] : classes(rows[i].className);
    if (!own.length) return r;
    return marked.some((cls) => cls.length > own.length && own.every((c) => cls.includes(c))) ? other : r;
  });
  // Still one side only (the marks are on the shop's rows, the classes alike): the layout tells the rest,
  // when it puts the marked side where its rows are (the shop's on the right).
  return out.includes(other) ? out : byLayout(rows, out, side) ?? out;
}

/**
 * Rows' roles from the layout (rowSide) where their words said nothing: the right ones the shop's,
 * centred ones notices, the rest the buyer's; only when some rows sit on the right and others do not,
 * and a side already known (`known`) sits where the layout puts it. Undefined when the layout says nothing.
 */
function byLayout(rows: ArrayLike<Element>, roles: (Role | undefined)[], known?: Role): (Role | undefined)[] | undefined {
  // (Only the newest rows: a style read per row of a 2,000-message chat would cost the page a long frame.)
  const from = Math.max(0, rows.length - LAYOUT_ROWS);
  const side = Array.from(rows, (r, i) => (i >= from ? rowSide(r) : undefined));
  if (!side.includes('right') || !side.some((x) => x === undefined)) return undefined;
  // A left row is a message when it is built like one (an avatar, or a name or time beside the bubble);
  // a bare line on the left (a transfer or recall notice) is left out.
  const bubbleLike = (row: Element) => row.children.length >= 2 || !!row.querySelector('img');
  const fromLayout = (i: number): Role | undefined => (i < from ? undefined : side[i] === 'right' ? 'seller' : side[i] === 'center' ? 'system' : bubbleLike(rows[i]) ? 'buyer' : undefined);
  if (known && roles.some((r, i) => i >= from && r === known && side[i] !== (known === 'seller' ? 'right' : undefined))) return undefined;
  return roles.map((r, i) => r ?? fromLayout(i));
}

function textOf(el: Element): string {
  return squash(el.textContent ?? '');
}

// Parts of a row that are not the message: the sender's name, avatar, time, read mark, tags, and the
// earlier message a reply quotes (its words are the other side's or an older turn's).
const NOT_TEXT_WORD = /^(nick|nickname|name|sender|avatar|head|header|meta|time|date|read|unread|status|tag|badge|from)$/;
const notText = (el: Element) => isQuote(el) || words(el.getAttribute('class') ?? '').some((x) => NOT_TEXT_WORD.test(x) || TIME_WORD.test(x));
const isQuote = (el: Element) => el.localName === 'blockquote' || words(el.getAttribute('class') ?? '').some((x) => x === 'quote' || x === 'quoted');

/** A bubble's words without the earlier message it quotes (a platform reader's message element). */
export function spokenText(el: Element): string {
  if (!el.querySelector('blockquote, [class*="quote" i]')) return el.textContent ?? '';
  let out = '';
  const walk = (e: Element) => {
    for (const n of e.childNodes) if (n.nodeType === 3) out += ` ${n.nodeValue}`; else if (n.nodeType === 1 && !isQuote(n as Element)) walk(n as Element);
  };
  walk(el);
  return out;
}

/** `el` or an ancestor below `row` is a name, time or read mark ("meta > span"). */
function underNotText(el: Element, row: Element): boolean {
  for (let e: Element | null = el; e && e !== row; e = e.parentElement) if (notText(e)) return true;
  return false;
}

/** The text under `el` without the parts that are not the message (names, times, read marks). */
function messageText(el: Element): string {
  if (!el.querySelector('*')) return textOf(el);
  let out = '';
  const walk = (e: Element) => {
    for (const n of e.childNodes) {
      if (n.nodeType === 3) out += n.nodeValue;
      else if (n.nodeType === 1 && !notText(n as Element)) walk(n as Element);
    }
  };
  walk(el);
  return squash(out);
}

/** The row's innermost bubbles: elements named bubble/content/text/msg/body, not a name, time or read mark. */
function innermostBubbles(row: Element): Element[] {
  const bubbles: Element[] = [];
  for (const el of row.querySelectorAll('*')) {
    const w = words(el.getAttribute('class') ?? '');
    if (w.some((x) => BUBBLE_WORD.test(x)) && !notText(el)) bubbles.push(el);
  }
  return bubbles.filter((b) => !bubbles.some((o) => o !== b && b.contains(o) && messageText(o)));
}

/**
 * The row's messages: one per bubble when the row groups several of one sender (sibling bubbles of
 * one class, each with its words), else the row's one text (rowText).
 */
function rowTexts(row: Element): string[] {
  const inner = innermostBubbles(row).map((el) => ({ el, text: messageText(el) })).filter((b) => b.text);
  const first = inner[0]?.el;
  if (inner.length > 1 && inner.every(({ el }) => el.parentElement === first.parentElement && el.className === first.className)) return inner.map((b) => b.text);
  const t = rowText(row, inner.map((b) => b.text));
  return t ? [t] : [];
}

/**
 * The row's message text: its innermost bubble ("msgHead" holds the nick, "msgBody" the words), else its
 * longest text block, in both cases without the name, time and read marks inside, and without a
 * leading time. `bubbles`: the innermost bubbles' texts.
 */
function rowText(row: Element, bubbles: string[]): string {
  let best = '';
  for (const t of bubbles) if (t.length > best.length) best = t;
  if (!best) {
    for (const el of row.querySelectorAll('*')) {
      if (el.children.length || underNotText(el, row)) continue;
      const t = textOf(el);
      if (t.length > best.length && !ONLY_CLOCK.test(t)) best = t;
    }
  }
  const t = best || messageText(row);
  return t.replace(LEADING_CLOCK, '').trim();
}

function rowTime(row: Element): string | undefined {
  for (const el of row.querySelectorAll('*')) if (words(el.getAttribute('class') ?? '').some((x) => TIME_WORD.test(x))) return textOf(el);
  const m = CLOCK.exec(textOf(row));
  return m?.[0];
}

/** How many levels up from `a` until an ancestor that also holds `b`. */
function levelsToCommon(a: Element, b: Element): number {
  let d = 0;
  for (let e: Element | null = a; e; e = e.parentElement, d++) if (e.contains(b)) return d;
  return 10;
}

// The page is re-read on every change: a list found once is kept while it is still on the page.
const found = new WeakMap<Document, Element>();

/** The message list a platform's reader found by its own selectors: the structural search keeps to it. */
export function rememberMessageList(doc: Document, list: Element): void {
  found.set(doc, list);
}

/** The most likely message list of the page, or null (see file comment). */
export function findMessageList(doc: Document): Element | null {
  const kept = found.get(doc);
  if (kept?.isConnected) return kept;
  const list = searchMessageList(doc);
  if (list) found.set(doc, list);
  return list;
}

function searchMessageList(doc: Document): Element | null {
  const boxes = doc.querySelectorAll(BOX);
  const box = boxes[boxes.length - 1] ?? null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    const kids = el.children;
    if (kids.length < 3) continue;
    let rows = 0;
    const roles = new Set<Role>();
    for (const k of kids) {
      if (!textOf(k)) continue;
      rows++;
      const r = rowRole(k);
      if (r) roles.add(r);
    }
    if (rows < 3) continue;
    // Rows told apart by side are a conversation; a list of uniform rows is more likely the side list.
    let score = rows * (roles.has('buyer') && roles.has('seller') ? 3 : roles.size ? 1.5 : 0.5);
    if (box) {
      score /= 1 + levelsToCommon(el, box);
      // Inside the message list, not around it: the list itself does not hold the box.
      if (el.contains(box)) score /= 4;
    }
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

// A row's sender name: an element named so (not a time), or the avatar's alt text.
const NAME_PART = /^(nick|nickname|name|username|sender|author|uname|meta)$/;
const GOODS_PART = /^(goods|product|item|sku|shop|store)$/;
const AVATAR_ALT = /^(头像|用户头像|买家头像|avatar|image|img|photo|picture|图片|客服|机器人|robot|bot)$/i;

function rowName(row: Element): string | undefined {
  for (const el of row.querySelectorAll('*')) {
    if (el.children.length) continue;
    const w = words(el.getAttribute('class') ?? '');
    if (!w.some((x) => NAME_PART.test(x)) || w.some((x) => TIME_WORD.test(x) || GOODS_PART.test(x))) continue;
    // A sender line may end with the time ("茶茶不加糖 09:20", "Marcus Oyelaran · 9:41 AM").
    const t = textOf(el).replace(TRAILING_CLOCK, '');
    if (t.length >= 1 && t.length <= 30 && !ONLY_CLOCK.test(t)) return t;
  }
  const alt = row.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  if (alt && alt.length <= 30 && !AVATAR_ALT.test(alt)) return alt;
  // A sender line that sets the name in bold ("<b>Priya Raman</b> · 9:41 AM"), before the message.
  const bold = row.querySelector('b, strong');
  const line = bold?.parentElement;
  const t = bold && !bold.children.length && line && line !== row && line.firstChild === bold ? textOf(bold) : '';
  return t.length >= 1 && t.length <= 30 && !ONLY_CLOCK.test(t) ? t : undefined;
}

const NAME_ROWS = 60;

/**
 * The buyer's name as the conversation shows it: the sender name on the buyer's own rows (an element
 * named nick/name, or the avatar's alt text), when at least two buyer rows give the same one, no
 * other name competes and no shop row carries it.
 */
export function buyerNameInChat(doc: Document): string | undefined {
  const list = findMessageList(doc);
  if (!list) return undefined;
  const counts = new Map<string, number>();
  const shop = new Set<string>();
  // The newest rows say it as well as all of them (a long chat is re-read on every change).
  const rows: Element[] = Array.prototype.slice.call(list.children, -NAME_ROWS);
  const roles = rowRoles(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const role = roles[i];
    if (role !== 'buyer' && role !== 'seller') continue;
    const name = rowName(row);
    if (!name) continue;
    if (role === 'seller') shop.add(name);
    else counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].filter(([n, c]) => c >= 2 && !shop.has(n));
  return names.length === 1 ? names[0][0] : undefined;
}

/**
 * The name the chat box addresses ("Reply to Aiyana Brooks", "回复 茶茶不加糖"), from its label or
 * placeholder.
 */
export function replyToName(doc: Document): string | undefined {
  // (Seller Central's editor is a Katal <kat-textarea> with its placeholder as an attribute: real-pages.md [A6–A8].)
  for (const box of doc.querySelectorAll(`${BOX},kat-textarea`)) {
    for (const a of ['aria-label', 'placeholder', 'data-placeholder']) {
      const m = /^(?:(?:type|write)\s+(?:your|a)\s+(?:reply|message)\s+to|reply to|message|回复|发送给)\s*[:：]?\s*(.{1,30}?)\s*$/i.exec(squash(box.getAttribute(a) ?? ''));
      if (m && !/^(\.{3}|…)$|消息|内容/.test(m[1])) return m[1];
    }
  }
  return undefined;
}

// An order card sent into the chat starts with the order's id label ("订单号：2432… 待发货 … ¥69.00 x2").
const ORDER_CARD = /^(?:订单号|订单编号|订单ID|订单|order id|order #|order number|order)\s*[:：#]?\s*[A-Z]{0,4}[\d-]{8,}/i;

const ORDER_LINE = new RegExp(`${ORDER_CARD.source}(?:\\s*[·•|｜]\\s*\\S{1,8})?$`, 'i');

// Links to a product page (Shopify /products/, Amazon /dp/, Taobao item.htm, JD item.jd.com, goods ids).
export const PRODUCT_HREF = /\/products?\/[\w-]+|\/dp\/[A-Z0-9]{10}|item\.(?:htm|taobao|jd)|[?&](?:goods_?id|item_?id|product_?id|itemId|goodsId)=/i;

// (Also where the buyer came in from, or what they are looking at: "买家从商品详情页进入", "通过订单页进入咨询", "买家正在看".)
const SHARED_CAPTION = /^(?:order|product|item)\s+shared\b|^(?:\S+\s+){0,3}shared\s+an?\s+(?:order|product)|^(?:分享了?|发送了?)(?:商品|订单|宝贝)|^(?:买家)?(?:从|通过)\S{0,10}进入|^买家正在(?:看|浏览)/i;

// A tag on the shop's bubble saying a rule or a robot sent it (a quick look at the row's text first).
const AUTO_WORD = new RegExp(AUTO_REPLY_WORDS, 'i');

/**
 * A message that is an order card, or a product card (its price and a link to its page) that someone
 * shared, is the system's (snapshot.md: cards are system rows), whoever sent it.
 */
export function cardRole(role: Role, text: string, row?: Element): Role {
  // The shop's bubble tagged as sent by a rule or a robot (a tag of its own: 自动回复, 机器人回复) answers no one.
  if (role === 'seller' && row && AUTO_WORD.test(row.textContent ?? '') && leafText(row, AUTO_REPLY_TAG)) return 'system';
  // A card shows the order's money or quantity; a typed message that starts with the id asks something.
  if (/[?？]/.test(text)) return role;
  if (ORDER_CARD.test(text) && /[¥$€£]\s?\d|(?:Qty|Quantity|数量)\s*[:：]?\s*\d|[x×]\s?\d+$/i.test(text)) return 'system';
  // The console's caption of a card someone shared ("Order shared from Order status page", "分享了商品"),
  // as the message's text or as a line of its row.
  if (SHARED_CAPTION.test(text)) return 'system';
  if (!row) return role;
  // An order card whose shown text is another of its lines (the goods' name): its order-id line and a price.
  const money = /[¥$€£]\s?\d/.test(row.textContent ?? '');
  const w = row.ownerDocument.createTreeWalker(row, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const line = squash(n.nodeValue ?? '');
    // (Without a price: an element of the card holding only the id, perhaps with a short status after a
    // dot, "订单号 2418… · 已发货", whose text is part of the message's with the card's other lines; a
    // typed message's line with the id before its question is not an element of its own.)
    if (SHARED_CAPTION.test(line) || (money && ORDER_CARD.test(line)) || (line !== text && text.includes(line) && ORDER_LINE.test(line) && squash(n.parentElement?.textContent ?? '') === line)) return 'system';
  }
  // A "picture" whose row prints a price is a product card (picture, name, price), not a photo.
  if ((text === pictureText('zh') || text === pictureText('en')) && /[¥$€£]\s?\d/.test(row.textContent ?? '')) return 'system';
  return /[¥$€£]\s?\d/.test(text) && [...row.querySelectorAll('a[href]')].some((a) => PRODUCT_HREF.test(a.getAttribute('href') ?? '')) ? 'system' : role;
}

// (Or only its size and a link: "1.8 MB · Image", "412 KB · Download".)
const IMAGE_FILE = /^(?:\S+\.(?:jpe?g|png|gif|webp|heic)|[\d.]+\s*[KM]B|download|image|photo|attachment|[\s·•()])+$/i;

/** Messages read by structure (oldest first, the last `max`); empty when no conversation is found. */
export function structuralMessages(doc: Document, parseTime: (text: string) => string | undefined, max = 200): ChatMessage[] {
  const list = findMessageList(doc);
  if (!list) return [];
  const out: ChatMessage[] = [];
  const roles = rowRoles(list.children);
  const lang = /[\u4e00-\u9fff]/.test(doc.title) || /^zh/i.test(doc.documentElement.lang) ? 'zh' : 'en';
  for (let i = 0; i < list.children.length; i++) {
    const row = list.children[i];
    const role = roles[i];
    if (!role) continue;
    const t = rowTime(row);
    const at = t ? parseTime(t) : undefined;
    const texts = rowTexts(row);
    // A row that only holds a picture (a photo of the fault) is a message too: "[图片]", as consoles print it.
    const emoji = texts.length ? '' : emojiText(row);
    if (emoji) texts.push(emoji);
    if (!texts.length && rowPicture(row)) texts.push(pictureText(lang));
    const voice = texts.every((t) => LENGTH.test(t)) && voiceText(row, lang);
    if (voice) texts.splice(0, texts.length, voice);
    for (let text of texts) {
      // A picture sent as an attachment shows its file's name ("crack.jpg · 1.2 MB"): a picture message.
      if (IMAGE_FILE.test(text)) text = pictureText(lang);
      const r = cardRole(role, text, row);
      out.push(at ? { role: r, text, time: at } : { role: r, text });
    }
  }
  return out.slice(-max);
}

/**
 * A message of emoji pictures only ("[捂脸][捂脸]", "😂"): their alt texts, the console's own code for
 * them (a row whose words were found never asks; an avatar's alt is a name, no emoji code).
 */
export function emojiText(row: Element): string {
  return [...row.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')!.trim()).filter((a) => /^\[[^\]]{1,8}\]$|^\p{Extended_Pictographic}+$/u.test(a)).join('');
}

// A voice, video or file message's placeholder as consoles print it ("[语音] 8″", "[视频]", "[Voice message]").
const MEDIA = /^\[(?:语音|视频|文件|位置|voice(?: message)?|video|file)\]/i;
/** A media message's placeholder text (a leaf of the row), or '' (a platform reader's row with no text element). */
export const mediaText = (row: Element): string => leafText(row, MEDIA);

// A voice message shown by its bubble's class (message__voice, audioMsg) and its length ("8″").
const LENGTH = /^\d{1,3}\s*(?:″|"|”|''|s|秒)$/;
/** "[语音] 8″" for a row holding a voice bubble with nothing else to read, or ''. */
export function voiceText(row: Element, locale: string): string {
  const bubble = [...row.querySelectorAll('[class]')].find((e) => words(e.getAttribute('class')!).some((w) => w === 'voice' || w === 'audio'));
  if (!bubble) return '';
  const len = leafText(bubble, LENGTH);
  return `${locale === 'zh' ? '[语音]' : '[voice message]'}${len ? ` ${len}` : ''}`;
}

/** The text of the row's first leaf (an element without children) that `re` matches, or ''. */
function leafText(row: Element, re: RegExp): string {
  for (const el of row.querySelectorAll('span,div,p,i,em')) {
    const t = el.children.length ? '' : squash(el.textContent ?? '');
    if (re.test(t)) return t;
  }
  return '';
}

/** What a picture message reads as, the way consoles print it in a conversation list. */
export const pictureText = (locale: string): string => (locale === 'zh' ? '[图片]' : '[image]');

const NOT_PICTURE_WORD = /^(avatar|portrait|icon|logo|emoji|emoticon|badge|head|header|face|goods|product|order|sku)$/;
/** Alt texts of a person's picture (an avatar), not of a product or a photo. */
export const PERSON_ALT = '头像|用户头像|买家头像|客服|avatar|profile';
const NOT_PICTURE_ALT = new RegExp(`^(?:${PERSON_ALT}|机器人|robot|bot|logo)$`, 'i');

/**
 * Whether a row shows a picture of its own: an <img> that is no avatar, icon or emoji, and not the
 * goods picture of a card (a card says more than a name and a time beside its picture).
 */
export function rowPicture(row: Element): boolean {
  if (textOf(row).length > 60) return false;
  for (const img of row.querySelectorAll('img')) {
    if (NOT_PICTURE_ALT.test(img.getAttribute('alt')?.trim() ?? '') || Number(img.getAttribute('width') || 99) < 40) continue;
    let ok = true;
    for (let e: Element | null = img; e && e !== row; e = e.parentElement) if (words(e.getAttribute('class') ?? '').some((w) => NOT_PICTURE_WORD.test(w))) ok = false;
    if (ok) return true;
  }
  return false;
}
