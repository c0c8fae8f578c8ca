// Shared page layer 2 (lib/adapters/page-scripts.ts PAGE_LAYERS): the generic, structural and card readers,
// loaded after page-base.js (whose modules it takes) and before page-agent.js and each platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as generic from '../lib/extract/generic';
import * as structure from '../lib/extract/structure';
import * as cards from '../lib/extract/cards';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({ 'lib/extract/generic': generic, 'lib/extract/structure': structure, 'lib/extract/cards': cards }),
);
