import { spawn } from 'node:child_process';
import { sessionHelpText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import { commandInvocation } from '../commandInvocation.js';
import { openSession, type SessionArgs, sessionOptions } from '../openSession.js';
import { applyEnvChange, sessionEnvChange, trustedEnvChange } from '../sessionEnv.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface ExecArgs extends SessionArgs {
  /** `exec` itself, then the command and its arguments (everything after `--`). */
  _: Array<string | number>;
}

/** `awsmfa exec -- CMD ARGS…`: runs a command with an MFA session in its environment. */
export const execCommand: CommandModule<object, ExecArgs> = {
  // No positionals: after `--` yargs leaves the command line in `_` untouched, options included.
  command: 'exec',
  get describe() {
    return userText(sessionHelpText.execDescribe());
  },
  builder: (yargs) =>
    sessionOptions(yargs)
      .example('awsmfa exec --profile dev -- aws s3 ls', userText(sessionHelpText.execExample()))
      .example(
        'awsmfa exec --profile prod -- terraform plan',
        userText(sessionHelpText.execExampleRole()),
      ) as never,
  handler: (args) => runExec(args, processTerminal()),
};

const forwarded: NodeJS.Signals[] = [
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGWINCH',
  'SIGINT',
];

/**
 * Runs `exec`: the session goes into the child's environment only (never its argv), signals are
 * passed on, and awsmfa ends the way the child ended: same exit code, or the same signal.
 */
export async function runExec(args: ExecArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, sessionCliText } = await import('@awsmfa/core');
  const [command, ...commandArgs] = args._.slice(1).map(String);
  if (command === undefined) {
    throw new AwsMfaError('USAGE', sessionCliText.nameTheCommand(), {
      hint: sessionCliText.nameTheCommandHint(),
    });
  }
  const { result, profile, region, storedKeys } = await openSession(args, terminal, 'exec');
  const change =
    result.kind === 'trusted'
      ? trustedEnvChange({ profile: profile.name, region, keys: storedKeys })
      : sessionEnvChange(result.session, { profile: profile.name, region });
  // The command gets a session, not what opens the key store.
  const env = applyEnvChange(terminal.env, { ...change, unset: [...change.unset, 'AWSMFA_FILE_PASSPHRASE'] });
  const invocation = commandInvocation(command, commandArgs, {
    platform: process.platform,
    env,
    cwd: process.cwd(),
  });
  if ('unsafe' in invocation) {
    throw new AwsMfaError(
      'INVALID_INPUT',
      sessionCliText.unsafeBatch({ value: JSON.stringify(invocation.unsafe), command }),
      { hint: sessionCliText.unsafeBatchHint() },
    );
  }
  const child = spawn(invocation.file, invocation.args, {
    env,
    stdio: 'inherit',
    windowsVerbatimArguments: invocation.windowsVerbatimArguments,
  });

  // A terminal's Ctrl-C already reaches the child (same process group); forwarding it too would
  // deliver it twice. Other signals, and SIGINT sent by `kill`, are passed on.
  const interactive = process.stdin.isTTY === true;
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const signal of forwarded) {
    const handler = () => {
      if (signal === 'SIGINT' && interactive) return;
      child.kill(signal);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ code, signal }));
    },
  ).catch((error: NodeJS.ErrnoException) => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    throw new AwsMfaError(
      'INVALID_INPUT',
      sessionCliText.cannotRun({ command, error: error.code === 'ENOENT' ? undefined : error.message }),
      { hint: sessionCliText.cannotRunHint(), cause: error },
    );
  });
  for (const [signal, handler] of handlers) process.off(signal, handler);
  if (outcome.signal) {
    // End the same way: the caller's shell sees "killed by SIGTERM", not an exit code.
    process.kill(process.pid, outcome.signal);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  process.exitCode = outcome.code ?? 1;
}
