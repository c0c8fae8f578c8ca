/**
 * The shared page layers (PAGE_LAYERS) as built: each layer's entry registers exactly its modules,
 * and a shared module imports (at run time) only modules of its own or an earlier layer, so no
 * layer bundles a second copy of a module another layer shares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_LAYERS, pageFiles } from './page-scripts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Run-time imports of a module (type-only imports are erased), as project paths without `.ts`. */
function importsOf(module: string): string[] {
  const src = readFileSync(join(ROOT, `${module}.ts`), 'utf8');
  return [...src.matchAll(/^import (?!type\b)[^'"]*from '(\.[^']+)';/gm)]
    .map((m) => relative(ROOT, resolve(dirname(join(ROOT, module)), m[1])).replace(/\\/g, '/'))
    .map((p) => (existsSync(join(ROOT, `${p}.ts`)) ? p : `${p}/index`));
}

describe('page layers', () => {
  it('each layer entry registers exactly the modules its table lists', () => {
    for (const layer of PAGE_LAYERS) {
      const src = readFileSync(join(ROOT, 'entrypoints', `${layer.name}.ts`), 'utf8');
      const registered = [...src.matchAll(/'([\w/-]+)': \w+/g)].map((m) => m[1]).sort();
      expect(registered, layer.name).toEqual([...layer.modules].sort());
    }
  });

  it('a shared module imports only modules of its own or an earlier layer', () => {
    const layerOf = new Map<string, number>(PAGE_LAYERS.flatMap((l, i) => l.modules.map((m) => [m, i] as [string, number])));
    const wrong: string[] = [];
    for (const [module, i] of layerOf) {
      for (const dep of importsOf(module)) {
        const j = layerOf.get(dep);
        if (j !== undefined && j > i) wrong.push(`${module} (layer ${i}) imports ${dep} (layer ${j})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a page loads the layers in order, then its own script, then page-keys', () => {
    expect(pageFiles('page-jd')).toEqual(['page-base.js', 'page-structure.js', 'page-read.js', 'page-agent.js', 'page-jd.js', 'page-keys.js']);
  });
});
