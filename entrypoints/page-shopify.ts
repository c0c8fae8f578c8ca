// The page script of shopify seller pages (manifest entry from lib/adapters/page-scripts.ts): this adapter only, with the fields the agent fixed on this site (utils/override-agent.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shopify } from '../lib/adapters/shopify';
import { EN } from '../lib/extract/lexicon';
import { startWithOverrides } from '../utils/override-agent';

export default defineUnlistedScript(() => startWithOverrides([shopify], EN));
