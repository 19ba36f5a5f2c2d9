import type { CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { suggestEnvCommand } from '../suggestEnvCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface LogoutArgs extends GlobalArgs {
  all?: boolean;
  source?: boolean;
}

/** `awsmfa logout`: forgets cached sessions. */
export const logoutCommand: CommandModule<object, LogoutArgs> = {
  command: 'logout',
  describe: 'Forget the cached session of a profile (or --all)',
  builder: (yargs) =>
    yargs
      .option('all', { type: 'boolean', describe: 'Forget the sessions of every profile' })
      .option('source', {
        type: 'boolean',
        describe:
          'For a role profile: also forget the sessions it stands on (the source profile’s MFA session, roles below)',
      })
      .conflicts('all', 'profile')
      .conflicts('all', 'source')
      .example(
        'awsmfa logout --profile prod',
        "forget the role session of prod; the source's MFA session stays",
      )
      .example('awsmfa logout --profile prod --source', 'forget the MFA session under it too')
      .example('awsmfa logout --all', 'forget every cached session') as never,
  handler: (args) => runLogout(args, processTerminal()),
};

/** Runs `logout`; reports on stderr what it removed. */
export async function runLogout(args: LogoutArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const dir = core.sessionCacheDir(env);
  const profile = args.all ? undefined : resolveGlobals(args, env).profile;
  const whose = profile === undefined ? 'any profile' : `profile ${profile}`;
  const profiles =
    profile === undefined ? [undefined] : [profile, ...(args.source ? sourcesOf(profile) : [])];
  const removed = profiles.flatMap((name) =>
    core.deleteSessionCache(dir, name === undefined ? {} : { profile: name }),
  );
  const count = removed.length === 1 ? '1 cached session' : `${removed.length} cached sessions`;
  const sourcesNote = profiles.length > 1 ? ` and its sources ${profiles.slice(1).join(', ')}` : '';
  terminal.stderr.write(
    removed.length === 0
      ? `No cached session for ${whose}${sourcesNote}.\n`
      : `Forgot ${count} (${whose}${sourcesNote}).\n`,
  );
  if (env.AWS_SESSION_TOKEN && env.AWSMFA_PROFILE) {
    terminal.stderr.write(
      `This shell still holds a session in its environment: ${suggestEnvCommand('--unset', callerShell(env))}\n`,
    );
  }

  // The profiles under a role whose sessions `--source` also forgets; none when the chain cannot be read.
  function sourcesOf(name: string): string[] {
    try {
      const files = core.readAwsProfiles({ env });
      const chain = core.resolveCredentialChain(core.findProfile(files, name), files.profiles);
      const names = core
        .chainSessions(chain, { cacheDir: dir, nowMs: Date.now() })
        .map((s) => s.link.profile.name);
      return [...new Set(names)].filter((n) => n !== name);
    } catch {
      return [];
    }
  }
}
