import { sessionCliText, sessionHelpText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { suggestEnvCommand } from '../suggestEnvCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface LogoutArgs extends GlobalArgs {
  all?: boolean;
  source?: boolean;
}

/** `awsmfa logout`: forgets cached sessions. */
export const logoutCommand: CommandModule<object, LogoutArgs> = {
  command: 'logout',
  get describe() {
    return userText(sessionHelpText.logoutDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('all', { type: 'boolean', describe: userText(sessionHelpText.logoutAll()) })
      .option('source', { type: 'boolean', describe: userText(sessionHelpText.logoutSource()) })
      .conflicts('all', 'profile')
      .conflicts('all', 'source')
      .example('awsmfa logout --profile prod', userText(sessionHelpText.logoutExampleRole()))
      .example('awsmfa logout --profile prod --source', userText(sessionHelpText.logoutExampleSource()))
      .example('awsmfa logout --all', userText(sessionHelpText.logoutExampleAll())) as never,
  handler: (args) => runLogout(args, processTerminal()),
};

/** Runs `logout`; reports on stderr what it removed. */
export async function runLogout(args: LogoutArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const dir = core.sessionCacheDir(env);
  const profile = args.all ? undefined : resolveGlobals(args, env).profile;
  const whose = profile === undefined ? sessionCliText.anyProfile() : sessionCliText.ofProfile({ profile });
  const profiles =
    profile === undefined ? [undefined] : [profile, ...(args.source ? sourcesOf(profile) : [])];
  const removed = profiles.flatMap((name) =>
    core.deleteSessionCache(dir, name === undefined ? {} : { profile: name }),
  );
  const sources = profiles.slice(1) as string[];
  const report =
    removed.length === 0
      ? sessionCliText.noCachedSession({ whose, sources })
      : sessionCliText.forgot({ count: removed.length, whose, sources });
  terminal.stderr.write(`${userText(report)}\n`);
  if (env.AWS_SESSION_TOKEN && env.AWSMFA_PROFILE) {
    const unset = suggestEnvCommand('--unset', callerShell(env));
    terminal.stderr.write(`${userText(sessionCliText.shellStillHolds())} ${unset}\n`);
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
