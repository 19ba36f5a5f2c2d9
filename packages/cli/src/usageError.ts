// The USAGE error for a command line yargs refused: what is missing or wrong, the choices, and the
// command's own usage line, read from the command tree rather than from yargs' generic sentences
// ("Not enough non-option arguments: got 0, need at least 1").
import { AwsMfaError } from '@awsmfa/core';
import { type CommandLine, type CommandNode, type OptionSpec, parseCommandLine } from './commandTree.js';

/** Commands whose own command line follows `--` (`awsmfa exec -- aws s3 ls`). */
const runsCommandAfterDashDash = new Set(['exec']);

/**
 * Explains why `words` (the command line after `awsmfa`) is not a valid use, as one USAGE error
 * whose hint is the command's usage. `fallback` is yargs' own message (one line, see
 * usageMessage), used when the tree finds nothing more precise to say: a value not among the
 * choices, a check of the command's own.
 *
 * @example usageError(['hook'], tree, '…').message // 'awsmfa hook needs the shell: bash, zsh, fish or pwsh.'
 */
export function usageError(words: readonly string[], tree: CommandNode, fallback: string): AwsMfaError {
  const line = parseCommandLine(words, tree);
  const command = ['awsmfa', ...line.path].join(' ');
  const usage = `usage: ${usageLine(line)}`;
  const more = `${command} --help`;
  const error = (message: string, hint = `${usage} (${more} for more)`) =>
    new AwsMfaError('USAGE', message, { hint });
  const { node } = line;

  const unknownOption = line.unknown[0];
  if (unknownOption !== undefined) {
    return error(
      `${command} has no option ${unknownOption.split('=')[0]}.`,
      `${usage} (${more} lists the options)`,
    );
  }
  if (line.awaitingValue) return error(`--${line.awaitingValue.name} needs a value.`);
  const visible = node.subcommands.filter((sub) => !sub.hidden);
  if (visible.length > 0) {
    const [word] = line.positionals;
    if (word === undefined) {
      return line.path.length === 0
        ? error(
            `Name a command: ${visible.map((sub) => sub.name).join(', ')}.`,
            `${usage} (awsmfa --help says what each does)`,
          )
        : error(
            `Name a subcommand of ${command}: ${oneOf(visible.map((sub) => sub.name))}.`,
            `${usage} (${more} says what each does)`,
          );
    }
    const guess = /Did you mean (\S+)\?/.exec(fallback)?.[1];
    return error(
      `${command} has no command ${JSON.stringify(word)}${guess ? `; did you mean ${guess}?` : `; it has ${oneOf(visible.map((sub) => sub.name))}.`}`,
    );
  }
  for (const [index, positional] of node.positionals.entries()) {
    const value = line.positionals[index];
    if (value === undefined) {
      if (!positional.required) break;
      const what = positional.choices
        ? `: ${oneOf(positional.choices)}`
        : positional.describe
          ? ` (${lowerFirst(positional.describe)})`
          : '';
      return error(`${command} needs the ${positional.name}${what}.`);
    }
  }
  const missing = line.options.find((option) => option.required && !line.given.has(option));
  if (missing)
    return error(
      `${command} needs --${missing.name}${missing.describe ? ` (${lowerFirst(missing.describe)})` : ''}.`,
    );
  const takes = node.positionals.some((p) => p.variadic) ? Number.POSITIVE_INFINITY : node.positionals.length;
  if (line.positionals.length > takes) {
    const extra = line.positionals.slice(takes);
    if (runsCommandAfterDashDash.has(node.name) && line.afterDashDash === undefined) {
      return error(
        `${command} runs the command given after --: put -- before ${JSON.stringify(extra.join(' '))}.`,
        `${command} -- ${extra.join(' ')}`,
      );
    }
    return error(`${command} takes no argument ${JSON.stringify(extra[0])}.`);
  }
  for (const [first, second] of node.implies) {
    if (isGiven(line, first) && !isGiven(line, second)) return error(`--${first} needs --${second} too.`);
  }
  for (const [first, second] of node.conflicts) {
    if (isGiven(line, first) && isGiven(line, second))
      return error(`--${first} and --${second} cannot be used together.`);
  }
  return error(fallback.replace(/\s+$/, ''));
}

/** `awsmfa hook <bash|zsh|fish|pwsh> [options]`, `awsmfa policy check --group GROUP [options]`. */
export function usageLine(line: Pick<CommandLine, 'node' | 'path' | 'options'>): string {
  const { node } = line;
  const parts = ['awsmfa', ...line.path];
  const visible = node.subcommands.filter((sub) => !sub.hidden);
  if (visible.length > 0)
    parts.push(line.path.length === 0 ? '<command>' : `<${visible.map((sub) => sub.name).join('|')}>`);
  for (const positional of node.positionals) {
    const inner = `${positional.choices ? positional.choices.join('|') : positional.name}${positional.variadic ? '..' : ''}`;
    parts.push(positional.required ? `<${inner}>` : `[${inner}]`);
  }
  for (const option of line.options.filter((o) => o.required))
    parts.push(`--${option.name} ${placeholder(option)}`);
  if (line.options.some((o) => !o.hidden && !o.required && o.name !== 'help' && o.name !== 'version')) {
    parts.push('[options]');
  }
  if (runsCommandAfterDashDash.has(node.name)) parts.push('-- COMMAND [ARGS…]');
  return parts.join(' ');
}

function isGiven(line: CommandLine, name: string): boolean {
  return [...line.given.keys()].some((option) => option.name === name || option.aliases.includes(name));
}

function placeholder(option: OptionSpec): string {
  return option.name.toUpperCase().replaceAll('-', '_');
}

/** `a`, `a or b`, `a, b or c`. */
function oneOf(choices: readonly string[]): string {
  return choices.length <= 1 ? (choices[0] ?? '') : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
