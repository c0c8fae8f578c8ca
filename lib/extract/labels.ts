/**
 * The label-anchored reader shared by every adapter. Seller pages rename their classes often but keep
 * their visible labels (订单编号, 退款状态, Order ID…), so values are found next to those labels:
 * after ：/: in the label's own text node, else in the next non-empty text nodes (at most `reach`,
 * stopping at the next label). Pure DOM reading: never clicks, never throws on odd markup.
 */
import { memo, type LabelKey, type Lexicon } from './lexicon';

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|OPTION|BUTTON)$/;
const COLON = /^[\s:：]+/;
const LEAD = /^[·•|｜,，、;；]\s*/;
const ACTION = /\S\s*[→›»]$/;
// An online status printed before a name (<span>旺旺在线</span><span>苏**</span>): no value either.
const PRESENCE = /^(?:(?:旺旺|千牛)?(?:在线|离线|忙碌)|online|offline)$/i;

/** Collapses whitespace (\s covers nbsp and full-width spaces) and trims; a clean text is returned as it is (no copy). */
export function squash(s: string): string {
  return /\s\s|[^\S ]|^ | $/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

export interface LabelHit {
  /** The label as found on the page. */
  label: string;
  /** The value text next to it (whitespace collapsed). */
  value: string;
  /** The element holding the value. */
  el: Element;
  /** The element holding the label. */
  at: Element;
  /** The next text after the value, when it is no label (a value printed under a caption: "To Visa •••• 4417", "$90.71"). */
  then?: string;
}

/** A compiled label set: one regex over all labels, longest first so 订单编号 wins over 订单. */
export interface LabelSet {
  re: RegExp;
}

/** The compiled label set for one lexicon key ('*': every label, where a value search stops). */
export function labels(lex: Lexicon, key: LabelKey | '*'): LabelSet {
  return memo(lex, key, () => labelSet((key === '*' ? Object.values(lex.labels).join('|') : lex.labels[key]).split('|')));
}

/** Compiles labels once (adapters keep them in frozen tables). */
export function labelSet(labels: readonly string[]): LabelSet {
  const sorted = [...labels].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A label that ends in # is whole whatever follows it ("Order #SC2417").
  const hash = sorted.filter((l) => l.endsWith('#'));
  return { re: RegExp(`^(?:${[...hash, `(?:${sorted.join('|')})(?=$|[\\s:：#(（])`].join('|')})`, 'i') };
}

/** The elements holding no other element under `root` (itself when it is one), in page order. */
export function leaves(root: Element): Element[] {
  return root.childElementCount === 0 ? [root] : [...root.querySelectorAll('*')].filter((e) => e.childElementCount === 0);
}

/** Text nodes under root in document order, skipping scripts, styles and form controls, and the subtree `skip` (a chat's conversation). */
export function textNodes(root: Node, skip: Node | null = null): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // (A filter only when there is a subtree to leave out: it is called for every node.)
  const walker = skip ? doc.createTreeWalker(root, 5 /* elements and texts */, { acceptNode: (x) => (x === skip ? 2 /* reject */ : x.nodeType === 3 ? 1 : 3 /* skip */) }) : doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n; (n = walker.nextNode()); ) if ((!SKIP.test(n.parentElement?.tagName ?? '') || chosen(n.parentElement!)) && n.nodeValue!.trim()) out.push(n as Text);
  return out;
}

/** The option chosen in the single drop-down a <label for> names. */
function controlOf(node: Text): Element | null {
  const id = node.parentElement?.closest('label[for]')?.getAttribute('for');
  const sel = id ? node.ownerDocument.getElementById(id) : null;
  return sel?.tagName === 'SELECT' && !(sel as HTMLSelectElement).multiple ? shown(sel as HTMLSelectElement) : null;
}

// The option the page was served with (the saved value) else the live choice (drop-downs a script fills).
const shown = (sel: HTMLSelectElement): HTMLOptionElement | null => sel.querySelector('option[selected]') ?? sel.options[sel.selectedIndex] ?? null;

/** The option a form's drop-down shows ("Status: [Partially Shipped ▾]"): its value, unlike the other options. */
function chosen(el: Element): boolean {
  if (el.tagName !== 'OPTION') return false;
  const sel = el.closest('select') as HTMLSelectElement | null;
  return !!sel && !sel.multiple && shown(sel) === el;
}

/** An element's own text, without that of its child elements. */
/** The text under `root` one node per word, squashed: cells printed side by side ("Quantity" "1") stay apart. */
export const spacedText = (root: Node): string => squash(textNodes(root).map((n) => n.nodeValue).join(' '));

export const ownText = (el: Element): string => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' ');

// A block about other cases or orders of the same buyer ("该订单其他售后（1）", "该买家在本店的其他订单", "其他服务单", "Other orders"),
// or about the past: a negotiation history or an operation log, which repeat earlier amounts and states.
const OTHER_HEAD = /^(?:[该此](?:订单|买家|客户|顾客|用户)\S{0,6}?)?(?:其他|历史)(?:售后|服务单|退款|订单)|^other (?:orders|returns|refunds|requests)\b|^(?:协商历史|协商记录|协商详情|协商过程|操作记录|操作日志|订单日志)$|维权记录$/i;

/**
 * The text nodes without those of blocks headed as other cases or orders: the block is the heading's
 * element widened while the heading is still its first text.
 */
export function withoutOtherCases(nodes: Text[]): Text[] {
  const skip: Element[] = [];
  for (const n of nodes) {
    if (!OTHER_HEAD.test(squash(n.nodeValue ?? ''))) continue;
    // A tab (协商历史 | 发货物流): the tab and, when it is the open one, the open pane; never the tab bar
    // with the other tabs and what sits beside them.
    // (Tabs without marked panes: the block as below.)
    const tab = n.parentElement?.closest('[role=tab],[class*=tab]');
    const bar = tab?.parentElement?.closest(':has([role=tabpanel],[class*=tabpane],[class*=tab-pane])');
    if (tab && bar && (tab.getAttribute('role') === 'tab' || tab.className.split(/\s+/).some((c) => /(?:^|[_-])tab(?:$|[_-]?item\b|_\d)|tabItem/i.test(c) && !/pane|panel|list|nav|bar|content|wrap/i.test(c)))) {
      skip.push(tab);
      if (/active|selected/i.test(tab.className) || tab.getAttribute('aria-selected') === 'true') {
        for (const pane of bar.querySelectorAll('[role=tabpanel]:not([hidden]),[class*=tabpane-active],[class*=tab-pane-active],[class*=tab-pane].active')) skip.push(pane);
      }
      continue;
    }
    // Widened from the heading while it is still the first text, and only while the block holds nothing
    // but short texts (the heading, a count, a fold arrow, the other tabs of its bar): a section that
    // already holds its content is the block, never the columns it is the first of (协商历史 heading the
    // left column beside the case's own fields).
    let block = n.parentElement;
    while (block?.parentElement && firstText(block.parentElement) === n && onlyShortTexts(block, n)) block = block.parentElement;
    if (!block) continue;
    skip.push(block);
    // A heading that stands alone: its content is the next sibling.
    if (block.textContent?.trim() === n.nodeValue?.trim() && block.nextElementSibling) skip.push(block.nextElementSibling);
  }
  return skip.length ? nodes.filter((n) => !skip.some((b) => b.contains(n))) : nodes;
}

/** Whether `el` holds at most 8 texts, none but the heading over 12 characters: a heading, a tab bar, not a section. */
function onlyShortTexts(el: Element, heading: Text): boolean {
  const w = (el.ownerDocument ?? (el as unknown as Document)).createTreeWalker(el, 4);
  let k = 0;
  for (let n; (n = w.nextNode()); ) if (n.nodeValue?.trim() && (++k > 8 || (n !== heading && squash(n.nodeValue).length > 12))) return false;
  return true;
}

function firstText(el: Element): Text | null {
  const w = (el.ownerDocument ?? (el as unknown as Document)).createTreeWalker(el, 4);
  for (let n; (n = w.nextNode()); ) if (n.nodeValue?.trim()) return n as Text;
  return null;
}

/**
 * Every occurrence of any of `set`'s labels among the text nodes with its value: after the label in its
 * own node, else in one of the next `reach` nodes (a lone colon is skipped); a node that starts with a
 * label ends the search (so an empty field never steals the next field's value).
 */
export function findLabelled(nodes: Text[], set: LabelSet, reach = 3): LabelHit[] {
  const hits: LabelHit[] = [];
  const text = (i: number) => squash(nodes[i]?.nodeValue ?? '');
  nodes.forEach((node, i) => {
    // A separator printed before a label ("· Carrier:", "| Tracking ID") is not part of it.
    let raw = text(i).replace(LEAD, '');
    let m = set.re.exec(raw);
    // A label with its colon, or an amount, after other words in a short line ("共4件商品\u3000实付款：¥427.00",
    // "售后：退货退款 退款金额 ¥11.40").
    // In a longer text, a label with its colon that starts a sentence ("… by March 10. Refund amount: $74.97",
    // "…内处理。退款金额：¥128.70").
    if (!m) {
      const k = laterLabel(raw, set, raw.length <= 60);
      if (k > 0) (raw = raw.slice(k)), (m = set.re.exec(raw));
    }
    // A line may hold several fields ("售后：退货退款，待商家处理\u3000退款金额 ¥11.40"): each label's value
    // ends where the next label of the line begins.
    for (let part = 0; m && part < 4; part++) {
      // A Latin label and a word after it with only a space between are one term ("Buyer Messages",
      // "Buyer comment"): in its own node a Latin label's value follows a colon, a # or a bracket.
      if (/[a-z]$/i.test(m[0]) && /^\s+[^\s:：#(（]/.test(raw.slice(m[0].length))) return;
      // "Order #SC2417": the # is the id's own (Shopify names orders #1041); "Order # 1041": the label's.
      const own = m[0].endsWith('#') && /^\S/.test(raw.slice(m[0].length)) ? '#' : '';
      const rest = own + raw.slice(m[0].length);
      const next = rest.length <= 60 ? laterLabel(rest, set, true) : -1;
      if (next > 0) {
        const v = rest.slice(0, next).replace(COLON, '').trim();
        if (v) hits.push({ label: m[0], value: v, el: node.parentElement!, at: node.parentElement! });
        raw = rest.slice(next);
        m = set.re.exec(raw);
        continue;
      }
      // <label for="order_status">Status:</label> <select id="order_status">: the drop-down's choice is the value.
      const control = rest.replace(COLON, '').trim() ? null : controlOf(node);
      if (control) {
        const v = squash(control.textContent ?? '');
        if (v) hits.push({ label: m[0], value: v, el: control, at: node.parentElement! });
        return;
      }
      // A column of labels beside a column of their values (<div><span>商品总价</span>…<span>用户实付</span></div>
      // <div><span>¥99.80</span>…<span>¥89.80</span></div>): the value at the label's place in the next column.
      const cell = rest.replace(COLON, '').trim() ? undefined : besideColumn(node, set);
      if (cell) {
        hits.push({ label: m[0], value: squash(cell.textContent ?? ''), el: cell, at: node.parentElement! });
        return;
      }
      for (let j = i, t = rest; j <= i + reach && j < nodes.length; t = text(++j)) {
        if (j > i && set.re.test(t)) break;
        let v = t.replace(COLON, '');
        // A price drawn in parts (<span>¥</span><span>71</span><span>.80</span>, "−" "$" "21.60"): the parts joined.
        let k = j;
        if (/^[-−–]$/.test(v) && /^[¥￥$€£]$/.test(text(k + 1))) v += text(++k);
        if (/^[-−–]?[¥￥$€£]$/.test(v)) for (let n = k + 1; n <= k + 2 && /^[\d,]*\.?\d*$/.test(text(n)) && text(n); n++) v += text(n);
        // A currency printed after the figure in a node of its own (WooCommerce: "1.257,95" "€"): joined.
        if (/^[-−–]?\d[\d.,]*$/.test(v) && /^(?:[¥￥$€£]|EUR|USD|GBP|CNY|RMB)$/.test(text(k + 1))) v += ` ${text(k + 1)}`;
        // A link's action ("View other orders →", "查看详情 ›") is no value: the value comes after it.
        if (j > i && (ACTION.test(v) || PRESENCE.test(v))) continue;
        if (v) {
          const then = text(j + 1);
          hits.push({ label: m[0], value: v, el: nodes[j].parentElement!, at: node.parentElement!, ...(then && j + 1 <= i + reach && !set.re.test(then) && { then }) });
          break;
        }
      }
      return;
    }
  });
  return hits;
}

/**
 * The cell at a label's place in the column after its own: a grid printed column by column, where the
 * label's column holds only short texts without digits and the next one as many cells (at least three),
 * either each with a figure (amounts) or beside a column of which most cells are labels we know.
 * (Rows of label and value pairs are no such columns: half their cells are values.)
 */
function besideColumn(node: Text, set: LabelSet): Element | undefined {
  const figure = (c: Element) => /\d/.test(c.textContent ?? '');
  const known = (c: Element) => {
    const t = squash(c.textContent ?? '').replace(COLON, '');
    return set.re.exec(t)?.[0].length === t.length;
  };
  for (let el = node.parentElement, up = 0; el?.parentElement && up < 2; el = el.parentElement, up++) {
    const col = el.parentElement;
    const next = col.nextElementSibling;
    const cells = [...col.children];
    const n = cells.length;
    if (!next || n < 3 || next.childElementCount !== n || !cells.every((c) => !figure(c) && squash(c.textContent ?? '').length <= 12)) continue;
    if ([...next.children].every(figure) || cells.filter(known).length * 2 > n) return next.children[cells.indexOf(el)];
  }
  return undefined;
}

/**
 * Where a later label begins in `raw` (-1: none): after a space in a short line (`short`), with its
 * colon or an amount after it; after a sentence's end, with its colon. A Latin label after a word is
 * the end of a longer name ("Referral fee refund:").
 */
function laterLabel(raw: string, set: LabelSet, short: boolean): number {
  const starts = short ? / |[.。；;!！?？] ?/g : /[.。；;!！?？] ?/g;
  for (let g = starts.exec(raw); g; g = starts.exec(raw)) {
    const k = g.index + g[0].length;
    const later = set.re.exec(raw.slice(k));
    if (!later) continue;
    const after = raw.slice(k + later[0].length);
    if ((g[0] === ' ' ? /^\s*(?:[:：]|[¥￥$€£]\s?\d)/ : /^\s*[:：]/).test(after) && !(/^[a-z]/i.test(later[0]) && /[a-z]/i.test(raw[k - 2]))) return k;
  }
  return -1;
}

export interface Pick<T> {
  value: T;
  hit: LabelHit;
}

/**
 * The single value for a label set, parsed by `parse`. Several hits with the same parsed value are
 * fine; two different values mean the page is ambiguous, and nothing is returned rather than a guess.
 */
export function pickOne<T>(hits: LabelHit[], parse: (v: string) => T | undefined, key: (v: T) => string = String): Pick<T> | undefined {
  let found: Pick<T> | undefined;
  for (const hit of hits) {
    const v = parse(hit.value);
    if (v === undefined) continue;
    if (!found) found = { value: v, hit };
    else if (key(found.value) !== key(v)) {
      // A field (its value in an element of its own: <div>买家：</div><div>柚子茶不加糖</div>) outranks the
      // label inside a longer line (a timeline's "12-02 17:48 买家：你们不退我就找平台了"), when the fields agree.
      const fields = hits.filter((h) => h.el !== h.at);
      return fields.length && fields.length < hits.length ? pickOne(fields, parse, key) : undefined;
    }
  }
  return found;
}

/** The column id of each header cell: exact header words first, then the longest header a cell starts with; each id names one column. */
function columns(texts: string[], headers: Record<string, readonly string[]>): (string | undefined)[] {
  const ids = Object.keys(headers);
  const cols = texts.map((t) => ids.find((id) => headers[id].includes(t)));
  texts.forEach((t, i) => {
    let len = 0;
    if (!cols[i]) for (const id of ids) for (const h of headers[id]) if (h.length > len && t.startsWith(h) && !cols.includes(id)) (cols[i] = id), (len = h.length);
  });
  // A header of two columns in one (小计/数量): the part we know, when the other is none of ours.
  texts.forEach((t, i) => {
    if (cols[i] || !/[/／]/.test(t)) return;
    const known = t.split(/\s*[/／]\s*/).flatMap((part) => ids.filter((id) => headers[id].includes(part) && !cols.includes(id)));
    if (known.length === 1) cols[i] = known[0];
  });
  return cols;
}

/**
 * Reads a table of items by its header words (商品/数量/单价…): returns one record per body row,
 * keyed by the header id. Works for <table> and for ARIA grids (role=row / role=cell / columnheader).
 */
export function readTableByHeaders(root: ParentNode, headers: Record<string, readonly string[]>): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  // <table>, ARIA grids and Polaris web components (<s-table> rows and cells, real-pages.md [S4]).
  // Fusion-style tables put the header and the body in two tables: a header-only table's columns
  // carry over to the next table.
  let carried: (string | undefined)[] | undefined;
  for (const table of root.querySelectorAll('table,[role=table],[role=grid],s-table')) {
    let cols: (string | undefined)[] | undefined = carried;
    const fromHeader = carried;
    carried = undefined;
    for (const row of table.querySelectorAll('tr,[role=row],s-table-header-row,s-table-row')) {
      // (A table inside a cell, such as a line's options "Size: 100 g", has rows of its own.)
      if (row.tagName === 'TR' && table.tagName === 'TABLE' && row.closest('table') !== table) continue;
      // A cell spanning columns stands for each of them ("Item" over the picture and the name).
      const cells = [...row.children].filter((c) => /^(T[HD]|S-TABLE-HEADER|S-TABLE-CELL)$/.test(c.tagName) || /^(cell|columnheader|gridcell)$/.test(c.getAttribute('role') ?? '')).flatMap((c) => Array<Element>(Math.min(8, Math.max(1, (c as HTMLTableCellElement).colSpan || 1))).fill(c));
      // A carried header fits only rows of as many cells.
      if (!cells.length || (fromHeader && cols === fromHeader && cells.length !== fromHeader.length)) continue;
      const texts = cells.map((c, i) => (cols?.[i] === 'title' ? nameCell(c) : squash(c.textContent ?? '')));
      if (!cols) {
        const ids = columns(texts, headers);
        if (ids.filter(Boolean).length >= 2) cols = ids;
        continue;
      }
      // One cell across the columns heads a group of rows (a parcel: "包裹 - 1 中通快递 运单号…"), no item.
      if (cells.length > 1 && cells.every((c) => c === cells[0])) continue;
      const rec: Record<string, string> = {};
      texts.forEach((t, i) => {
        const id = cols![i];
        if (id && t) rec[id] = t;
      });
      if (Object.keys(rec).length) rows.push(rec);
    }
    if (cols && rows.length) break;
    if (cols) carried = cols;
  }
  return rows.length ? rows : readDivGrid(root, headers);
}

/**
 * A table drawn with plain blocks: a header block whose children are two or more column headers
 * (商品 / 单价 / 数量, Product / Quantity), and the rows after it (its next siblings, or the children of
 * its next sibling) with as many children.
 */
function readDivGrid(root: ParentNode, headers: Record<string, readonly string[]>): Record<string, string>[] {
  const words = new Set(Object.values(headers).flat());
  for (const cell of root.querySelectorAll('div,span,li')) {
    if (cell.childElementCount > 1 || !words.has(squash(cell.textContent ?? ''))) continue;
    const head = cell.parentElement;
    if (!head || head.childElementCount < 2 || (head.previousElementSibling && head.previousElementSibling.childElementCount === head.childElementCount)) continue;
    const cols = columns([...head.children].map((c) => squash(c.textContent ?? '')), headers);
    if (cols.filter(Boolean).length < 2 || !cols.includes('title')) continue;
    const n = head.childElementCount;
    let body = [...siblingsAfter(head)].filter((r) => r.childElementCount === n);
    if (!body.length && head.nextElementSibling) body = [...head.nextElementSibling.children].filter((r) => r.childElementCount === n);
    const rows = body.map((r) => {
      const rec: Record<string, string> = {};
      [...r.children].forEach((c, i) => {
        const t = cols[i] === 'title' ? nameCell(c) : squash(c.textContent ?? '');
        if (cols[i] && t) rec[cols[i]!] = t;
      });
      return rec;
    }).filter((r) => r.title);
    if (rows.length) return rows;
  }
  return [];
}

// A tag before a product's name (<span class="order-info_tag__u7sK">预售</span>, "New", "Gift"), or a picture's stand-in
// text (<div class="goodsImg__W3qsd">商品图</div>: blind set 29's 快手 order).
const TAG_CLASS_WORD = /^(tag|tags|badge|label|mark|flag|img|image|pic)$/i;
/** An element whose class words say it is a tag (order-info_tag__u7sK, jd-tag, goodsTag); shared with goods.ts. */
export const isTagElement = (el: Element | null) => (el?.getAttribute('class') ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^a-zA-Z]+/).some((w) => TAG_CLASS_WORD.test(w));
const isTag = (t: Text) => squash(t.nodeValue ?? '').length <= 6 && isTagElement(t.parentElement);

/** A product cell's name: its first line when it stacks the name over variant or SKU lines (after any tag). */
function nameCell(cell: Element): string {
  const texts = textNodes(cell);
  const first = texts.find((t, i) => i === texts.length - 1 || !isTag(t));
  const own = first?.parentElement;
  // The first text's own element when it is a line of its own (a link, a block), else the first text.
  const line = own && own !== cell && own.childElementCount === 0 ? own.textContent : first?.nodeValue;
  return squash(line ?? '') || squash(cell.textContent ?? '');
}

function* siblingsAfter(el: Element): Generator<Element> {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) yield s;
}
