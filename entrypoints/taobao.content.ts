// taobao seller pages: this platform's adapter only, so each page loads a small script.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../lib/adapters/hosts';
import { taobao } from '../lib/adapters/taobao';
import { startPageAgent } from '../utils/page-agent';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.taobao],
  runAt: 'document_idle',
  main: (ctx) => startPageAgent(ctx, [taobao]),
});
