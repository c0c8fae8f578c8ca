/** Helper that keeps the built-in script data short: shared fields are set once per group. */
import type { Script, ServicePhase } from '../types';

/** One script as written in the data files; lang, phase and folder come from its group. */
export type ScriptDraft = Omit<Script, 'lang' | 'stages' | 'states' | 'tags' | 'phase' | 'folder'> &
  Partial<Pick<Script, 'stages' | 'states' | 'tags' | 'phase' | 'folder'>>;

export interface GroupDefaults {
  lang: Script['lang'];
  phase: ServicePhase;
  folder: string;
  tags?: string[];
}

/** Fills a group's shared fields into each draft and freezes the result (built-ins are read-only). */
export function group(defaults: GroupDefaults, drafts: readonly ScriptDraft[]): Script[] {
  return drafts.map((d) => {
    const script: Script = {
      ...d,
      lang: defaults.lang,
      phase: d.phase ?? defaults.phase,
      folder: d.folder ?? defaults.folder,
      stages: Object.freeze([...(d.stages ?? [])]) as Script['stages'],
      states: Object.freeze([...(d.states ?? [])]) as Script['states'],
      tags: Object.freeze([...new Set([...(defaults.tags ?? []), ...(d.tags ?? [])])]) as string[],
      scenarios: Object.freeze([...d.scenarios]) as Script['scenarios'],
    };
    return Object.freeze(script);
  });
}
