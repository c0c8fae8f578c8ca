// The page script of a site the agent mapped by hand (issue 5). Registered at run time for each mapped
// host (utils/bg-mapping.ts); reads the page by the host's saved mapping, which it asks the background for.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startMappedAgent } from '../utils/mapped-agent';

export default defineUnlistedScript(() => startMappedAgent());
