/** Parses saved HTML into a Document in Node (happy-dom, scripts never run), decoding the page's charset. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { UsageError } from './args';

/** Reads an HTML file as the browser would: the <meta charset> (e.g. GBK pages saved from Taobao) decides. */
export function readHtml(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const head = buf.subarray(0, 2048).toString('latin1');
  const cs = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(cs === 'gb2312' ? 'gbk' : cs).decode(buf);
  } catch {
    return buf.toString('utf8');
  }
}

/** A Document for the HTML at `url`, with JavaScript and external resources disabled. */
export function parseDocument(html: string, url: string): { document: Document; close(): void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigator: { userAgent: 'aftersales-copilot-cli' },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}
