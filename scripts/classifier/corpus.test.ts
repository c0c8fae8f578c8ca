import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from './corpus';

describe('corpus lines', () => {
  const line = (o: Record<string, unknown>) => JSON.stringify({ messages: ['再不退款我就投诉'], primary: 'complaint', labels: ['complaint'], risk: true, sentiment: 'angry', lang: 'zh', ...o });

  it('reads the risk kinds by their flag names and by the brief\'s short names', () => {
    expect(parseCorpusLine(line({ risk_kinds: ['complaint_threat'] }), 't').risk_kinds).toEqual(['complaint_threat']);
    expect(parseCorpusLine(line({ risk_kinds: ['complaint', 'bad_review'] }), 't').risk_kinds).toEqual(['complaint_threat', 'bad_review_threat']);
    expect(parseCorpusLine(line({ risk_kinds: ['complaint', 'complaint_threat', 'nonsense'] }), 't').risk_kinds).toEqual(['complaint_threat']);
  });

  it('refuses a line whose labels do not start with the primary', () => {
    expect(() => parseCorpusLine(line({ labels: ['other'] }), 'f:1')).toThrow(/f:1/);
  });
});
