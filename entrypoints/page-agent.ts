// Shared page layer 4 (lib/adapters/page-scripts.ts PAGE_LAYERS): the page agent (snapshots to the
// extension, inserting a reply, the ;shortcut expander), loaded after page-read.js and before each
// platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as insert from '../lib/insert/insert';
import * as messaging from '../utils/messaging';
import * as pageContext from '../utils/page-context';
import * as expander from '../utils/expander';
import * as pageAgent from '../utils/page-agent';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({
    'lib/insert/insert': insert, 'utils/messaging': messaging, 'utils/page-context': pageContext, 'utils/expander': expander,
    'utils/page-agent': pageAgent,
  }),
);
