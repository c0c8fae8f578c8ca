/** `extract <page.html> --url <url> [--now <ISO>]`: the snapshot the extension would read from a saved page. */
import { readPage } from '../../lib/adapters/registry';
import { onlyFlags, pageArgs, parseArgs, parseNow } from './args';
import { parseDocument, readHtml } from './dom';

export const usage = 'extract <page.html> --url <url> [--now <ISO>]   print the page snapshot JSON of a saved page';

/** Runs the command. */
export function run(argv: string[]): number {
  const p = parseArgs(argv);
  onlyFlags(p, ['url', 'now']);
  const { file, url } = pageArgs(p);
  const now = parseNow(p);
  const html = readHtml(file);
  const { document, close } = parseDocument(html, url);
  try {
    console.log(JSON.stringify(readPage(document, url, now), null, 2));
  } finally {
    close();
  }
  return 0;
}
