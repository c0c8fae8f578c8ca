/** `extract <page.html> --url <url> [--now <ISO>]`: the snapshot the extension would read from a saved page. */
import { readPage } from '../../lib/adapters/registry';
import { UsageError, flag, onlyFlags, parseArgs, parseNow } from './args';
import { parseDocument, readHtml } from './dom';

export const usage = 'extract <page.html> --url <url> [--now <ISO>]   print the page snapshot JSON of a saved page';

/** Runs the command. */
export function run(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, ['url', 'now']);
  if (p.positional.length !== 1) throw new UsageError('give exactly one saved page (.html)');
  const url = flag(p, 'url');
  if (!url) throw new UsageError('--url is required (the address the page was saved from)');
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url is not a URL: ${url}`);
  }
  const now = parseNow(p);
  const html = readHtml(p.positional[0]);
  const { document, close } = parseDocument(html, url);
  try {
    console.log(JSON.stringify(readPage(document, url, now), null, 2));
  } finally {
    close();
  }
  return 0;
}
