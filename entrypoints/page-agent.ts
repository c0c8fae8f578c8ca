// Shared page layer 4 (lib/adapters/page-scripts.ts PAGE_LAYERS): the page agent (snapshots to the
// extension, inserting a reply, the ;shortcut expander, the agent's fixed fields and mapped sites), loaded after page-read.js and before each
// platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as insert from '../lib/insert/insert';
import * as messaging from '../utils/messaging';
import * as pageContext from '../utils/page-context';
import * as expander from '../utils/expander';
import * as pageAgent from '../utils/page-agent';
import * as mappingFields from '../lib/mapping/fields';
import * as mappingRead from '../lib/mapping/read';
import * as overrideAgent from '../utils/override-agent';
import * as mappedAgent from '../utils/mapped-agent';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({
    'lib/insert/insert': insert, 'utils/messaging': messaging, 'utils/page-context': pageContext, 'utils/expander': expander,
    'utils/page-agent': pageAgent, 'lib/mapping/fields': mappingFields, 'lib/mapping/read': mappingRead,
    'utils/override-agent': overrideAgent, 'utils/mapped-agent': mappedAgent,
  }),
);
