import { describe, expect, it } from 'vitest';
import { AUTO_REPLY_PREFIX, AUTO_REPLY_TAG } from './auto-reply';

describe('automatic shop messages (one word list for the page reader and the wait timer)', () => {
  it('a tag of its own is an automatic-reply tag; a sentence holding the word is not', () => {
    for (const t of ['自动回复', '【机器人回复】', '[Auto-reply]', 'automated response', '（智能助手）']) expect(AUTO_REPLY_TAG.test(t), t).toBe(true);
    for (const t of ['我们不是自动回复哦', 'not an auto-reply, a real person here', '机器人吸尘器']) expect(AUTO_REPLY_TAG.test(t), t).toBe(false);
  });

  it('a text that starts as an automatic message does; a bottle or a robot vacuum does not', () => {
    for (const t of ['【自动回复】您好，客服稍后回复', '[bot] thanks for your message', '自动回复：亲，在的', 'Auto-reply: we are away']) expect(AUTO_REPLY_PREFIX.test(t), t).toBe(true);
    for (const t of ['[bottle] is this one leak-proof?', '机器人吸尘器什么时候发货', '您好，我是客服小美']) expect(AUTO_REPLY_PREFIX.test(t), t).toBe(false);
  });
});
