/**
 * Classifier speed: messages/s on one core over a mix of our own buyer messages (≥ 100k calls),
 * the naive baseline's speed in the same run, and one call on a 50-message chat (panel budget 50 ms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify, shippedModel } from '../../lib/classify/index';
import { classifyBaseline } from '../../lib/classify/baseline';

// Written for the bench: short and long, zh and en, slang, masked ids, emoji.
const MIX = [
  '快递到哪了',
  '拍了三天了肿么还木有发货啊？？',
  '衣服收到有个破洞，我要退货，运费谁出',
  '能开增值税专票吗，抬头是公司的',
  '显示已签收但是我根本没收到，快递员电话也打不通',
  '鞋子小了一码，想换大一码的可以吗',
  '刚买完就降价了五十块，能补差价吗',
  '你们再不处理我就投诉到12315，顺便给个差评',
  '好的谢谢亲',
  '订单[订单x]的发票什么时候开',
  'Where is my parcel? Tracking has not updated for 4 days 😤',
  'I was charged twice for order 123-4567890-1234567, please refund one of them',
  'The kettle stopped working after a week, is it under warranty?',
  'Can I change the delivery address before it ships?',
  'thanks, all sorted now',
  '这款有没有货，165斤穿多大码，能便宜点包邮吗',
];

function timeLoop(n: number, fn: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return performance.now() - t0;
}

/** Prints the classifier's throughput against the baseline and the 50-message chat latency. */
export async function run(): Promise<void> {
  const N = 120_000;
  // Warm up the JIT so the figures describe the steady state an open panel sees.
  timeLoop(5_000, (i) => classify({ messages: [MIX[i % MIX.length]] }));
  timeLoop(5_000, (i) => classifyBaseline([MIX[i % MIX.length]]));

  const ms = timeLoop(N, (i) => classify({ messages: [MIX[i % MIX.length]] }));
  const msBase = timeLoop(N, (i) => classifyBaseline([MIX[i % MIX.length]]));
  const rate = Math.round((N / ms) * 1000);
  const rateBase = Math.round((N / msBase) * 1000);
  console.log(`classify: ${rate.toLocaleString('en')} messages/s (target ≥ 20,000), ${N.toLocaleString('en')} calls`);
  const file = join(import.meta.dirname, '../../lib/classify/model.generated.ts');
  console.log(`classifier model: ${shippedModel().names.length.toLocaleString('en')} features, ${(gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1)} kB gzip (target ≤ 150 kB)`);
  console.log(`classify baseline (typical-word count): ${rateBase.toLocaleString('en')} messages/s; classifier runs at ${(rate / rateBase).toFixed(2)}× the baseline's speed`);

  const chat = Array.from({ length: 50 }, (_, i) => ({ role: (i % 2 ? 'seller' : 'buyer') as 'buyer' | 'seller', text: MIX[i % MIX.length] }));
  const snapshot = { orderStage: 'shipped' as const, afterSales: { state: 'requested' as const } };
  const tc = performance.now();
  classify({ messages: chat.slice(0, 49).concat([{ role: 'buyer', text: '这是一条新消息，快递到底到哪了' }]), snapshot });
  const cold = performance.now() - tc;
  for (let r = 0; r < 50; r++) classify({ messages: chat, snapshot });
  const reps = 500;
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    classify({ messages: chat, snapshot });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(reps / 2)];
  const p99 = times[Math.floor(reps * 0.99)];
  console.log(`classify 50-message chat: first call ${cold.toFixed(2)} ms, then median ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target ≤ 50 ms)`);
}
