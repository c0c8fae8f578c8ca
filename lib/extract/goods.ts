/**
 * Goods: the items of an order read from tables, labelled lines, blocks beside product pictures, name
 * classes and product links, with their quantity and price from the item's own row. Shared by the
 * generic reader (generic.ts), the order-card reader (cards.ts) and the adapters; it sits in the
 * page-structure layer so that the readers' layer keeps room within the page budget.
 */
import type { Item } from '../snapshot';
import type { ReadContext } from './generic';
import { findLabelled, isTagElement, labelSet, leaves, ownText, readTableByHeaders, spacedText, squash, textNodes } from './labels';
import { memo } from './lexicon';
import { moneyIn } from './parse/money';
import { PERSON_ALT, PRODUCT_HREF, words } from './structure';

export const SPEC_TAIL = /\s*(商家编码|货号|商品I[dD]|商品编号|ASIN|颜色\S{0,2}|尺[码寸]|规格|型号|套餐|款式|SKU|Colou?r|Size)\s*[:：].*$/i;

/**
 * Items from goods blocks (a product picture with its name beside it), where neither a table nor
 * the platform's selectors found any: the element named like a title or name next to each picture
 * (not an avatar), holding a name rather than a time, a price or a "label: value" line.
 */
export function readGoodsBlocks(root: ParentNode): Item[] {
  const out: Item[] = [];
  // The name, and its quantity when a line of its block gives one ("Qty: 2 · Item price: $24.99", "x2").
  const add = (t: string, block: Element | null) => {
    if (out.some((i) => i.title === t)) return;
    const item: Item = { title: t.replace(SPEC_TAIL, '') };
    const qty = block && qtyOfLines(block);
    if (qty) item.qty = qty;
    out.push(item);
  };
  // A picture is an <img> or a block drawn as one (role=img with a background image).
  for (const img of root.querySelectorAll('img,[role=img]')) {
    if (/avatar|head|logo|icon|portrait/i.test(img.className + img.parentElement?.className) || AVATAR_ALT.test(img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '')) continue;
    let named = false;
    // The name nearest the picture: in its own block first (each line of a card has one), then one level
    // up, after the picture (before it is the block's heading: <div class=cardTitle>订单信息</div>).
    // (One level up only while that block is the picture's own: holding no other picture, not a page's frame.)
    const up = img.parentElement?.parentElement?.querySelectorAll('img,[role=img]').length === 1 ? img.parentElement.parentElement : null;
    const near = [
      ...(img.parentElement?.querySelectorAll('[class*=itle],[class*=ame]') ?? []),
      ...[...(up?.querySelectorAll('[class*=itle],[class*=ame]') ?? [])].filter((el) => img.compareDocumentPosition(el) & 4),
    ];
    for (const el of near) {
      // A name element may hold its variant or quantity lines after its own text ("Cup<div>Qty 2 × $18.00</div>").
      const t = squash(el.children.length ? ownText(el) : el.textContent ?? '');
      if (t.length < 4 || /^\S{1,12}\s*[:：]|^\d+:\d\d|[¥$€£]\s*\d/.test(t) || (el.children.length && !readsAsProduct(t))) continue;
      add(t, el.children.length ? el : el.parentElement);
      named = true;
      break;
    }
    if (named) continue;
    // Classes that say nothing (hashed): the block beside the picture, when its first line reads as a
    // name and a later one as the variant, the quantity or the price.
    const next = img.nextElementSibling;
    if (!next || next.querySelector('img')) continue;
    const leafLines = (el: Element) => [...el.querySelectorAll('*')].filter((e) => !e.children.length).map((e) => squash(e.textContent ?? '')).filter(Boolean);
    const [t, ...rest] = leafLines(next);
    // (The price and quantity may stand in a cell of their own after it: <div class="pr">¥269.00<br>x1</div>.)
    const cell = next.nextElementSibling && !next.nextElementSibling.querySelector('img') ? next.nextElementSibling : null;
    if (cell) rest.push(...(cell.children.length ? leafLines(cell) : []), ...squash(cell.textContent ?? '').split(' '));
    if (t && t.length >= 4 && t.length <= 200 && !NOT_TITLE.test(t) && /\p{L}{2}/u.test(t) && rest.some((r) => SPEC_LINE.test(r) || QTY.test(r) || /^[¥$€£]\s*\d/.test(r))) add(t, cell ? img.parentElement : next);
  }
  return out;
}

/**
 * Goods as lines of a block, without pictures or telling classes: the line just above a quantity line
 * ("Quantity: 1 · Item price: $38.99", "数量：2", "×2"), when it reads as a product's name.
 */
