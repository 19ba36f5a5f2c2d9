import { AwsMfaError, type Message, usageText } from '@awsmfa/core';
import type { Argv } from 'yargs';

/** The shared options (see withGlobalOptions) a command may have no use for. */
export type GlobalOptionName = 'profile' | 'region' | 'endpoint-url' | 'debug';

/**
 * For a command that has no use for some shared options: leaves them out of its --help, and
 * refuses them (USAGE) rather than ignoring them silently, except `--debug`, which is harmless
 * anywhere. `why` says what the command uses instead, e.g. `the hook refreshes the profile of the
 * shell's session (AWSMFA_PROFILE)` (a catalogue Message).
 *
 * @example ignoresGlobalOptions(yargs, 'hook', ['profile', 'region', 'endpoint-url', 'debug'], '…')
 */
export function ignoresGlobalOptions<T>(
  yargs: Argv<T>,
  command: string,
  names: readonly GlobalOptionName[],
  why: Message,
): Argv<T> {
  let result = yargs;
  for (const name of names) result = result.hide(name);
  return result.check((argv) => {
    const given = names.find(
      (name) => name !== 'debug' && (argv as Record<string, unknown>)[name] !== undefined,
    );
    if (given === undefined) return true;
    throw new AwsMfaError('USAGE', usageText.doesNotTake({ command, option: given, why }), {
      hint: usageText.leaveOut({ command, option: given }),
    });
  }, false);
}
