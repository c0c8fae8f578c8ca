// The page script of pinduoduo seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pinduoduo } from '../lib/adapters/pinduoduo';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([pinduoduo]));
