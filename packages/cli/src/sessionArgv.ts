import { isShellName } from '@awsmfa/shell';
import type { EnvArgs } from './commands/env.js';
import type { SessionArgs } from './openSession.js';

/** `env` or `credential-process` with their options, as yargs would have parsed them. */
export type SessionCommandLine =
  | { command: 'env'; args: EnvArgs }
  | { command: 'credential-process'; args: SessionArgs };

const strings: Readonly<Record<string, keyof EnvArgs>> = {
  '--profile': 'profile',
  '--region': 'region',
  '--endpoint-url': 'endpointUrl',
  '--code': 'code',
  '--duration': 'duration',
  '--shell': 'shell',
};
const booleans: Readonly<Record<string, keyof EnvArgs>> = {
  '--debug': 'debug',
  '--refresh': 'refresh',
  '--mfa': 'mfa',
  '--unset': 'unset',
  '--quiet': 'quiet',
};

/**
 * Parses `env` / `credential-process` command lines without yargs (~110 ms to load here): only
 * the documented options, as `--name value` or `--name=value`; one given twice counts the last
 * time, as with yargs (see withGlobalOptions). Anything else (help, typos, `--shell nonsense`)
 * returns undefined and goes to yargs, which explains it.
 */
export function parseSessionArgv(argv: readonly string[]): SessionCommandLine | undefined {
  const [command, ...rest] = argv;
  if (command !== 'env' && command !== 'credential-process') return undefined;
  const args: Record<string, string | boolean> = { debug: false, refresh: false, mfa: false };
  if (command === 'env') {
    args.unset = false;
    args.quiet = false;
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const envOnly = flag === '--shell' || flag === '--unset' || flag === '--quiet';
    if (envOnly && command !== 'env') return undefined;
    const booleanKey = booleans[flag];
    if (booleanKey) {
      if (eq > 0) return undefined;
      args[booleanKey] = true;
      continue;
    }
    const stringKey = strings[flag];
    if (!stringKey) return undefined;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.startsWith('-')) return undefined;
    if (stringKey === 'shell' && !isShellName(value)) return undefined;
    args[stringKey] = value;
  }
  return command === 'env'
    ? { command, args: args as unknown as EnvArgs }
    : { command, args: args as unknown as SessionArgs };
}
