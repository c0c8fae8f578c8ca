/**
 * A known platform's page script with the agent's fixes: starts the usual page agent with the
 * platform's reader wrapped by withOverrides (lib/mapping/read.ts), then asks the background for this
 * host's saved fields (none: the reader alone), and again when the panel says they changed.
 */
import type { Reader } from '../lib/adapters/types';
import type { Lexicon } from '../lib/extract/lexicon';
import { withOverrides } from '../lib/mapping/read';
import { onMessages, sendToBackground, type ContentProtocol } from './messaging';
import { startPageAgent } from './page-agent';

export function startWithOverrides(readers: readonly Reader[], lex: Lexicon, tz?: number): void {
  let fields: Record<string, string> | null = null;
  const reread = startPageAgent(readers.map((r) => withOverrides(r, () => fields, lex, tz)));
  const load = async (): Promise<boolean> => {
    try {
      fields = (await sendToBackground('getMapping', { host: location.hostname.toLowerCase() }))?.fields ?? null;
    } catch {
      fields = null; // worker unreachable: the reader alone
    }
    reread();
    return true;
  };
  void load();
  onMessages<ContentProtocol>('content', { mappingChanged: load });
}
