import type { CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { suggestEnvCommand } from '../suggestEnvCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface LogoutArgs extends GlobalArgs {
  all?: boolean;
}

/** `awsmfa logout`: forgets cached sessions. */
export const logoutCommand: CommandModule<object, LogoutArgs> = {
  command: 'logout',
  describe: 'Forget the cached MFA session of a profile (or --all)',
  builder: (yargs) =>
    yargs
      .option('all', { type: 'boolean', describe: 'Forget the sessions of every profile' })
      .conflicts('all', 'profile') as never,
  handler: (args) => runLogout(args, processTerminal()),
};

/** Runs `logout`; reports on stderr what it removed. */
export async function runLogout(args: LogoutArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const dir = core.sessionCacheDir(env);
  const profile = args.all ? undefined : resolveGlobals(args, env).profile;
  const removed = core.deleteSessionCache(dir, profile === undefined ? {} : { profile });
  const whose = profile === undefined ? 'any profile' : `profile ${profile}`;
  const count = removed.length === 1 ? '1 cached session' : `${removed.length} cached sessions`;
  terminal.stderr.write(
    removed.length === 0 ? `No cached session for ${whose}.\n` : `Forgot ${count} (${whose}).\n`,
  );
  if (env.AWS_SESSION_TOKEN && env.AWSMFA_PROFILE) {
    terminal.stderr.write(
      `This shell still holds a session in its environment: ${suggestEnvCommand('--unset', callerShell(env))}\n`,
    );
  }
}
