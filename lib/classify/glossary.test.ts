import { describe, expect, it } from 'vitest';
import { inEnglish } from './glossary';
import { classify } from './index';
import { normalize } from './normalize';

const en = (t: string) => inEnglish(normalize(t));

describe('glossary: other languages\' after-sales words read as English', () => {
  it('turns the need words of Spanish, German, French, Italian and Portuguese into the English ones', () => {
    expect(en('¿Dónde está mi pedido? No ha llegado')).toBe('¿where esta mi order? no ha arrived');
    expect(en('Wo ist mein Paket? Rückerstattung bitte')).toBe('where ist mein package? refund bitte');
    expect(en("mon colis n'est pas arrivé, je veux un remboursement")).toBe("mon package n'est pas arrive, je veux un refund");
    expect(en('vorrei il rimborso della fattura')).toBe('vorrei il refund della invoice');
    expect(en('quero cancelar a encomenda')).toBe('quero cancel a order');
  });

  it('leaves English words that begin like a stem, and Chinese, as they are', () => {
    for (const t of ['would you work with me', 'shipped from argentina', 'a toy soldier', 'please expedite the delivery', 'debited twice', '这个订单几号能发']) {
      expect(en(t)).toBe(normalize(t));
    }
  });

  it('reads threats and anger in those languages as the English words do', () => {
    expect(classify({ messages: ['@AmazonHelp si no me devolvéis el dinero hablaré con mi abogado'] }).risk.flags).toContain('legal');
    expect(classify({ messages: ['@AmazonHelp Ich werde euch verklagen, das Paket ist seit drei Wochen weg'] }).risk.flags).toContain('legal');
    expect(classify({ messages: ['@AmazonHelp je vais porter plainte, mon colis a disparu'] }).risk.flags).toContain('complaint_threat');
    expect(classify({ messages: ['@AmazonHelp siete dei ladri, il pacco non è mai arrivato'] }).risk.flags).toContain('abuse');
    // Shame is anger, not an insult (our public tweets' labellers read a Spanish "what a shame" so).
    const shame = classify({ messages: ['@AmazonHelp qué vergüenza, el pedido llegó roto'] });
    expect(shame.sentiment).toBe('angry');
    expect(shame.risk.flags).toEqual([]);
  });

  it('lets the model read a need it could not read before, and the panel show it', () => {
    const es = classify({ messages: ['@AmazonHelp ¿Dónde está mi pedido? Han pasado dos semanas y no ha llegado'] });
    expect(es.scenarios[0].id).toMatch(/^shipping_(query|exception)$/);
    expect(es.unread).toBeUndefined();
    const de = classify({ messages: ['@AmazonHelp Ich warte seit einer Woche auf meine Rückerstattung für das zurückgeschickte Paket'] });
    expect(de.scenarios[0].id).toBe('refund_only');
    expect(de.unread).toBeUndefined();
    // Words the glossary does not know still leave the text unread.
    expect(classify({ messages: ['Das ist wirklich nicht in Ordnung, ich bin sehr enttäuscht von euch allen'] }).unread).toBe(true);
  });
});
