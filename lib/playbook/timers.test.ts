import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../snapshot';
import { formatDuration, isHumanAnswer, serviceTimers, timerLevel } from './timers';

const base = Date.parse('2026-11-18T09:00:00+08:00');
const at = (sec: number) => new Date(base + sec * 1000).toISOString();
const m = (role: ChatMessage['role'], text: string, sec?: number): ChatMessage =>
  sec === undefined ? { role, text } : { role, text, time: at(sec) };

describe('serviceTimers: waiting', () => {
  it.each([
    // [messages, now (s), expected waiting seconds or null, level]
    [[m('buyer', '在吗', 0)], 10, 10, 'green'],
    [[m('buyer', '在吗', 0)], 15, 15, 'amber'],
    [[m('buyer', '在吗', 0)], 30, 30, 'red'],
    [[m('buyer', '在吗', 0), m('seller', '在的亲', 8)], 100, null, null],
    // Counts from the OLDEST unanswered buyer message, not the newest.
    [[m('buyer', 'a', 0), m('seller', 'b', 5), m('buyer', '发货了吗', 20), m('buyer', '？？', 40)], 45, 25, 'amber'],
    // A bot reply recorded as system does not answer the buyer.
    [[m('buyer', '怎么还不发货', 0), m('system', '您好，客服小蜜为您服务', 1)], 40, 40, 'red'],
    // Nor does a seller message that is an auto-reply.
    [[m('buyer', 'hi', 0), m('seller', '【自动回复】亲，客服稍后回复您', 1)], 20, 20, 'amber'],
    [[m('buyer', 'hi', 0), m('seller', '[Auto-reply] We will get back to you soon', 1)], 5, 5, 'green'],
    // A real answer that happens to mention a robot vacuum is still an answer.
    [[m('buyer', '扫地机坏了', 0), m('seller', '机器人吸尘器的话请先重启一下', 10)], 60, null, null],
    // Timeless buyer messages cannot be measured; the first timed one is used.
    [[m('seller', 'hi', 0), m('buyer', 'no time'), m('buyer', 'with time', 10)], 20, 10, 'green'],
    [[m('buyer', 'no time at all')], 20, null, null],
    [[], 20, null, null],
  ] as const)('case %#', (messages, nowSec, seconds, level) => {
    const { waiting } = serviceTimers(messages as unknown as ChatMessage[], base + nowSec * 1000);
    if (seconds === null) expect(waiting).toBeNull();
    else {
      expect(waiting?.seconds).toBe(seconds);
      expect(waiting?.level).toBe(level);
    }
  });

  it('uses configurable limits and ignores nonsense ones', () => {
    const msgs = [m('buyer', '在吗', 0)];
    expect(serviceTimers(msgs, base + 40_000, { firstResponseSec: 120 }).waiting?.level).toBe('green');
    expect(serviceTimers(msgs, base + 60_000, { firstResponseSec: 120 }).waiting?.level).toBe('amber');
    expect(serviceTimers(msgs, base + 40_000, { firstResponseSec: 0 }).waiting?.level).toBe('red');
    expect(serviceTimers(msgs, base + 40_000, { firstResponseSec: Number.NaN }).waiting?.level).toBe('red');
  });

  it('never reports negative time when a message is stamped after now', () => {
    expect(serviceTimers([m('buyer', 'x', 60)], new Date(base)).waiting?.seconds).toBe(0);
  });
});

describe('serviceTimers: case age', () => {
  it('counts from the first buyer message, answered or not', () => {
    const msgs = [m('system', '订单卡片', -600), m('buyer', '退货', 0), m('seller', '好的', 20), m('buyer', '地址呢', 3000)];
    const { caseAge } = serviceTimers(msgs, base + 61 * 60_000);
    expect(caseAge?.since.toISOString()).toBe(at(0));
    expect(caseAge?.minutes).toBe(61);
    expect(caseAge?.level).toBe('amber');
    expect(serviceTimers(msgs, base + 59 * 60_000).caseAge?.level).toBe('green');
    expect(serviceTimers(msgs, base + 120 * 60_000).caseAge?.level).toBe('red');
    expect(serviceTimers(msgs, base + 50 * 60_000, { resolutionMin: 60 }).caseAge?.level).toBe('amber');
  });

  it('starts a new case after a long silence', () => {
    const day = 24 * 3600;
    const msgs = [m('buyer', '什么时候发货', 0), m('seller', '明天', 30), m('seller', '已发出', 2 * day), m('buyer', '坏了', 2 * day + 600)];
    const { caseAge } = serviceTimers(msgs, base + (2 * day + 1200) * 1000);
    expect(caseAge?.since.toISOString()).toBe(at(2 * day + 600));
    expect(caseAge?.minutes).toBe(10);
    // With a longer gap setting it is all one case.
    expect(serviceTimers(msgs, base + (2 * day + 1200) * 1000, { caseGapHours: 72 }).caseAge?.since.toISOString()).toBe(at(0));
  });

  it('is null with no timed buyer message', () => {
    expect(serviceTimers([m('seller', 'hi', 0), m('buyer', 'x')], base).caseAge).toBeNull();
  });
});

describe('helpers', () => {
  it('timerLevel: amber from half the limit, red at the limit', () => {
    expect([14, 15, 29, 30, 31].map((v) => timerLevel(v, 30))).toEqual(['green', 'amber', 'amber', 'red', 'red']);
  });

  it('isHumanAnswer: only seller messages that are not auto-replies', () => {
    expect(isHumanAnswer(m('seller', '亲，在的'))).toBe(true);
    expect(isHumanAnswer(m('seller', '自动回复：您好'))).toBe(false);
    expect(isHumanAnswer(m('seller', 'Both sizes are in stock'))).toBe(true);
    expect(isHumanAnswer(m('system', '亲，在的'))).toBe(false);
    expect(isHumanAnswer(m('buyer', '亲，在的'))).toBe(false);
  });

  it('formatDuration in both languages', () => {
    expect(formatDuration(45_000, 'zh')).toBe('45秒');
    expect(formatDuration(45_000, 'en')).toBe('45 s');
    expect(formatDuration(5 * 60_000, 'zh')).toBe('5分钟');
    expect(formatDuration(2 * 3600_000 + 5 * 60_000, 'zh')).toBe('2小时5分钟');
    expect(formatDuration(27 * 3600_000, 'en')).toBe('1 d 3 h');
  });
});
