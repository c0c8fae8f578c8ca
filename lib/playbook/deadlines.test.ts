import { describe, expect, it } from 'vitest';
import { PLATFORMS, type ChatMessage, type PageSnapshot } from '../snapshot';
import {
  DEADLINE_LABELS, DEFAULT_DEADLINES, deadlineHours, describeDue, dueSince, formatTimeLeft, mergeDeadlines, paidSince, parseDeadlineOverrides,
  stateSince, stepTimeLeft, timeLeft, buyerDeadlineText,
} from './deadlines';
import { formatDuration } from './duration';
import { nextSteps } from './steps';
import { DEADLINE_KINDS } from './types';

const H = 3600_000;
const t0 = new Date('2026-11-18T09:00:00+08:00');
const at = (hours: number) => new Date(t0.getTime() + hours * H);

describe('DEFAULT_DEADLINES', () => {
  it('has every kind in the default row with a positive number of hours', () => {
    for (const k of DEADLINE_KINDS) expect(DEFAULT_DEADLINES.default[k]).toBeGreaterThan(0);
  });

  it('has a row for every platform, and the spec’s rough timers', () => {
    for (const p of PLATFORMS) expect(DEFAULT_DEADLINES[p]).toBeDefined();
    for (const p of ['taobao', 'pinduoduo', 'douyin'] as const) expect(deadlineHours('respond_refund_request', p)).toBe(48);
    expect(deadlineHours('reply_buyer_message', 'amazon')).toBe(24);
    expect(deadlineHours('upload_evidence', 'amazon')).toBe(72);
    expect(deadlineHours('respond_refund_request', 'shopify')).toBe(48);
    // A platform with no row of its own falls back to the default one.
    expect(deadlineHours('upload_evidence', 'unknown')).toBe(DEFAULT_DEADLINES.default.upload_evidence);
  });
});

describe('timeLeft', () => {
  it.each([
    // [hours since the start, expected ms left, level] for a 48 h window
    [0, 48 * H, 'ok'],
    [35, 13 * H, 'ok'],
    [36, 12 * H, 'soon'], // last quarter of 48 h = 12 h
    [47.5, 0.5 * H, 'soon'],
    [48, 0, 'overdue'],
    [50, -2 * H, 'overdue'],
  ] as const)('%s h into a 48 h window → %s ms left, %s', (elapsed, msLeft, level) => {
    const t = timeLeft('respond_refund_request', 'pinduoduo', t0, at(elapsed));
    expect(t?.dueAt.toISOString()).toBe(at(48).toISOString());
    expect(t?.msLeft).toBe(msLeft);
    expect(t?.level).toBe(level);
  });

  it('caps "soon" at one day for long windows', () => {
    // Taobao confirm_return_receipt: 240 h. A quarter would be 60 h; capped to 24 h.
    expect(timeLeft('confirm_return_receipt', 'taobao', t0, at(200))?.level).toBe('ok');
    expect(timeLeft('confirm_return_receipt', 'taobao', t0, at(217))?.level).toBe('soon');
  });

  it('accepts now as epoch ms and uses the given table', () => {
    const table = mergeDeadlines(DEFAULT_DEADLINES, { pinduoduo: { respond_refund_request: 24 } });
    const t = timeLeft('respond_refund_request', 'pinduoduo', t0, at(30).getTime(), table);
    expect(t?.msLeft).toBe(-6 * H);
    expect(t?.level).toBe('overdue');
  });

  it('is undefined without a start time', () => {
    expect(timeLeft('upload_evidence', 'taobao', undefined, t0)).toBeUndefined();
    expect(timeLeft('upload_evidence', 'taobao', new Date('nonsense'), t0)).toBeUndefined();
  });
});

describe('formatting', () => {
  it.each([
    [27 * H, 'zh', '剩余 1天3小时'],
    [27 * H, 'en', '1 d 3 h left'],
    [-2 * H, 'zh', '已超时 2小时'],
    [-2 * H, 'en', 'overdue by 2 h'],
    [-(2 * H + 5 * 60_000), 'en', 'overdue by 2 h 5 min'],
    [48 * H, 'zh', '剩余 2天'],
    [90_000, 'en', '1 min left'],
    [0, 'en', 'overdue by 0 s'],
  ] as const)('%s ms (%s) → %s', (ms, lang, want) => {
    expect(formatTimeLeft({ msLeft: ms }, lang)).toBe(want);
  });

  it('formats durations rounding down, two units at most', () => {
    expect(formatDuration(59_999, 'zh')).toBe('59秒');
    expect(formatDuration(3 * H + 59 * 60_000 + 59_000, 'en')).toBe('3 h 59 min');
    expect(formatDuration(25 * H + 30 * 60_000, 'zh')).toBe('1天1小时');
    expect(formatDuration(-5, 'en')).toBe('0 s');
  });
});

