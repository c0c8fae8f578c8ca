/**
 * The reply-script template engine. A body is plain text with `{name}` and `{name|fallback}`
 * placeholders; `{{` and `}}` are literal braces. Values are pasted in verbatim and never
 * re-parsed or evaluated (no code, no HTML), so a buyer nick like `{x}` or `<b>` stays as typed.
 */
import { SCRIPT_VARIABLES, type ScriptVariable } from './types';

export { varsFromSnapshot, courierName, platformName, formatMoney, shortenProduct, formatToday } from './vars';
export type { VarSettings } from './vars';

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; value?: string; fallback?: string; filled: boolean; known: boolean };

export interface Rendered {
  /** The text to insert; an unfilled variable stays as `{name}` so it can never pass unnoticed. */
  text: string;
  parts: TemplatePart[];
  /** Names of variables with neither a value nor a fallback (deduplicated, in order). */
  missing: string[];
}

export interface RenderOptions {
  /** Values the agent typed for variables the page lacked, including unknown names like `{coupon}`. */
  custom?: Readonly<Record<string, string>>;
}

/**
 * Chinese names agents (and other tools' exports) use for the same variables. Mapped so that an
 * imported `{买家}` fills like `{buyer}`.
 */
export const VARIABLE_ALIASES: Readonly<Record<string, ScriptVariable>> = Object.freeze({
  买家: 'buyer', 昵称: 'buyer', 买家昵称: 'buyer', 订单号: 'order_id', 订单: 'order_id', 商品: 'product',
  商品名: 'product', 宝贝: 'product', 规格: 'sku', 数量: 'qty', 金额: 'amount', 实付: 'amount',
  退款金额: 'refund_amount', 快递: 'courier', 快递公司: 'courier', 物流公司: 'courier', 单号: 'tracking_no',
  运单号: 'tracking_no', 快递单号: 'tracking_no', 物流: 'latest_event', 物流状态: 'latest_event',
  退货地址: 'return_address', 地址: 'return_address', 截止: 'deadline', 期限: 'deadline', 时限: 'deadline',
  店铺: 'shop', 店名: 'shop', 客服: 'agent', 日期: 'today', 今天: 'today', 平台: 'platform',
});

const KNOWN = new Set<string>(SCRIPT_VARIABLES);
// A placeholder name: letters (any script), digits, `_`, `.`, `-`. Anything else inside braces
// (spaces, operators, quotes) is treated as ordinary text, so `{ a + b }` is never a variable.
const NAME_RE = /^[\p{L}\p{N}_.-]{1,40}$/u;

/** The canonical variable name for `raw` (aliases resolved, case-folded for Latin names). */
export function canonicalName(raw: string): string {
  const t = raw.trim();
  // hasOwn, not `in`/indexing: `{constructor}` or `{__proto__}` must not reach Object.prototype.
  if (Object.hasOwn(VARIABLE_ALIASES, t)) return VARIABLE_ALIASES[t];
  return /^[A-Za-z0-9_.-]+$/.test(t) ? t.toLowerCase() : t;
}

/** True when `name` is one of SCRIPT_VARIABLES (after alias resolution). */
export function isKnownVariable(name: string): name is ScriptVariable {
  return KNOWN.has(canonicalName(name));
}

type Token = { kind: 'text'; text: string } | { kind: 'var'; name: string; fallback?: string };

/** Splits a body into text and placeholder tokens. Unbalanced braces are kept as text. */
export function parseTemplate(body: string): Token[] {
  const out: Token[] = [];
  let buf = '';
  const flush = (): void => {
    if (buf) out.push({ kind: 'text', text: buf });
    buf = '';
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '{' && body[i + 1] === '{') { buf += '{'; i += 2; continue; }
    if (c === '}' && body[i + 1] === '}') { buf += '}'; i += 2; continue; }
    if (c === '{') {
      const end = body.indexOf('}', i + 1);
      const next = body.indexOf('{', i + 1);
      if (end > 0 && (next < 0 || next > end)) {
        const inner = body.slice(i + 1, end);
        const bar = inner.indexOf('|');
        const name = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
        if (NAME_RE.test(name)) {
          flush();
          const tok: Token = { kind: 'var', name: canonicalName(name) };
          if (bar >= 0) tok.fallback = inner.slice(bar + 1);
          out.push(tok);
          i = end + 1;
          continue;
        }
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

// Chinese scripts often write `{amount}元` or `¥{amount}` while the value already carries the sign
// (¥129.00); drop the sign rather than send "¥129.00元".
function dropDoubledCurrency(value: string, prev: Token | undefined, next: Token | undefined): string {
  if (!/^[¥￥]\d/.test(value)) return value;
  const before = prev?.kind === 'text' && /[¥￥]\s*$/.test(prev.text);
  const after = next?.kind === 'text' && /^\s*(元|块|rmb|RMB)/.test(next.text);
  return before || after ? value.slice(1) : value;
}

/** The variable names a body uses (canonical, deduplicated, in order). */
export function variablesIn(body: string): string[] {
  const names: string[] = [];
  for (const t of parseTemplate(body)) if (t.kind === 'var' && !names.includes(t.name)) names.push(t.name);
  return names;
}

/**
 * Fills a script body. A variable with no value uses its fallback (an empty fallback `{x|}` drops it);
 * with neither it stays visible as `{name}` and is listed in `missing`, which means "do not insert yet".
 */
export function render(body: string, vars: Partial<Record<ScriptVariable, string>>, opts: RenderOptions = {}): Rendered {
  const parts: TemplatePart[] = [];
  const missing: string[] = [];
  let text = '';
  const tokens = parseTemplate(body);
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.kind === 'text') {
      parts.push(tok);
      text += tok.text;
      continue;
    }
    const known = KNOWN.has(tok.name);
    const custom = opts.custom && Object.hasOwn(opts.custom, tok.name) ? opts.custom[tok.name] : undefined;
    const raw = custom ?? (known ? vars[tok.name as ScriptVariable] : undefined);
    let value = typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
    if (value) value = dropDoubledCurrency(value, tokens[k - 1], tokens[k + 1]);
    const part: TemplatePart = { kind: 'var', name: tok.name, filled: false, known };
    if (tok.fallback !== undefined) part.fallback = tok.fallback;
    if (value !== undefined) {
      part.value = value;
      part.filled = true;
      text += value;
    } else if (tok.fallback !== undefined) {
      part.filled = true;
      text += tok.fallback;
    } else {
      text += `{${tok.name}}`;
      if (!missing.includes(tok.name)) missing.push(tok.name);
    }
    parts.push(part);
  }
  return { text, parts, missing };
}
