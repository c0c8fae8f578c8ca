import { describe, expect, it } from 'vitest';
import { classify, shippedModel } from './index';
import { unreadable } from './language';
import { normalize } from './normalize';

const read = (t: string) => unreadable(normalize(t), shippedModel());

describe('unreadable: words in a language the model cannot read', () => {
  it('a tweet in Spanish, German, French or Italian, a line in kana or Hangul', () => {
    expect(read('@AmazonHelp mi pedido no ha llegado y ya pasaron dos semanas')).toBe(true);
    expect(read('@AmazonHelp Mein Paket ist seit Montag nicht angekommen, was soll ich jetzt machen')).toBe(true);
    expect(read('@AmazonHelp bonjour, mon colis est marqué livré mais je ne l\'ai pas reçu')).toBe(true);
    expect(read('@AmazonHelp il pacco non è ancora arrivato, sono passati dieci giorni')).toBe(true);
    expect(read('@AmazonHelp どうして荷物が届かないのですか')).toBe(true);
    expect(read('배송이 아직 안 왔어요 언제 와요')).toBe(true);
  });
  it('English and Chinese are read, short lines and single words too', () => {
    expect(read('@AmazonHelp my package says delivered but it is not here, what now?')).toBe(false);
    expect(read('the dryer makes a grinding noise every cycle')).toBe(false);
    expect(read('cool cool cool')).toBe(false);
    expect(read('收到的衣服线头很多 能换一件吗')).toBe(false);
    expect(read('refund')).toBe(false);
    // A pasted product title: long words the model does not know, none of another language's little words.
    expect(read('Samsung Galaxy Buds Pro Graphite wireless earbuds')).toBe(false);
  });
  it('classify marks such a reading, and only such a one', () => {
    expect(classify({ messages: ['@AmazonHelp gdzie jest moja paczka? czekam już dwa tygodnie'] }).unread).toBe(true);
    expect(classify({ messages: ['where is my parcel? I have been waiting for two weeks'] }).unread).toBeUndefined();
  });
  it('with a page that shows an open case, classify ranks the page\'s needs instead of its guess, as with no words', () => {
    const snapshot = { orderStage: 'delivered' as const, afterSales: { state: 'requested' as const } };
    const dutch = ['hallo, het pakket kwam open aan en een van de twee onderdelen ontbreekt, wat moet ik nu doen'];
    const r = classify({ messages: dutch, snapshot });
    expect(r.unread).toBe(true);
    expect(r.scenarios).toEqual(classify({ messages: [], snapshot }).scenarios);
    expect(classify({ messages: dutch }).scenarios[0].id).not.toBe(r.scenarios[0].id);
  });
});
