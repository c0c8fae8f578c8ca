/** The live deadline table and timer limits for the panel's views (lib/playbook/settings reads and validates them). */
import { deadlineTableFrom, loadDeadlineConfig, overridesFrom, timerLimitsFrom, type DeadlineConfig } from '../../lib/playbook/settings';
import { useApi } from '../api';
import { useLive } from '../hooks';

/** Before the settings are read: the platforms' defaults. */
const DEFAULTS: DeadlineConfig = { table: deadlineTableFrom(undefined), limits: timerLimitsFrom(undefined), overrides: overridesFrom(undefined) };

/** The live deadline table and timer limits (updates when settings change in any context). */
export function useDeadlineConfig(): DeadlineConfig {
  const api = useApi();
  return useLive(() => loadDeadlineConfig(api.db), [], DEFAULTS);
}
