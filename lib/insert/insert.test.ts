/**
 * Never send: every way lib/insert puts text into a chat box leaves a box that sends on Enter
 * (keydown, keypress or keyup, anywhere in the page), on form submit and on a send-button click
 * without a single send. Each insert path is taken for real (the result names the strategy), with a
 * reply of several lines. The detector itself is checked first (each trigger does count as a send),
 * and a broken insert that presses Enter is caught.
 *
 * happy-dom has no document.execCommand: the execCommand paths run with `browserInsertText`, a stand-in
 * doing what Chromium's insertText does (text at the selection plus an input event; no key events).
 * Native undo of that command is checked in real Chromium (e2e/insert.mjs).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chainInsert, execInsert, insertText, type RichInsert } from './insert';

type Kind = 'textarea' | 'input' | 'contenteditable';

/** A chat box like the platforms' own: Enter sends (keydown, keypress or keyup), so do submit and the button. */
function chatBox(kind: Kind, opts: { pasteHandler?: boolean } = {}) {
  const sends: string[] = [];
  const form = document.createElement('form');
  let box: HTMLElement;
  if (kind === 'contenteditable') {
    box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
  } else {
    box = document.createElement(kind);
    if (kind === 'input') (box as HTMLInputElement).type = 'text';
  }
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = '发送';
  form.append(box, button);
  document.body.append(form);
  const isEnter = (e: KeyboardEvent) => e.key === 'Enter' || e.code === 'Enter' || e.code === 'NumpadEnter' || e.keyCode === 13 || e.which === 13;
  const listeners: [EventTarget, string, EventListener][] = [];
  const on = (t: EventTarget, type: string, fn: EventListener) => {
    t.addEventListener(type, fn, true);
    listeners.push([t, type, fn]);
  };
  for (const type of ['keydown', 'keypress', 'keyup']) {
    on(document, type, (e) => { if (isEnter(e as KeyboardEvent)) sends.push(`${type} Enter`); });
  }
  on(document, 'submit', (e) => {
    e.preventDefault();
    sends.push('submit');
  });
  on(document, 'click', (e) => { if ((e.target as Element | null)?.closest?.('button')) sends.push('send button'); });
  // Editors that send on a paragraph break (beforeinput insertParagraph / insertLineBreak).
  on(document, 'beforeinput', (e) => { if (/^insert(Paragraph|LineBreak)$/.test((e as InputEvent).inputType)) sends.push(`beforeinput ${(e as InputEvent).inputType}`); });
  form.submit = () => void sends.push('form.submit()');
  form.requestSubmit = () => void sends.push('form.requestSubmit()');
  if (opts.pasteHandler) {
    // A rich editor (ProseMirror, Draft.js, Quill …) takes a paste event and inserts its text itself.
    box.addEventListener('paste', (e) => {
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      e.preventDefault();
      const p = document.createElement('p');
      p.textContent = text;
      box.append(p);
    });
  }
  if (kind === 'contenteditable') Object.defineProperty(box, 'innerText', { get: () => renderedText(box) });
  const value = () => (kind === 'contenteditable' ? box.innerText : (box as HTMLTextAreaElement).value);
  const off = () => { for (const [t, type, fn] of listeners) t.removeEventListener(type, fn, true); };
  return { box, form, button, sends, value, off };
}

/**
 * innerText as a browser renders it (happy-dom has no layout: it drops <br> and the line breaks in a
 * text node): <br> and text line breaks are new lines, and so is a block.
 */
function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeName === 'BR') return '\n';
  const inner = [...node.childNodes].map(renderedText).join('');
  return /^(P|DIV|LI)$/.test(node.nodeName) ? `\n${inner}\n` : inner;
}

