// The bundled demo seller pages on this machine: only in the demo build (wxt.config.ts drops it otherwise).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEMO_MATCHES } from '../lib/adapters/hosts';
import { demo } from '../lib/adapters/demo';
import { startPageAgent } from '../utils/page-agent';

export default defineContentScript({
  matches: [...DEMO_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startPageAgent(ctx, [demo]),
});