export function goodsByLines(root: ParentNode): Item[] {
  const out: Item[] = [];
  for (const el of root.querySelectorAll('*')) {
    const kids = el.children;
    // A name as the block's own text with its quantity in a part after it ("Merino Blend Throw<br>
    // <span>Charcoal · $118.00 × 1</span>", "Guji Natural 340 g <span>× 2</span>").
    const own = kids.length && kids.length <= 3 ? squash(ownText(el)).replace(SPEC_TAIL, '') : '';
    if (own && readsAsProduct(own) && !out.some((i) => i.title === own)) {
      const q = [...kids].map((k) => QTY_END.exec(squash(k.textContent ?? ''))).find(Boolean);
      if (q) {
        out.push({ title: own, qty: +q[1] });
        continue;
      }
    }
    if (kids.length < 2 || kids.length > 6) continue;
    const texts = [...kids].map((k) => squash(k.textContent ?? ''));
    const q = texts.findIndex((t) => QTY_LINE.test(t));
    if (q <= 0) continue;
    const t = texts[q - 1].replace(SPEC_TAIL, '');
    const qty = QTY.exec(texts[q]);
    // Not a "label: value" line ("Order ID: 113-…", "收货人：李**").
    if (/^[\p{L}\s#.]{1,20}[:：]/u.test(t)) continue;
    if (readsAsProduct(t) && !QTY_LINE.test(t) && !out.some((i) => i.title === t)) {
      out.push(qty ? { title: t, qty: +(qty[1] ?? qty[2]) } : { title: t });
    }
  }
  return out;
}

/** A product's name: several words, or four Chinese characters (not "Item subtotal", an account name or a code). */
export function readsAsProduct(t: string): boolean {
  return /\S\s+\S|[\u4e00-\u9fff]{4}/.test(t) && t.length <= 200 && !NOT_TITLE.test(t);
}

// A part that ends with the quantity ("Charcoal · $118.00 × 1", "× 2").
const QTY_END = /(?:^|\s)[x×]\s?(\d{1,3})$/;
// A line that starts with the quantity, or names it among other details ("SKU: HF-LMP-45 · Qty: 2 · £38.99").
const QTY_LINE = /^(?:数量|购买数量|Qty|Quantity)\s*[:：]?\s*\d|^[x×]\s?\d{1,3}\b|\s[·•|｜]\s(?:数量|Qty|Quantity)\s*[:：]\s*\d/i;

// A variant line under a product's name (颜色：米白；尺码：M, Size: M).
const SPEC_LINE = /^(颜色分类|颜色|尺[码寸]|规格|型号|套餐|款式|SKU|Colou?r|Size)\S{0,4}\s*[:：]/i;
// An avatar's alt text: a person, not a product.
const AVATAR_ALT = new RegExp(`^(?:${PERSON_ALT})$`, 'i');

/** An item from its cells' texts (title, sku, qty `x2`, price); undefined without a title. */
export function toItem(r: Partial<Record<'title' | 'sku' | 'qty' | 'price', string>>, ctx: Pick<ReadContext, 'lex' | 'locale' | 'currency'>): Item | undefined {
  if (!r.title) return undefined;
  // The title cell often carries the variant and codes after it (颜色分类：…, 规格：…, Size: …).
  const item: Item = { title: r.title.replace(SPEC_TAIL, '').trim() };
  if (!item.title) return undefined;
  if (r.sku) item.sku = r.sku;
  // "x2", "×2", "数量：2", "Qty: 2".
  // (A cell that shows more than the quantity, "¥318.00 x2 店铺券 -¥20.00": its ×N.)
  // (A column headed by both, 单价 / 数量 or Price / Qty: "¥129.00x2", the price cell's ×N.)
  const qty = parseInt(r.qty?.replace(/^(?:[x×*]|(?:数量|购买数量|qty|quantity)\s*[:：]?)\s*/i, '') ?? '', 10) || +(QTY.exec(r.qty ?? r.price ?? '')?.slice(1).find(Boolean) ?? 0);
  if (qty > 0) item.qty = qty;
  const price = r.price && moneyIn(ctx.lex.money, r.price, ctx);
  if (price) item.price = price.value;
  return item;
}

/** Reads items from a table with item headers (商品 / 规格 / 数量 / 单价; Product / Qty / Price). */
export function readItems(root: ParentNode, ctx: Pick<ReadContext, 'lex' | 'locale' | 'currency'>): Item[] {
  const headers = Object.fromEntries(Object.entries(ctx.lex.items).map(([k, v]) => [k, v.split('|')]));
  return readTableByHeaders(root, headers).flatMap((r) => toItem(r, ctx) ?? []);
}

/** Items from repeated blocks (chat order cards): the text of each part's selector in each `row`. */
export function readBlocks(root: ParentNode, sel: { row: string } & Record<'title' | 'sku' | 'qty' | 'price', string>, ctx: ReadContext): Item[] {
  const rows = [...root.querySelectorAll(sel.row)];
  return rows.flatMap((g) => {
    const t = (k: 'title' | 'sku' | 'qty' | 'price') => squash(g.querySelector(sel[k])?.textContent ?? '');
    // Renamed (hashed) part classes: the row's first text that reads as a product's name, and a cell
    // that is only a quantity.
    const texts = leafTexts(g);
    const title = t('title') || texts.find(readsAsProduct) || '';
    // No quantity part: a cell that is only a quantity, else one of the other lines ("¥459.00 ×1").
    const qty = t('qty') || qtyCellIn(g) || QTY.exec(texts.filter((x) => x !== title).join(' '))?.slice(1).find(Boolean) || '';
    const item = toItem({ title, sku: t('sku'), qty, price: t('price') }, ctx);
    // A "row" that is only the name (飞鸽's product name itself marked [data-btm="d5834"]: blind set 29): its
    // quantity and price from the block around it.
    if (item && !g.childElementCount) rowQty(g, rows, item, ctx);
    return item ?? [];
  });
}

/** The texts of an element's leaf elements, in page order. */
export const leafTexts = (el: Element): string[] => leaves(el).map((e) => squash(e.textContent ?? '')).filter(Boolean);

// Class-name words of a product's name: a goods/product/item/sku word with a name/title word.
const GOODS_WORD = /^(goods|good|product|products|prod|item|items|line|sku|spu|commodity|ware|wares|baby|merchandise)$/;
export const NAME_WORD = /^(name|title)$/;
// A UI widget's item title (auxo-steps-item-title, menu-item-title) is not a product's name.
const WIDGET_WORD = /^(steps?|timeline|progress|tabs?|menu|nav|breadcrumb|dropdown|select|option|tree|list-item-meta)$/;
// Not a product's name: "label: value" lines, codes, prices, times, quantities.
export const NOT_TITLE = /^\S{1,12}\s*[:：]|^(ASIN|SKU|商品编号|货号)\b|^[x×*]?\d+$|^\d+:\d\d|[¥$€£]\s*\d/i;


/**
 * Items named where there is no table: elements whose class names say "goods/product/item +
 * name/title" (goods-name, ProductCard__name, sku-name…), else links to product pages; in page order,
 * each name once.
 */
export function namedGoods(root: ParentNode, ctx?: Pick<ReadContext, 'lex' | 'locale' | 'currency'>): Item[] {
  const out: Item[] = [];
  const els: Element[] = [];
  const add = (el: Element) => {
    // Without a tag inside the name (<div class="goods-card__title">森屿 陶瓷炖锅<span class="jd-tag">质量问题</span></div>).
    const tags = [...el.querySelectorAll('[class]')].filter(isTagElement);
    const t = squash(tags.length ? textNodes(el).filter((n) => !tags.some((g) => g.contains(n))).map((n) => n.nodeValue).join('') : el.textContent ?? '').replace(SPEC_TAIL, '');
    if (t.length >= 4 && t.length <= 200 && !NOT_TITLE.test(t) && !out.some((i) => i.title === t)) out.push({ title: t }), els.push(el);
  };
  for (const el of root.querySelectorAll('[class]')) {
    const w = words(el.getAttribute('class') ?? '');
    // (Not inside a link to another page than a product's: a conversation list's row, "_ItemName" of another buyer.)
    const href = el.closest('a[href]')?.getAttribute('href') ?? '#';
    if (w.some((x) => GOODS_WORD.test(x)) && w.some((x) => NAME_WORD.test(x)) && !w.some((x) => WIDGET_WORD.test(x)) && (/^(#|javascript:)/i.test(href) || PRODUCT_HREF.test(href)) && [...el.querySelectorAll('[class]')].every(isTagElement)) add(el);
  }
  if (!out.length) for (const a of root.querySelectorAll('a[href]')) if (PRODUCT_HREF.test(a.getAttribute('href') ?? '') && !within(a, NAV, root)) add(a);
  els.forEach((el, i) => rowQty(el, els, out[i], ctx));
  return out;
}

/**
 * Quantity (and price, with `ctx`) of the item named by `el`, from its own row: the nearest block
 * around the name, up to three levels, that holds none of the other names `els`.
 */
export function rowQty(el: Element, els: readonly Element[], item: Item, ctx?: Pick<ReadContext, 'lex' | 'locale' | 'currency'>): void {
  for (let row = el.parentElement, up = 0; row && up < 3 && !els.some((o) => o !== el && row!.contains(o)); row = row.parentElement, up++) {
    // The row's texts apart from the name, one node per word (pages print "150x200cm" and "×2" side by side).
    const rest = squash(textNodes(row).filter((n) => !el.contains(n)).map((n) => n.nodeValue).join(' '));
    const qty = QTY.exec(rest);
    if (!qty) continue;
    item.qty = +(qty[1] ?? qty[2]);
    const price = ctx && moneyIn(ctx.lex.money, rest.slice(0, qty.index + qty[0].length), ctx);
    if (price) item.price = price.value;
    return;
  }
}

/**
 * The item named after a goods label where there is no table (商品：…, 宝贝 …, Item: …): its title
 * without the variant or quantity that follow, its quantity from "x2" / "数量：2" in the same value
 * block. One item only when the labels name one; a tab or menu item called 商品 is not a label.
 */
export function labelledGoods(root: Node, ctx: Pick<ReadContext, 'lex'>): Item[] {
  const { lex } = ctx;
  const goods = memo(lex, 'goods', () => labelSet(lex.items.title.split('|')));
  // Every field label stops a value, and the longest label wins ("Item price" is not "Item").
  const all = memo(lex, 'goods+', () => labelSet([...Object.values(lex.labels).join('|').split('|'), ...lex.items.title.split('|')]));
  const out: Item[] = [];
  for (const hit of findLabelled(textNodes(root), all)) {
    if (!goods.re.test(hit.label) || all.re.test(hit.value) || within(hit.el, NAV, root) || within(hit.at, NAV, root)) continue;
    // A label stands alone or ends in a colon ("商品", "Item:"); "Item defective or…" is a sentence.
    const own = squash(hit.at.textContent ?? '');
    if (own.replace(/[\s:：]+$/, '') !== hit.label && !(own.startsWith(hit.label) && /^\s*[:：]/.test(own.slice(hit.label.length)))) continue;
    const title = hit.value.replace(SPEC_TAIL, '').replace(/\s*[x×*]\s?\d{1,3}$/i, '').trim();
    if (!readsAsProduct(title) || out.some((i) => i.title === title)) continue;
    const item: Item = { title };
    // The value's block: up from the value while it does not reach the label.
    let block: Element = hit.el;
    while (block.parentElement && !squash(block.parentElement.textContent ?? '').startsWith(hit.label) && block.parentElement !== root) block = block.parentElement;
    const qty = QTY.exec(squash(block.textContent ?? '').replace(title, ' '));
    if (qty) item.qty = +(qty[1] ?? qty[2]);
    out.push(item);
  }
  return out.length === 1 ? out : [];
}

// A quantity in an item's row: "×2", "x 2", "$32.00 × 2", "数量：1", "Quantity: 1".
// After a price ("¥139.00×2", "$24×1"), never inside a size ("被套200×230").
// (Not a size: "30 x 56 in", a whole number before the ×.)
export const QTY = /(?:^|\s|(?<=\d\.\d{1,2}|[¥￥$€£]\d{1,6}))(?<!(?:^|[^\d.,])\d{1,4}\s)[x×]\s?(\d{1,3})\b|(?:数量|Qty|Quantity)\s*[:：]?\s*(\d{1,3})\b/i;

/** The quantity the first line of a block gives that names one ("Qty: 2 · Item price: $24.99", "¥139.00×2"). */
function qtyOfLines(block: Element): number | undefined {
  for (const line of block.children) {
    // Word by word: a grid of cells prints "Quantity" "1" "Item price" with no space between them.
    const q = QTY.exec(spacedText(line));
    if (q) return +(q[1] ?? q[2]);
  }
  return undefined;
}

const QTY_CELL = /^(?:[x×*]\s?(\d{1,3})|(?:数量|购买数量|Qty|Quantity)\s*[:：]?\s*(\d{1,3}))$/i;
/** True when a cell's text is only a quantity ("x2", "×1", "数量：2", "Qty 3"). */
export const isQtyCell = (text: string): boolean => QTY_CELL.test(squash(text));
/** The number of the first element in `row` whose whole text is a quantity. */
export function qtyCellIn(row: Element): string | undefined {
  for (const el of leaves(row)) {
    const m = QTY_CELL.exec(squash(el.textContent ?? ''));
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

// Menus, tabs and filters: their words name stages and goods, not this order's.
export const NAV = 'nav,menu,[role=navigation],[role=menu],[role=menubar],[role=menuitem],[role=tablist],[role=tab],[role=option],select,[class*=menu],[class*=Menu],[class*=filter],[class*=Filter]';
/**
 * Whether `el` sits in a block matching `sel` (a menu, a progress bar) inside `root`: a page wrapper or
 * the body whose class happens to match (WordPress: toplevel_page_chatster-menu) is not such a block.
 */
export function within(el: Element | null | undefined, sel: string, root: Node): boolean {
  const m = el?.closest(sel);
  return !!m && m !== root && m.tagName !== 'BODY' && root.contains(m);
}
