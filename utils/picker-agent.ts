/** The injected picker's message handling: one pick at a time, a new pick or cancelPick ends the previous one. */
import { MAP_FIELDS, type MapField } from '../lib/mapping/fields';
import { startPick, type PickSession } from '../lib/mapping/picker';
import { onMessages, type ContentProtocol } from './messaging';

const FLAG = '__aftersalesCopilotPicker';

/** Registers the picker's handlers once per page (it is injected again for every mapping session). */
export function startPicker(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[FLAG]) return;
  w[FLAG] = true;
  let session: PickSession | null = null;
  onMessages<ContentProtocol>('content', {
    pickField: async ({ field, label }) => {
      session?.cancel();
      if (!(MAP_FIELDS as readonly string[]).includes(field)) return null;
      const s = (session = startPick(document, field as MapField, label));
      const r = await s.result;
      if (session === s) session = null;
      return r;
    },
    cancelPick: () => {
      session?.cancel();
      session = null;
    },
  });
}
