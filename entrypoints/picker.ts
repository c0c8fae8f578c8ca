// Pick mode for mapping an unknown site. Not in the manifest: the panel injects it with
// chrome.scripting.executeScript after the agent granted the site, then asks for one field at a time.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPicker } from '../utils/picker-agent';

export default defineUnlistedScript(() => startPicker());
