import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from './corpus';

describe('corpus lines', () => {
  const line = (o: Record<string, unknown>) => JSON.stringify({ messages: ['再不退款我就投诉'], primary: 'complaint', labels: ['complaint'], risk: true, sentiment: 'angry', lang: 'zh', ...o });

  it('reads the risk kinds by their flag names and by the brief\'s short names', () => {
    expect(parseCorpusLine(line({ risk_kinds: ['complaint_threat'] }), 't').risk_kinds).toEqual(['complaint_threat']);
    expect(parseCorpusLine(line({ risk_kinds: ['complaint', 'bad_review'] }), 't').risk_kinds).toEqual(['complaint_threat', 'bad_review_threat']);
    expect(parseCorpusLine(line({ risk_kinds: ['complaint', 'complaint_threat', 'nonsense'] }), 't').risk_kinds).toEqual(['complaint_threat']);
  });

  it('reads anxious only where the buyer\'s words show it (a plain question about a late parcel is calm)', () => {
    const mood = (messages: string[]) => parseCorpusLine(line({ messages, primary: 'shipping_query', labels: ['shipping_query'], risk: false, sentiment: 'anxious' }), 't').sentiment;
    expect(mood(['我的快递到哪了', '三天了'])).toBe('calm');
    expect(mood(['where is my package? it has been a week'])).toBe('calm');
    expect(mood(['快递到哪了', '急用啊'])).toBe('anxious');
    expect(mood(['where is my package??'])).toBe('anxious');
    expect(mood(['I NEED this by friday'])).toBe('anxious');
    expect(parseCorpusLine(line({ messages: ['到哪了'], sentiment: 'angry' }), 't').sentiment).toBe('angry');
  });

  it('takes a mood read by the spec alone as written (briefs/sent-41.md)', () => {
    const read = (mood_read?: string) => parseCorpusLine(line({ messages: ['where is my package? it has been a week'], primary: 'shipping_query', labels: ['shipping_query'], risk: false, sentiment: 'anxious', ...(mood_read ? { mood_read } : {}) }), 't').sentiment;
    expect(read('spec')).toBe('anxious');
    expect(read()).toBe('calm');
  });

  it('refuses a line whose labels do not start with the primary', () => {
    expect(() => parseCorpusLine(line({ labels: ['other'] }), 'f:1')).toThrow(/f:1/);
  });
});