describe('mergeDeadlines / parseDeadlineOverrides', () => {
  it('applies overrides on top of the defaults without touching them', () => {
    const table = mergeDeadlines(DEFAULT_DEADLINES, { taobao: { upload_evidence: 24 }, default: { reply_buyer_message: 2 } });
    expect(table.taobao.upload_evidence).toBe(24);
    expect(table.taobao.respond_refund_request).toBe(DEFAULT_DEADLINES.taobao.respond_refund_request);
    expect(table.default.reply_buyer_message).toBe(2);
    expect(DEFAULT_DEADLINES.taobao.upload_evidence).toBe(72);
    expect(mergeDeadlines(DEFAULT_DEADLINES, undefined)).toEqual(DEFAULT_DEADLINES);
  });

  it.each([
    [{ taobao: { upload_evidence: -3 } }, 'taobao.upload_evidence: hours must be more than 0'],
    [{ taobao: { upload_evidence: 0 } }, 'taobao.upload_evidence: hours must be more than 0'],
    [{ jd: { ship_after_payment: '48' } }, 'jd.ship_after_payment: hours must be a number'],
    [{ jd: { ship_after_payment: Number.POSITIVE_INFINITY } }, 'jd.ship_after_payment: hours must be a finite number'],
    [{ douyin: { upload_evidence: 100_000 } }, 'douyin.upload_evidence: hours must be at most'],
    [{ taoboa: { upload_evidence: 3 } }, 'unknown platform'],
    [{ taobao: { upload_evidnce: 3 } }, 'unknown deadline kind'],
    [{ jd: 5 }, 'jd: must be a list of deadline kinds'],
    [{ jd: [48] }, 'jd: must be a list of deadline kinds'],
    ['48', 'deadline settings must be an object of platforms'],
    [[], 'deadline settings must be an object of platforms'],
  ])('rejects %j with a clear message', (bad, message) => {
    const res = parseDeadlineOverrides(bad);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors.join('\n')).toContain(message);
    expect(() => mergeDeadlines(DEFAULT_DEADLINES, bad)).toThrow(/Invalid deadline settings/);
  });

  it('lists every problem at once', () => {
    const res = parseDeadlineOverrides({ taobao: { upload_evidence: -1, ship_after_payment: 'x' } });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors).toHaveLength(2);
  });
});

describe('stateSince and friends', () => {
  const msgs: ChatMessage[] = [
    { role: 'system', text: '买家已付款', time: '2026-11-15T10:00:00+08:00' },
    { role: 'system', text: '买家申请退货退款，待商家处理', time: '2026-11-17T09:00:00+08:00' },
    { role: 'buyer', text: '我已经申请退款了，快点处理', time: '2026-11-17T09:05:00+08:00' },
    { role: 'system', text: '商家已同意退货，等待买家退货', time: '2026-11-17T12:00:00+08:00' },
    { role: 'buyer', text: '寄回了', time: '2026-11-18T08:00:00+08:00' },
    { role: 'system', text: '买家已退货，退货物流：中通 7881234', time: '2026-11-18T08:30:00+08:00' },
  ];
  const snap = (state: PageSnapshot['afterSales'], messages = msgs): Pick<PageSnapshot, 'platform' | 'afterSales' | 'messages'> => ({
    platform: 'taobao', afterSales: state, messages,
  });

  it.each([
    ['requested', '2026-11-17T01:00:00.000Z'],
    ['awaiting_return', '2026-11-17T04:00:00.000Z'],
    ['returned', '2026-11-18T00:30:00.000Z'],
  ] as const)('%s started at %s (system notices only, not the buyer’s words)', (state, iso) => {
    expect(stateSince(snap({ state }))?.toISOString()).toBe(iso);
  });

  it('is undefined when no notice names the state, or there is no case', () => {
    expect(stateSince(snap({ state: 'platform' }))).toBeUndefined();
    expect(stateSince(snap({ state: 'none' }))).toBeUndefined();
    expect(stateSince(snap(undefined))).toBeUndefined();
    expect(stateSince(snap({ state: 'requested' }, [{ role: 'system', text: '买家申请退款' }]))).toBeUndefined();
  });

  it('picks the latest matching notice by time', () => {
    const again: ChatMessage[] = [
      { role: 'system', text: '平台介入处理中', time: '2026-11-19T10:00:00+08:00' },
      { role: 'system', text: '买家申请平台介入', time: '2026-11-18T10:00:00+08:00' },
    ];
    expect(stateSince(snap({ state: 'platform' }, again))?.toISOString()).toBe('2026-11-19T02:00:00.000Z');
  });

  it('reads payment time and the last buyer message for the other due kinds', () => {
    expect(paidSince(snap(undefined))?.toISOString()).toBe('2026-11-15T02:00:00.000Z');
    expect(dueSince('last_buyer_message', snap(undefined))?.toISOString()).toBe('2026-11-18T00:00:00.000Z');
  });

  it('gives the time left on each step of the returned case', () => {
    const s = snap({ state: 'returned' });
    const steps = nextSteps({ scenarios: [{ id: 'return_refund', score: 1 }], state: 'returned', risk: { flags: [] } });
    const confirm = steps.find((x) => x.id === 'return.confirm_receipt')!;
    const t = stepTimeLeft(confirm, s, new Date('2026-11-20T08:30:00+08:00'));
    expect(t?.kind).toBe('confirm_return_receipt');
    expect(t?.msLeft).toBe(8 * 24 * H); // Taobao: 10 days from 11-18 08:30
    expect(stepTimeLeft(steps.find((x) => x.id === 'return.inspect')!, s, t0)).toBeUndefined();
  });
});

