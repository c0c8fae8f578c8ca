/** The reply library as the panel sees it (built-ins merged with the agent's rows), usage and script settings, all live. */
import { useMemo } from 'preact/hooks';
import { listRows } from '../../lib/db/replies';
import { usageStats, type UsageStat } from '../../lib/db/usage';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin';
import { mergeLibrary, type Library } from '../../lib/replies/library';
import type { UserScript } from '../../lib/replies/record';
import { buildIndex, type SearchIndex } from '../../lib/replies/search';
import type { LibraryScript } from '../../lib/replies/library';
import { useApi } from '../api';
import { useLive } from '../hooks';
import { defaultPrefs, readPrefs, type ScriptPrefs } from '../../lib/replies/fill';
import type { Lang } from '../../lib/i18n';

export interface ScriptData {
  rows: UserScript[];
  lib: Library;
  index: SearchIndex<LibraryScript>;
  prefs: ScriptPrefs;
  loaded: boolean;
}

const EMPTY: UserScript[] = [];

/** Rows, merged library and its search index (rebuilt only when the rows change), prefs. */
export function useScriptData(): ScriptData {
  const api = useApi();
  const rows = useLive(() => listRows(api.db), [api.db], null as UserScript[] | null);
  const prefs = useLive(() => readPrefs(api.db), [api.db], defaultPrefs());
  const lib = useMemo(() => mergeLibrary(BUILTIN_SCRIPTS, rows ?? EMPTY), [rows]);
  const index = useMemo(() => buildIndex(lib.scripts), [lib]);
  return { rows: rows ?? EMPTY, lib, index, prefs, loaded: rows !== null };
}

/** Usage stats for ranking (live: an insert in this panel re-ranks at once); null until read. */
export function useUsage(): Map<string, UsageStat> | null {
  const api = useApi();
  return useLive(() => usageStats(api.db), [api.db], null as Map<string, UsageStat> | null);
}

/** Display names of the variables, for inline fields and the editor's help. */
export const VAR_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  buyer: { zh: '买家', en: 'buyer' },
  order_id: { zh: '订单号', en: 'order no.' },
  product: { zh: '商品', en: 'product' },
  sku: { zh: '规格', en: 'variant' },
  qty: { zh: '数量', en: 'qty' },
  amount: { zh: '金额', en: 'amount' },
  refund_amount: { zh: '退款金额', en: 'refund' },
  courier: { zh: '快递公司', en: 'carrier' },
  tracking_no: { zh: '运单号', en: 'tracking no.' },
  latest_event: { zh: '物流状态', en: 'tracking status' },
  return_address: { zh: '退货地址', en: 'return address' },
  deadline: { zh: '截止时间', en: 'deadline' },
  shop: { zh: '店铺名', en: 'shop name' },
  agent: { zh: '客服名', en: 'agent name' },
  today: { zh: '日期', en: 'date' },
  platform: { zh: '平台', en: 'platform' },
};

/** A variable's display name (unknown names as written). */
export function varLabel(name: string, lang: Lang): string {
  return VAR_LABELS[name]?.[lang] ?? name;
}
