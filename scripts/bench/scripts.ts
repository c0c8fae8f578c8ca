/**
 * Benchmark of the script engine: index build and per-keystroke search over 5,000 synthetic scripts
 * (zh + en, ~120-character bodies), against a naive scan in the same run; plus suggest() and render().
 * Run: npx tsx -e "import('./scripts/bench/scripts.ts').then(m=>m.run())"
 */
import { cpus, loadavg } from 'node:os';
import { pinyin } from 'pinyin-pro';
import { SCENARIO_IDS } from '../../lib/scenarios';
import { suggest } from '../../lib/replies/rank';
import { buildIndex, normalise, search } from '../../lib/replies/search';
import { render } from '../../lib/replies/template';
import type { Script } from '../../lib/replies/types';
import { rng } from './rng';

const N = 5_000;
const TARGET_MS = 2;

const ZH_TITLE = ['退款', '到账', '退货', '换货', '发货', '物流', '催单', '地址', '补发', '破损', '发票', '尺码', '安抚', '优惠', '保修', '签收', '拒收', '延迟', '说明', '确认', '提醒', '售后', '查询', '回访'];
const ZH_BODY = [
  '亲，您好，', '这边已经帮您查询过了，', '{courier|快递}显示包裹正在派送途中，', '退款会按原路退回到您的账户，',
  '请您耐心等待一到三个工作日，', '麻烦您拍一下商品和外包装的照片，', '我们核实后马上为您处理，', '给您带来不便非常抱歉，',
  '订单{order_id}已经登记好了，', '如有其他问题随时联系我们哦，', '仓库今天下午统一安排发出，', '请把商品寄回{return_address|售后地址}，',
];
const EN_TITLE = ['Refund', 'arrived', 'Return', 'label', 'Exchange', 'Tracking', 'update', 'Delay', 'apology', 'Invoice', 'Size', 'guide', 'Damaged', 'item', 'Thanks', 'Warranty'];
const EN_BODY = [
  'Hi {buyer}, ', 'thanks for reaching out. ', 'Your parcel is on its way with {courier|the carrier}. ', 'The refund goes back to your original payment method. ',
  'Please allow 3-5 business days. ', 'Could you send a photo of the item? ', 'We are sorry for the trouble. ', 'Your order {order_id} is confirmed. ',
];

/** 5,000 synthetic scripts, about two thirds Chinese. */
export function syntheticScripts(n = N, seed = 42): Script[] {
  const r = rng(seed);
  const pickN = (xs: string[], k: number): string[] => Array.from({ length: k }, () => xs[Math.floor(r() * xs.length)]);
  const out: Script[] = [];
  for (let i = 0; i < n; i++) {
    const zh = r() < 0.66;
    let body = '';
    while (body.length < 120) body += pickN(zh ? ZH_BODY : EN_BODY, 1)[0];
    out.push({
      id: `bench.${i}`,
      title: zh ? pickN(ZH_TITLE, 2 + Math.floor(r() * 2)).join('') : pickN(EN_TITLE, 2).join(' '),
      body: body.slice(0, 140),
      scenarios: [SCENARIO_IDS[Math.floor(r() * SCENARIO_IDS.length)]],
      stages: [],
      states: [],
      lang: zh ? 'zh' : 'en',
      tags: pickN(zh ? ['安抚', '退款', '物流', '催评'] : ['refund', 'shipping', 'thanks'], 1),
      shortcut: r() < 0.3 ? `${zh ? 'z' : 'e'}${i.toString(36)}` : undefined,
      folder: zh ? pickN(['售后/退款', '售后/退货', '售中/物流', '售前'], 1)[0] : pickN(['After-sales', 'Shipping'], 1)[0],
    });
  }
  return out;
}

/**
 * The naive way (what a simple extension does): keep lower-cased text and the pinyin of title and
 * body per script, and scan every script with `includes` on each keystroke.
 */
function naiveIndex(scripts: readonly Script[]): { s: Script; text: string; full: string; initials: string }[] {
  return scripts.map((s) => {
    const text = normalise(`${s.shortcut ?? ''} ${s.title} ${s.tags.join(' ')} ${s.folder ?? ''} ${s.body}`);
    const py = pinyin(`${s.title}${s.body}`, { toneType: 'none', type: 'array', nonZh: 'removed' });
    return { s, text, full: py.join(''), initials: py.map((p) => p[0] ?? '').join('') };
  });
}