describe('describeDue', () => {
  const snapshot = (messages: ChatMessage[]): Pick<PageSnapshot, 'platform' | 'afterSales' | 'messages'> => ({
    platform: 'douyin', afterSales: { state: 'platform', raw: '平台介入中' }, messages,
  });
  const due = { kind: 'upload_evidence', from: 'state_since' } as const;

  it('shows the time left when the page shows when the state began', () => {
    const d = describeDue(due, snapshot([{ role: 'system', text: '平台已介入处理', time: '2026-11-18T09:00:00+08:00' }]), at(50), 'zh');
    expect(d).toMatchObject({ level: 'overdue', text: '已超时 2小时' });
    expect(describeDue(due, snapshot([{ role: 'system', text: '平台已介入处理', time: '2026-11-18T09:00:00+08:00' }]), at(20), 'en')?.text).toBe('1 d 4 h left');
  });

  it('says the start is unknown instead of guessing', () => {
    const d = describeDue(due, snapshot([]), at(50), 'en');
    expect(d?.level).toBe('unknown');
    expect(d?.text).toBe('2 d limit (the page does not show when it started)');
    expect(describeDue(due, snapshot([]), at(50), 'zh')?.text).toBe('时限 2天（页面上看不到开始时间）');
    expect(d?.timeLeft).toBeUndefined();
  });

  it('has a label for every kind', () => {
    for (const k of DEADLINE_KINDS) expect(DEADLINE_LABELS[k].zh && DEADLINE_LABELS[k].en).toBeTruthy();
  });
});

describe('state notices', () => {
  it.each([
    ['requested', '买家发起了退款', true],
    ['requested', '买家申请仅退款，待商家处理', true],
    ['awaiting_return', '商家已同意退货，待买家寄回', true],
    ['awaiting_return', '已同意退款退货，待用户发货', true],
    ['returned', '买家已填写退货物流单号', true],
    ['refunded', '同意退款，退款中', true],
    ['refunded', '已同意退款退货，待用户发货', false],
    ['refused', '商家已拒绝退款申请', true],
    ['platform', '平台已介入处理', true],
    ['platform', '买家申请平台介入', true],
    ['closed', '买家已撤销退款申请', true],
    ['platform', '买家申请退款', false],
  ] as const)('%s ← "%s": %s', (state, text, found) => {
    const since = stateSince({ afterSales: { state }, messages: [{ role: 'system', text, time: '2026-11-18T09:00:00+08:00' }] });
    expect(since !== undefined).toBe(found);
  });
});

describe('buyerDeadlineText', () => {
  const agreed = (state: 'awaiting_return' | 'requested') => ({
    platform: 'taobao' as const,
    afterSales: { state },
    messages: [{ role: 'system' as const, text: '商家已同意退货，等待买家退货', time: '2026-11-20T09:00:00+08:00' }],
  });
  it('gives the date the buyer must ship the return by, from the agreement notice and the table', () => {
    const table = mergeDeadlines(DEFAULT_DEADLINES, { taobao: { buyer_return_shipping: 24 * 7 } });
    expect(buyerDeadlineText(agreed('awaiting_return'), 'zh', table, 'Asia/Shanghai')).toBe('11月27日 09:00');
    expect(buyerDeadlineText(agreed('awaiting_return'), 'en', table, 'Asia/Shanghai')).toBe('Nov 27, 09:00');
  });
  it('says nothing in other states or without the start time', () => {
    expect(buyerDeadlineText(agreed('requested'), 'zh')).toBeUndefined();
    expect(buyerDeadlineText({ platform: 'taobao', afterSales: { state: 'awaiting_return' }, messages: [] }, 'zh')).toBeUndefined();
  });
});
