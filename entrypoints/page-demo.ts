// The page script of demo seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { demo } from '../lib/adapters/demo';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([demo]));
