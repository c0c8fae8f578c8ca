import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_MATCHES } from '../lib/adapters/hosts';
import { startPageAgent } from '../utils/page-agent';

// Seller pages only (the demo build adds the bundled demo pages in wxt.config.ts).
export default defineContentScript({
  matches: [...SELLER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startPageAgent(ctx);
  },
});
