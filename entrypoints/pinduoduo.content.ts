// pinduoduo seller pages: this platform's adapter only, so each page loads a small script.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PLATFORM_MATCHES } from '../lib/adapters/hosts';
import { pinduoduo } from '../lib/adapters/pinduoduo';
import { startPageAgent } from '../utils/page-agent';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.pinduoduo],
  runAt: 'document_idle',
  main: (ctx) => startPageAgent(ctx, [pinduoduo]),
});
