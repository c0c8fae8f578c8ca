// The page script of taobao seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { taobao } from '../lib/adapters/taobao';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([taobao]));
