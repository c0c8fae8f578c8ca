import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_MATCHES } from '../lib/adapters/hosts';
export default defineContentScript({ matches: [...SELLER_MATCHES], main() {} });
