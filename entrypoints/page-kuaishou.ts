// The page script of kuaishou seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { kuaishou } from '../lib/adapters/kuaishou';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([kuaishou]));
