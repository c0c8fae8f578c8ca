/**
 * The one command-line entry of the product: `npm run cli -- <command> …`.
 * Each command lives in scripts/cli/<command>.ts and uses the same lib/ code as the extension.
 * Bad arguments or unreadable files print a clear message and exit with code 2. Output is written in
 * full before the process ends, also into a pipe (`… | wc -c`).
 */
import { UsageError } from './cli/args';

type Command = { run(argv: string[]): Promise<number> | number; usage: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: () => import('./cli/extract'),
  situation: () => import('./cli/situation'),
  classify: () => import('./cli/classify'),
  eval: () => import('./cli/eval'),
  when: () => import('./cli/when'),
  scripts: () => import('./cli/scripts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(Object.values(COMMANDS).map(async (load) => `  ${(await load()).usage}`));
    console.log(`usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}`);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`error: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  const cmd = await load();
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\nusage: npm run cli -- ${cmd.usage}`);
      return 2;
    }
    throw e;
  }
}

// A consumer that stops reading early (`| head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Never process.exit() here: stdout to a pipe is written asynchronously, and exiting at once cut
// every output at the pipe's 64 KiB buffer. Setting the exit code lets Node drain stdout and stderr
// first, then end by itself.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
