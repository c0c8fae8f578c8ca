// Shared page layer 2 (lib/adapters/page-scripts.ts PAGE_LAYERS): the structural chat reader, loaded
// after page-base.js (whose modules it takes) and before page-read.js, page-agent.js and each platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as structure from '../lib/extract/structure';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() => shareModules({ 'lib/extract/structure': structure }));
