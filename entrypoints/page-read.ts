// Shared page layer 2 (lib/adapters/page-scripts.ts PAGE_LAYERS): the generic, structural and card readers
// and the page agent, loaded after page-base.js (whose modules it takes) and before each platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as generic from '../lib/extract/generic';
import * as structure from '../lib/extract/structure';
import * as cards from '../lib/extract/cards';
import * as insert from '../lib/insert/insert';
import * as messaging from '../utils/messaging';
import * as pageContext from '../utils/page-context';
import * as expander from '../utils/expander';
import * as pageAgent from '../utils/page-agent';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({
    'lib/extract/generic': generic, 'lib/extract/structure': structure, 'lib/extract/cards': cards, 'lib/insert/insert': insert,
    'utils/messaging': messaging, 'utils/page-context': pageContext, 'utils/expander': expander, 'utils/page-agent': pageAgent,
  }),
);
