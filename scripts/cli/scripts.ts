// Placeholder until its issue lands: the command exists so that `npm run cli -- --help` lists it.
import { UsageError } from './args';
export const usage = 'scripts (not built yet)';
export function run(_argv: string[]): number {
  throw new UsageError('scripts is not built yet');
}
