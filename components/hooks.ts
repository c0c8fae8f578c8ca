/** Small hooks shared by the panel's views. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Runs a Dexie query and re-runs it whenever the tables it read change (any context of the extension). */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.warn('live query failed', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
