// The page script of shopify seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shopify } from '../lib/adapters/shopify';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([shopify]));
