/**
 * yargs' usage message as one line: its "Invalid values:" report spans two lines and names the
 * option without its dashes; awsmfa's errors are one line plus a hint. `argv` tells an option
 * (`--shell`) from a positional argument (`shell`).
 *
 * @example usageMessage('Invalid values:\n  Argument: shell, Given: "x", Choices: "bash", "zsh"', ['env', '--shell', 'x']) // '--shell "x" is not one of: bash, zsh.'
 */
export function usageMessage(message: string, argv: readonly string[]): string {
  const invalid = /^Invalid values:\s*Argument: (.+?), Given: (.+?), Choices: (.+)$/s.exec(message.trim());
  if (invalid) {
    const [, name, given, choices] = invalid as unknown as [string, string, string, string];
    const flag = `--${name}`;
    const option = argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)) ? flag : name;
    const list = choices
      .split(/,\s*/)
      .map((choice) => choice.replace(/^"(.*)"$/, '$1'))
      .join(', ');
    return `${option} ${given} is not one of: ${list}.`;
  }
  return message.trim().replace(/\s*\n\s*/g, ' ');
}
