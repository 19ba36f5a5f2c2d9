import { type Endpoints, mainHelpText, resolveEndpoints, resolveProfileName, yargsText } from '@awsmfa/core';
import type { Argv, MiddlewareFunction } from 'yargs';
import { userText } from './userLanguage.js';

/** The options every command shares, as parsed by yargs. */
export interface GlobalArgs {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  debug: boolean;
}

/**
 * Adds the shared options to the parser, and the one rule for options given twice: the last one
 * counts (`--profile a --profile b` is `b`, as in the AWS CLI), said in every --help.
 */
export function withGlobalOptions<T>(yargs: Argv<T>): Argv<T & GlobalArgs> {
  return (
    yargs
      // yargs passes middleware its own instance too; its typings only know the first argument.
      .middleware(lastOneCounts as unknown as MiddlewareFunction<T>, true)
      .updateStrings({ [yargsText.options().english]: userText(mainHelpText.optionsHeading()) })
      .option('profile', {
        type: 'string',
        global: true,
        describe: userText(mainHelpText.profileOption()),
      })
      .option('region', {
        type: 'string',
        global: true,
        describe: userText(mainHelpText.regionOption()),
      })
      .option('endpoint-url', {
        type: 'string',
        global: true,
        describe: userText(mainHelpText.endpointUrlOption()),
      })
      .option('debug', {
        type: 'boolean',
        global: true,
        default: false,
        describe: userText(mainHelpText.debugOption()),
      }) as unknown as Argv<T & GlobalArgs>
  );
}

/** What commands need from the shared options, with AWS's environment variables applied. */
export interface ResolvedGlobals {
  profile: string;
  region: string | undefined;
  endpoints: Endpoints;
  debug: boolean;
}

/** Applies `AWS_PROFILE`, `AWSMFA_PROFILE` and the `AWS_ENDPOINT_URL*` variables to the parsed options. */
export function resolveGlobals(
  args: GlobalArgs,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedGlobals {
  return {
    profile: resolveProfileName({ profile: args.profile, env }),
    region: args.region,
    endpoints: resolveEndpoints({ endpointUrl: args.endpointUrl, env }),
    debug: args.debug,
  };
}

/**
 * yargs collects an option given twice into an array, which the commands (and their `.trim()`)
 * do not expect: keep the last value. Options declared as arrays (`--user`, `--trusted-ip`) keep
 * them all. Runs before yargs' own validation, so `--shell` choices see the value that counts.
 */
function lastOneCounts(
  argv: Record<string, unknown>,
  yargs: { getOptions(): { array: readonly string[] } },
): void {
  const arrays = new Set(yargs.getOptions().array);
  const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  for (const [key, value] of Object.entries(argv)) {
    // `_` and `--` are the positional words and what follows `--` (exec's command line).
    if (key === '_' || key === '--' || !Array.isArray(value)) continue;
    if (arrays.has(key) || arrays.has(kebab(key))) continue;
    argv[key] = value.at(-1);
  }
}
