import { afterEach, describe, expect, it } from 'vitest';
import { startPick } from './picker';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pick mode', () => {
  it('a click picks the element, never reaches the page, and the overlay is removed', async () => {
    document.body.innerHTML = '<div id="app"><span data-field="order">AB-1001</span><button id="send">发送</button></div>';
    let pageSaw = 0;
    document.getElementById('send')!.addEventListener('click', () => pageSaw++);
    document.addEventListener('mousedown', () => pageSaw++, true);
    const s = startPick(document, 'orderId', '订单号');
    expect(document.querySelector('[data-aftersales-copilot-picker]')).not.toBeNull();
    const btn = document.getElementById('send')!;
    btn.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    btn.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const r = await s.result;
    expect(pageSaw).toBe(0);
    expect(r).toEqual({ selector: '#send', text: '发送' });
    expect(document.querySelector('[data-aftersales-copilot-picker]')).toBeNull();
    btn.click();
    expect(pageSaw).toBe(1); // listeners are gone after the pick
  });

  it('Esc cancels with null; a chat-box pick takes the editable root', async () => {
    document.body.innerHTML = '<div contenteditable="true" aria-label="回复"><p><span id="in">x</span></p></div>';
    const esc = startPick(document, 'orderId', 'x');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await esc.result).toBeNull();
    const s = startPick(document, 'chatBox', '聊天输入框');
    document.getElementById('in')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect((await s.result)?.selector).toBe('div[aria-label="回复"]');
  });
});
