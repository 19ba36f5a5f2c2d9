import { runCredentialProcess } from './commands/credentialProcess.js';
import { runEnv } from './commands/env.js';
import { renderError } from './renderError.js';
import type { SessionCommandLine } from './sessionArgv.js';
import { processTerminal } from './terminal.js';
import { useUserLanguage } from './userLanguage.js';

// The keyring worker rides in this bundle: dist/cli.js stays the fast path alone.
export { runKeyringWorker } from './osKeyring.js';

/**
 * Runs `env` or `credential-process` parsed by parseSessionArgv, without yargs: the same command
 * functions the yargs handlers call, and errors rendered by the one renderError. Returns the exit code.
 */
export async function runSessionCommand(line: SessionCommandLine): Promise<number> {
  const terminal = processTerminal();
  await useUserLanguage(terminal.env);
  try {
    if (line.command === 'env') await runEnv(line.args, terminal);
    else await runCredentialProcess(line.args, terminal);
    return 0;
  } catch (error) {
    return renderError(error, terminal, line.args.debug);
  }
}
