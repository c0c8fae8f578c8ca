/** The live deadline table and timer limits for the panel's views (lib/playbook/settings reads and validates them). */
import { useMemo } from 'preact/hooks';
import { DEADLINES_KEY, deadlineTableFrom, overridesFrom, TIMERS_KEY, timerLimitsFrom, type DeadlineConfig } from '../../lib/playbook/settings';
import { useApi } from '../api';
import { useLive } from '../hooks';

const EMPTY: (unknown | undefined)[] = [undefined, undefined];

/** The live deadline table and timer limits (updates when settings change in any context). */
export function useDeadlineConfig(): DeadlineConfig {
  const api = useApi();
  const raw = useLive(async () => (await api.db.settings.bulkGet([DEADLINES_KEY, TIMERS_KEY])).map((r) => r?.value), [], EMPTY);
  return useMemo(
    () => ({ table: deadlineTableFrom(raw[0]), limits: timerLimitsFrom(raw[1]), overrides: overridesFrom(raw[0]) }),
    [raw],
  );
}
