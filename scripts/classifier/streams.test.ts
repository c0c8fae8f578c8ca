import { describe, expect, it } from 'vitest';
import { agreement, isValidation, splitStream, streamOf, writerFolds } from './streams';

const line = (id: string, primary = 'other', extra: Record<string, unknown> = {}) => ({ id, messages: ['在吗'], primary, labels: [primary], risk: false, risk_kinds: [], sentiment: 'calm', lang: 'zh', register: 'zh-stream-x', ...extra });

describe('stream files', () => {
  it('send a fifth of the cases, chosen by their ids, to validation, and drop the ids', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => line(`zh-stream-x-${i + 1}`));
    const { train, validation } = splitStream(cases);
    expect(train.length + validation.length).toBe(1000);
    expect(validation.length).toBeGreaterThan(150);
    expect(validation.length).toBeLessThan(250);
    expect(JSON.parse(validation[0]).id).toBeUndefined();
    // The same id always lands on the same side (the split does not depend on order or on the other cases).
    expect(isValidation('zh-stream-x-7')).toBe(isValidation('zh-stream-x-7'));
    expect(splitStream([...cases].reverse()).validation.length).toBe(validation.length);
  });

  it('keep the mark of a mood read by the spec alone, and add none where there was none', () => {
    const [a, b] = [line('zh-stream-x-1', 'other', { mood_read: 'spec' }), line('zh-stream-x-2')].map((c) => JSON.parse([...Object.values(splitStream([c]))].flat()[0]));
    expect(a.mood_read).toBe('spec');
    expect('mood_read' in b).toBe(false);
  });

  it('measure how far two labellings agree, matched by id', () => {
    const a = [line('1', 'presale'), line('2', 'other', { labels: ['other', 'complaint'] }), line('3', 'invoice', { sentiment: 'angry' })];
    const b = [line('2', 'complaint'), line('1', 'presale'), line('9', 'review')];
    expect(agreement(a, b)).toEqual({ n: 2, primary: 0.5, listed: 1, risk: 1, sentiment: 1 });
  });

  it('keep a writer whole when the streams are dealt into folds: both halves of a file go to one fold', () => {
    expect(streamOf('train/zh-stream-jd-single-2.jsonl:14')).toBe('zh-stream-jd-single-2');
    expect(streamOf('validation/zh-stream-jd-single-2-val.jsonl:3')).toBe('zh-stream-jd-single-2');
    expect(streamOf('train/zh-a.jsonl:5')).toBeUndefined();
    const names = ['en-stream-b', 'zh-stream-a', 'en-stream-a', 'zh-stream-c', 'zh-stream-b', 'en-stream-b'];
    const folds = writerFolds(names, 2);
    expect(folds.size).toBe(5);
    expect([...folds.values()].filter((k) => k === 0)).toHaveLength(3);
    expect(folds.get('en-stream-a')).not.toBe(folds.get('en-stream-b'));
  });
});
