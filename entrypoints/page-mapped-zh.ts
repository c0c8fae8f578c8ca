// The page script of a site the agent mapped by hand, for pages in Chinese: one lexicon
// keeps it within the page budget. Registered at run time per mapped host (utils/bg-mapping.ts); reads
// the page by the host's saved mapping, which it asks the background for.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ZH } from '../lib/extract/lexicon';
import { startMappedAgent } from '../utils/mapped-agent';

export default defineUnlistedScript(() => startMappedAgent(ZH));
