// The USAGE error for a command line yargs refused: what is missing or wrong, the choices, and the
// command's own usage line, read from the command tree rather than from yargs' generic sentences
// ("Not enough non-option arguments: got 0, need at least 1").
import { AwsMfaError, type Message, usageText, verbatim } from '@awsmfa/core';
import { type CommandLine, type CommandNode, type OptionSpec, parseCommandLine } from './commandTree.js';
import { yargsPattern } from './yargsStrings.js';

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
export function usageError(words: readonly string[], tree: CommandNode, fallback: Message): AwsMfaError {
  const line = parseCommandLine(words, tree);
  const command = ['awsmfa', ...line.path].join(' ');
  const usage = usageText.usageLine({ line: usageLine(line) });
  const help = `${command} --help`;
  const error = (message: Message, hint: Message = usageText.forMore({ usage, help })) =>
    new AwsMfaError('USAGE', message, { hint });
  const { node } = line;

  const visible = node.subcommands.filter((sub) => !sub.hidden);
  const choices = (names: readonly string[]) => usageText.oneOf({ choices: names });
  const names = visible.map((sub) => sub.name);
  const [word] = line.positionals;
  // A mistyped command typed before an unknown option is the mistake: its options are bound to
  // look unknown too (`awsmfa policy generate --trusted-ip …` is about "generate").
  const unknownCommand = () => {
    const guess = yargsPattern('didYouMean', '(\\S+)').exec(fallback.english)?.[1];
    const quoted = JSON.stringify(word);
    return error(
      guess
        ? usageText.noSuchCommandGuess({ command, word: quoted, guess })
        : usageText.noSuchCommand({ command, word: quoted, choices: choices(names) }),
    );
  };
  const unknownOption = line.unknown[0];
  const typedFirst = (a: string, b: string) => words.indexOf(a) < words.indexOf(b);
  if (
    visible.length > 0 &&
    word !== undefined &&
    (unknownOption === undefined || typedFirst(word, unknownOption))
  )
    return unknownCommand();
  if (unknownOption !== undefined) {
    return error(
      usageText.noSuchOption({ command, option: unknownOption.split('=')[0]! }),
      usageText.listsOptions({ usage, help }),
    );
  }
  if (line.awaitingValue) return error(usageText.needsValue({ option: line.awaitingValue.name }));
  if (visible.length > 0) {
    if (word === undefined) {
      return line.path.length === 0
        ? error(
            usageText.nameACommand({ commands: names }),
            usageText.saysWhatEachDoes({ usage, help: 'awsmfa --help' }),
          )
        : error(
            usageText.nameASubcommand({ command, choices: choices(names) }),
            usageText.saysWhatEachDoes({ usage, help }),
          );
    }
    return unknownCommand();
  }
  for (const [index, positional] of node.positionals.entries()) {
    const value = line.positionals[index];
    if (value === undefined) {
      if (!positional.required) break;
      return error(
        positional.choices
          ? usageText.needsChoice({ command, name: positional.name, choices: choices(positional.choices) })
          : usageText.needsPositional({ command, name: positional.name, describe: positional.describe }),
      );
    }
  }
  const missing = line.options.find((option) => option.required && !line.given.has(option));
  if (missing)
    return error(usageText.needsOption({ command, option: missing.name, describe: missing.describe }));
  const takes = node.positionals.some((p) => p.variadic) ? Number.POSITIVE_INFINITY : node.positionals.length;
  if (line.positionals.length > takes) {
    const extra = line.positionals.slice(takes);
    if (runsCommandAfterDashDash.has(node.name) && line.afterDashDash === undefined) {
      return error(
        usageText.putDashDash({ command, words: JSON.stringify(extra.join(' ')) }),
        verbatim(`${command} -- ${extra.join(' ')}`),
      );
    }
    return error(usageText.takesNoArgument({ command, word: JSON.stringify(extra[0]) }));
  }
  for (const [first, second] of node.implies) {
    if (isGiven(line, first) && !isGiven(line, second)) return error(usageText.needsToo({ first, second }));
  }
  for (const [first, second] of node.conflicts) {
    if (isGiven(line, first) && isGiven(line, second))
      return error(usageText.cannotCombine({ first, second }));
  }
  return error(fallback);
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