function naiveSearch(ix: ReturnType<typeof naiveIndex>, q: string, limit = 20): Script[] {
  const t = normalise(q);
  const hits: { s: Script; score: number }[] = [];
  for (const d of ix) {
    const score = d.text.includes(t) ? 3 : d.full.includes(t) ? 2 : d.initials.includes(t) ? 1 : 0;
    if (score) hits.push({ s: d.s, score });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map((h) => h.s);
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const KEYSTROKES = ['t', 'tk', 'tkd', 'tkdz', '退', '退款', 'r', 're', 'ref', 'refu', 'refun', 'refund'];

/** Prints the figures (one per line). */
export async function run(): Promise<void> {
  const scripts = syntheticScripts();
  const chars = scripts.reduce((a, s) => a + s.body.length, 0) / scripts.length;
  // Other processes on the machine inflate the tail (p95) most; print the load so runs compare fairly.
  console.log(`scripts: machine load ${loadavg()[0].toFixed(1)} on ${cpus().length} CPU(s)`);
  console.log(`scripts: ${scripts.length} synthetic scripts (${scripts.filter((s) => s.lang === 'zh').length} zh), mean body ${chars.toFixed(0)} chars`);

  const buildMs = time(() => buildIndex(scripts));
  const idx = buildIndex(scripts);
  console.log(`scripts.search index build: ${buildMs.toFixed(1)} ms`);
  const naiveBuildMs = time(() => naiveIndex(scripts));
  const naive = naiveIndex(scripts);
  console.log(`scripts.search naive build (pinyin of title+body): ${naiveBuildMs.toFixed(1)} ms`);

  // Warm up both, then measure every keystroke REPS times.
  const REPS = 60;
  for (const q of KEYSTROKES) { search(idx, q); naiveSearch(naive, q); }
  const ours: number[] = [];
  const base: number[] = [];
  const perQuery: string[] = [];
  for (const q of KEYSTROKES) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < REPS; i++) {
      a.push(time(() => search(idx, q, 20)));
      b.push(time(() => naiveSearch(naive, q, 20)));
    }
    ours.push(...a);
    base.push(...b);
    perQuery.push(`${q}=${stats(a).median.toFixed(3)}`);
  }
  const o = stats(ours);
  const n = stats(base);
  console.log(`scripts.search per keystroke: median ${o.median.toFixed(3)} ms, p95 ${o.p95.toFixed(3)} ms (target ≤ ${TARGET_MS} ms) ${o.p95 <= TARGET_MS ? 'OK' : 'OVER BUDGET'}`);
  console.log(`scripts.search per-query medians (ms): ${perQuery.join(' ')}`);
  console.log(`scripts.search naive scan per keystroke: median ${n.median.toFixed(3)} ms, p95 ${n.p95.toFixed(3)} ms`);
  console.log(`scripts.search speed-up vs naive: ×${(n.median / o.median).toFixed(1)} median, ×${(n.p95 / o.p95).toFixed(1)} p95`);

  // Suggestions over the whole library, and rendering.
  const usage = new Map(scripts.slice(0, 500).map((s, i) => [s.id, { count: (i % 7) + 1, lastAt: Date.now() - i * 3600_000 }]));
  const ctx = { scenarios: [{ id: 'refund_only', score: 0.8 }, { id: 'return_refund', score: 0.4 }], state: 'requested' as const, risk: false, lang: 'zh' as const, usage, favourites: new Set<string>(), now: Date.now() };
  const sug: number[] = [];
  for (let i = 0; i < 20; i++) sug.push(time(() => suggest(scripts, ctx, { limit: 10 })));
  console.log(`scripts.suggest over ${scripts.length}: median ${stats(sug).median.toFixed(3)} ms`);
  const vars = { buyer: '小林', order_id: '2411180831', courier: '顺丰速运' };
  const t = time(() => { for (const s of scripts) render(s.body, vars); });
  console.log(`scripts.render: ${((t / scripts.length) * 1000).toFixed(2)} µs per script`);
}
