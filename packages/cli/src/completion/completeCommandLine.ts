import { type CommandNode, type OptionSpec, optionOf, parseCommandLine, takesValue } from '../commandTree.js';

/** One completion: the word to insert, and what it is (shown by zsh, fish and PowerShell). */
export interface Candidate {
  value: string;
  description: string;
}

export interface CompletionContext {
  /** The profile names of the user's AWS files (read only when a profile is being completed). */
  profileNames(): readonly string[];
}

/**
 * What may come at word `index` of `words` (the command line after `awsmfa`, as the shell split
 * it; the word at `index`, possibly missing when empty, is the one being typed): subcommands,
 * options, an option's values (choices, profile names), a positional's choices. An empty list
 * leaves it to the shell (file names), which is what a file argument wants.
 *
 * @example completeCommandLine(tree, ['env', '--sh'], 1, context) // [{ value: '--shell', … }]
 */
export function completeCommandLine(
  tree: CommandNode,
  words: readonly string[],
  index: number,
  context: CompletionContext,
): Candidate[] {
  const before = joinEquals(words.slice(0, index));
  const current = words[index] ?? '';
  const line = parseCommandLine(before.words, tree);
  if (line.afterDashDash !== undefined) return [];
  // bash splits `--profile=de` into `--profile`, `=`, `de`: complete the value after the `=`.
  if (before.pendingEquals) return valuesOf(before.pendingEquals, line.options, current, context);
  if (current === '=' && line.awaitingValue) {
    return values(line.awaitingValue, '', context).map((c) => ({
      ...c,
      value: `=${c.value}`,
    }));
  }
  if (line.awaitingValue) return values(line.awaitingValue, current, context);
  const assignment = /^(--[^=]+)=(.*)$/.exec(current);
  if (assignment) {
    const option = optionOf(line.options, assignment[1]!);
    if (!option || !takesValue(option)) return [];
    return values(option, assignment[2]!, context).map((c) => ({
      ...c,
      value: `${assignment[1]}=${c.value}`,
    }));
  }
  if (current.startsWith('-')) return optionNames(line, current);

  const subcommands = line.node.subcommands.filter((sub) => !sub.hidden);
  if (subcommands.length > 0 && line.positionals.length === 0) {
    return subcommands
      .filter((sub) => sub.name.startsWith(current))
      .map((sub) => ({ value: sub.name, description: short(sub.describe) }));
  }
  const positional =
    line.node.positionals[line.positionals.length] ?? line.node.positionals.find((p) => p.variadic);
  if (positional) {
    return (positional.choices ?? [])
      .filter((choice) => choice.startsWith(current))
      .map((choice) => ({ value: choice, description: short(positional.describe) }));
  }
  // Nothing positional is left to type: what else the command takes.
  return current === '' ? optionNames(line, current) : [];
}

/** The options not given yet (array options may repeat), as `--name`. */
function optionNames(line: ReturnType<typeof parseCommandLine>, current: string): Candidate[] {
  const given = new Set(line.given.keys());
  return line.options
    .filter((option) => !option.hidden && (option.array || !given.has(option)))
    .map((option) => ({ value: `--${option.name}`, description: short(option.describe) }))
    .filter((candidate) => candidate.value.startsWith(current));
}

/** The values an option takes: its choices, or profile names for `--profile`; else none (files). */
function values(option: OptionSpec, current: string, context: CompletionContext): Candidate[] {
  const names = option.choices ?? (/(^|-)profile$/.test(option.name) ? safely(context.profileNames) : []);
  const what = option.choices ? short(option.describe) : 'profile';
  return names.filter((name) => name.startsWith(current)).map((name) => ({ value: name, description: what }));
}

function valuesOf(
  word: string,
  options: readonly OptionSpec[],
  current: string,
  context: CompletionContext,
): Candidate[] {
  const option = optionOf(options, word);
  return option && takesValue(option) ? values(option, current, context) : [];
}

/** Reads `--opt = value` (bash's split of `--opt=value`) back as one word; notes a trailing `--opt =`. */
function joinEquals(words: readonly string[]): { words: string[]; pendingEquals: string | undefined } {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i + 1] === '=' && words[i]!.startsWith('--')) {
      if (i + 2 >= words.length) return { words: joined, pendingEquals: words[i] };
      joined.push(`${words[i]}=${words[i + 2]}`);
      i += 2;
    } else joined.push(words[i]!);
  }
  return { words: joined, pendingEquals: undefined };
}

function safely(read: () => readonly string[]): readonly string[] {
  try {
    return read();
  } catch {
    // An unreadable AWS file is reported by the command itself, not in the middle of a Tab.
    return [];
  }
}

/** A description short enough for a completion menu: its first clause, without `[env: …]`. */
function short(text: string): string {
  const first = text.split(/ \[|; |\. /)[0]!.trim();
  return first.length > 70 ? `${first.slice(0, 69)}…` : first;
}
