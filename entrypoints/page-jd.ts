// The page script of jd seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { jd } from '../lib/adapters/jd';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([jd]));
