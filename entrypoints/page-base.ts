// Shared page layer 1 (lib/adapters/page-scripts.ts PAGE_LAYERS): the snapshot, words and parsers,
// loaded before page-structure.js, page-read.js and each platform's script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as snapshot from '../lib/snapshot';
import * as snapshotDelta from '../lib/snapshot-delta';
import * as lexicon from '../lib/extract/lexicon';
import * as courier from '../lib/extract/parse/courier';
import * as datetime from '../lib/extract/parse/datetime';
import * as money from '../lib/extract/parse/money';
import * as orderid from '../lib/extract/parse/orderid';
import * as status from '../lib/extract/parse/status';
import { shareModules } from '../utils/page-share';

export default defineUnlistedScript(() =>
  shareModules({
    'lib/snapshot': snapshot, 'lib/snapshot-delta': snapshotDelta, 'lib/extract/lexicon': lexicon,
    'lib/extract/parse/courier': courier, 'lib/extract/parse/datetime': datetime, 'lib/extract/parse/money': money,
    'lib/extract/parse/orderid': orderid, 'lib/extract/parse/status': status,
  }),
);
