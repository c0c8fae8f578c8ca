// Listed after each platform's page script (wxt.config.ts): Alt+1…5 from the page's chat box (utils/insert-keys).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startInsertKeys } from '../utils/insert-keys';

export default defineUnlistedScript(() => void startInsertKeys());
