// The page script of douyin seller pages (manifest entry from lib/adapters/scripts.ts): this adapter only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { douyin } from '../lib/adapters/douyin';
import { startPageAgent } from '../utils/page-agent';

export default defineUnlistedScript(() => startPageAgent([douyin]));