/** What Chromium's document.execCommand('insertText') does: the text at the selection, an input event, no keys. */
const execCalls: string[] = [];
function browserInsertText(command: string, _ui?: boolean, text = ''): boolean {
  execCalls.push(command);
  if (command !== 'insertText') return false;
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
  } else {
    const sel = document.getSelection();
    if (!el.isContentEditable || !sel?.rangeCount) return false;
    const range = sel.getRangeAt(0);
    range.deleteContents();
    const node = document.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

function withExecCommand(on: boolean): void {
  if (on) Object.defineProperty(document, 'execCommand', { value: browserInsertText, configurable: true, writable: true });
  else delete (document as { execCommand?: unknown }).execCommand;
}

const REPLY = '亲，您好！\n退货地址：杭州市余杭区云朵路8号\n收到后当天退款。';
const oneLine = REPLY.replace(/\s*\n\s*/g, ' ');
const squashed = (s: string) => s.replace(/\s+/g, '');

let current: ReturnType<typeof chatBox> | null = null;
afterEach(() => {
  current?.off();
  current = null;
  withExecCommand(false);
  execCalls.length = 0;
  document.body.innerHTML = '';
});

describe('the chat box used below sends on every trigger (else "0 sends" would prove nothing)', () => {
  it.each([
    ['keydown', 'keydown Enter'],
    ['keypress', 'keypress Enter'],
    ['keyup', 'keyup Enter'],
  ])('Enter %s sends', (type, want) => {
    current = chatBox('textarea');
    current.box.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', bubbles: true }));
    expect(current.sends).toEqual([want]);
  });

  it('submitting the form and clicking the send button send', () => {
    current = chatBox('contenteditable');
    current.form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    current.form.requestSubmit();
    current.form.submit();
    current.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(current.sends).toEqual(expect.arrayContaining(['submit', 'form.requestSubmit()', 'form.submit()', 'send button']));
  });

  it('a broken insert that presses Enter after the text is caught', async () => {
    current = chatBox('contenteditable');
    const pressesEnter: RichInsert = async (el, text, before) => {
      const done = await chainInsert(el, text, before);
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
      return done;
    };
    const res = await insertText(current.box, REPLY, {}, pressesEnter);
    expect(res.ok).toBe(true);
    expect(current.sends).toEqual(['keydown Enter']);
  });
});

describe('insertText never sends', () => {
  // [box, rich strategy, execCommand available, paste handled by the editor, strategy expected]
  it.each([
    ['textarea', execInsert, true, false, 'field'],
    ['textarea', execInsert, false, false, 'field'],
    ['input', execInsert, true, false, 'field'],
    ['input', execInsert, false, false, 'field'],
    ['contenteditable', execInsert, true, false, 'execCommand'],
    ['contenteditable', chainInsert, false, true, 'paste'],
    ['contenteditable', chainInsert, true, false, 'execCommand'],
    ['contenteditable', chainInsert, false, false, 'range'],
  ] as const)('%s, %o, execCommand %s, paste handled %s → %s, 0 sends', async (kind, rich, exec, paste, strategy) => {
    withExecCommand(exec);
    const chat = (current = chatBox(kind, { pasteHandler: paste }));
    const res = await insertText(chat.box, REPLY, {}, rich);
    expect(res).toEqual({ ok: true, strategy });
    // Where the browser's command exists, it is what put the text in (one native undo step).
    expect(execCalls).toEqual(exec ? ['insertText'] : []);
    expect(squashed(chat.value())).toBe(squashed(kind === 'input' ? oneLine : REPLY));
    expect(chat.sends).toEqual([]);
  });

  it.each([true, false])('textarea (execCommand %s): the text goes in at the caret, after what the agent typed, 0 sends', async (exec) => {
    withExecCommand(exec);
    const chat = (current = chatBox('textarea'));
    const box = chat.box as HTMLTextAreaElement;
    box.value = '您好，';
    box.setSelectionRange(3, 3);
    const res = await insertText(box, REPLY);
    expect(res.ok).toBe(true);
    expect(box.value).toBe(`您好，${REPLY}`);
    expect(chat.sends).toEqual([]);
  });

  it('execInsert without an editing command inserts nothing and sends nothing (the caller copies instead)', async () => {
    withExecCommand(false);
    const chat = (current = chatBox('contenteditable'));
    expect(await insertText(chat.box, REPLY, {}, execInsert)).toEqual({ ok: false, reason: 'rejected' });
    expect(chat.sends).toEqual([]);
  });
});
