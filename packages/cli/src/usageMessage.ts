import { type Message, usageText, verbatim } from '@awsmfa/core';
import { yargsPattern } from './yargsStrings.js';

/**
 * yargs' usage message as one line: its "Invalid values:" report spans two lines and names the
 * option without its dashes; awsmfa's errors are one line plus a hint. `argv` tells an option
 * (`--shell`) from a positional argument (`shell`).
 *
 * @example usageMessage('Invalid values:\n  Argument: shell, Given: "x", Choices: "bash", "zsh"', ['env', '--shell', 'x']) // '--shell "x" is not one of: bash, zsh.' (as a Message)
 */
export function usageMessage(message: string, argv: readonly string[]): Message {
  // yargs' own sentence, in the language it was given (yargsStrings).
  const invalid = new RegExp(
    `^${yargsPattern('invalidValues').source}\\s*${yargsPattern('argumentGivenChoices').source}$`,
    's',
  ).exec(message.trim());
  if (invalid) {
    const [, name, given, choices] = invalid as unknown as [string, string, string, string];
    const flag = `--${name}`;
    const option = argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)) ? flag : name;
    const list = choices.split(/,\s*/).map((choice) => choice.replace(/^"(.*)"$/, '$1'));
    return usageText.notOneOf({ option, given, choices: list });
  }
  return verbatim(message.trim().replace(/\s*\n\s*/g, ' '));
}
