// The page script of amazon seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { amazon } from '../lib/adapters/amazon';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([amazon]));
