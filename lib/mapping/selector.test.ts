import { beforeEach, describe, expect, it } from 'vitest';
import { fixturesOf, toDocument } from '../adapters/testkit';
import { buildSelector, isHashed, isUnique, messageRowSelectors, relativeSelector } from './selector';

/** The innermost element whose own text is exactly `text` (what the agent clicks). */
function byText(doc: Document, text: string): Element {
  const el = Array.from(doc.body.querySelectorAll('*')).find((e) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim() === text));
  if (!el) throw new Error(`no element with text ${text}`);
  return el;
}

describe('isHashed', () => {
  it.each(['od_val__c0Lw1', 'sc-bdfBwQ', 'css-1x2y3z', 'jsx-2837462', 'a8Fk2q', '_3kX9a', 'x1a2b3c4', 'bdfBwQ'])('%s is generated', (c) => {
    expect(isHashed(c)).toBe(true);
  });
  it.each(['order-no', 'chat-input', 'msg__text', 'buyerName', 'col-2', 'item3', 'is-left', 'message_row'])('%s is readable', (c) => {
    expect(isHashed(c)).toBe(false);
  });
});

describe('buildSelector', () => {
  let doc: Document;
  beforeEach(() => {
    doc = toDocument(`<html><body>
      <div id="root">
        <div class="Page_wrap__Zk29a">
          <div class="sc-bdfBwQ"><span>订单号</span><span class="css-1x2y3z">AB-1001</span></div>
          <div class="sc-bdfBwQ"><span>买家</span><span class="css-1x2y3z">小王</span></div>
          <div data-testid="status-cell">已发货</div>
          <button aria-label="发送消息" class="btn_x__a9Q2e">发送</button>
          <textarea placeholder="请输入" class="ed__q1W"></textarea>
          <ul class="msg-list"><li class="msg is-left">a</li><li class="msg is-right">b</li><li class="msg is-left"><p>c</p></li></ul>
        </div>
      </div>
      <div id="x9f3k2a1"><span>hash id</span></div>
    </body></html>`);
  });

  it('prefers data-* attributes, then ARIA labels and placeholders', () => {
    expect(buildSelector(byText(doc, '已发货'))).toBe('div[data-testid="status-cell"]');
    expect(buildSelector(byText(doc, '发送'))).toBe('button[aria-label="发送消息"]');
    expect(buildSelector(doc.querySelector('textarea')!)).toBe('textarea[placeholder="请输入"]');
  });

  it('never uses hashed classes or hashed ids, and falls back to a short nth-of-type path under a stable anchor', () => {
    const sel = buildSelector(byText(doc, '小王'));
    expect(sel).not.toMatch(/sc-|css-|Page_wrap|x9f3k2a1/);
    expect(doc.querySelector(sel)?.textContent).toBe('小王');
    const hashedId = buildSelector(byText(doc, 'hash id'));
    expect(hashedId).not.toContain('x9f3k2a1');
  });

  it('is unique in the document and stable for the same element', () => {
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      const sel = buildSelector(el);
      expect(isUnique(sel, el), `${sel} for <${el.tagName}>`).toBe(true);
      expect(buildSelector(el)).toBe(sel);
    }
  });

  it('still finds the element after the classes are rehashed (a rebuild of the site)', () => {
    const el = byText(doc, '小王');
    const sel = buildSelector(el);
    for (const e of Array.from(doc.querySelectorAll('[class]'))) e.className = e.className.replace(/sc-\w+|css-\w+|__\w+/g, (m) => `${m}Q7`);
    expect(doc.querySelector(sel)?.textContent).toBe('小王');
  });

  it('uses readable classes to tell siblings apart', () => {
    const sel = buildSelector(byText(doc, 'c'));
    expect(doc.querySelector(sel)?.textContent).toBe('c');
    expect(relativeSelector(doc.querySelectorAll('li')[2], byText(doc, 'c'))).toBe('p');
  });
});

describe('messageRowSelectors', () => {
  it('finds all rows, the buyer rows by a readable mark, and the text inside a row', () => {
    const doc = toDocument('<div id="chat"><div class="row left"><i>09:01</i><b>在吗</b></div><div class="row right"><i>09:02</i><b>在的</b></div><div class="row left"><i>09:03</i><b>好的</b></div></div>');
    const s = messageRowSelectors(byText(doc, '在吗'));
    expect(doc.querySelectorAll(s.rows)).toHaveLength(3);
    expect(Array.from(doc.querySelectorAll(s.buyer)).map((e) => e.textContent)).toEqual(['09:01在吗', '09:03好的']);
    expect(s.text).toBe('b');
  });

  it('on the unknown-site fixture: rows of #msgs, buyer rows by data-from, the bubble as text', () => {
    const [fx] = fixturesOf('unknown');
    const doc = toDocument(fx.html);
    const s = messageRowSelectors(byText(doc, '照片发了，能直接退款吗？不想退回去了'));
    expect(s.rows).toBe('#msgs > div');
    expect(s.buyer).toBe('#msgs > div[data-from="customer"]');
    expect(s.text).toBe('div');
  });
});
