// Shared page layer 2 (lib/adapters/page-scripts.ts PAGE_LAYERS): the page's text leaves and labels, the
// structural chat reader, the goods readers and the order panel beside a chat, loaded after
// page-base.js (whose modules it takes) and before page-read.js, page-agent.js and each platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as labels from '../lib/extract/labels';
import * as structure from '../lib/extract/structure';
import * as goods from '../lib/extract/goods';
import * as panel from '../lib/extract/panel';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() => shareModules({ 'lib/extract/labels': labels, 'lib/extract/structure': structure, 'lib/extract/goods': goods, 'lib/extract/panel': panel }));
