/** Test helper of the CLI commands: runs one and captures what it printed with console.log. */
import { vi } from 'vitest';

export function captureLog(run: (argv: string[]) => number, argv: string[]): { code: number; out: string } {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    return { code: run(argv), out: out.join('\n') };
  } finally {
    log.mockRestore();
  }
}
