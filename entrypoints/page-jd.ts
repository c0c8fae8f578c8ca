// The page script of jd seller pages (manifest entry from lib/adapters/page-scripts.ts): this adapter only, with the fields the agent fixed on this site (utils/override-agent.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { jd } from '../lib/adapters/jd';
import { ZH } from '../lib/extract/lexicon';
import { startWithOverrides } from '../utils/override-agent';

export default defineUnlistedScript(() => startWithOverrides([jd], ZH, 480));
