/**
 * The shared page layers (lib/adapters/page-scripts.ts PAGE_LAYERS) register their modules here; the
 * platform scripts loaded after them find them under the same names (the build maps their imports
 * of these modules to `globalThis.__ascpShared.<key>`). Content scripts run in the extension's own
 * isolated world: a web page never sees or changes this object.
 */
import { SHARED_GLOBAL, sharedKey } from '../lib/adapters/page-scripts';

export function shareModules(modules: Record<string, object>): void {
  const g = globalThis as unknown as Record<string, Record<string, object>>;
  const shared = (g[SHARED_GLOBAL] ??= {});
  for (const [path, mod] of Object.entries(modules)) shared[sharedKey(path)] = mod;
}
