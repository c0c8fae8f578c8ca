// Placeholder until its issue lands: the command exists so that `npm run cli -- --help` lists it.
import { UsageError } from './args';
export const usage = 'eval (not built yet)';
export function run(_argv: string[]): number {
  throw new UsageError('eval is not built yet');
}
