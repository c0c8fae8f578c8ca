/** page-mapped-<lang>.js: asks the background for this host's mapping, then runs the usual page agent with it. */
import type { Lexicon } from '../lib/extract/lexicon';
import { mappedAdapter } from '../lib/mapping/read';
import { sendToBackground } from './messaging';
import { startPageAgent } from './page-agent';

/** Starts the page agent on a mapped host with the page language's lexicon (quietly does nothing when the mapping is gone). */
export async function startMappedAgent(lex: Lexicon): Promise<void> {
  try {
    const res = await sendToBackground('getMapping', { host: location.hostname.toLowerCase() });
    if (res?.fields) startPageAgent([mappedAdapter(res.fields, lex)]);
  } catch {
    /* extension reloaded or worker unreachable: the page stays as it is */
  }
}
