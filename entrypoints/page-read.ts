// Shared page layer 3 (lib/adapters/page-scripts.ts PAGE_LAYERS): the generic and card readers, loaded
// after page-base.js and page-structure.js (whose modules it takes) and before page-agent.js and each
// platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as generic from '../lib/extract/generic';
import * as cards from '../lib/extract/cards';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({ 'lib/extract/generic': generic, 'lib/extract/cards': cards }),
);
