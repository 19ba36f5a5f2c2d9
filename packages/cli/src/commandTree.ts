// What the yargs command modules declare, as plain data: the commands, their positionals and
// options. Usage errors name the choices and the command's usage from it, and shell completion
// completes from it. It is read by running each builder against a recorder rather than yargs, so
// nothing is parsed and no yargs internals are relied on.
import type { CommandModule } from 'yargs';

/** An option as a command declares it. */
export interface OptionSpec {
  name: string;
  aliases: string[];
  /** yargs' type; undefined when none was given (a string for yargs). */
  type: string | undefined;
  array: boolean;
  choices: readonly string[] | undefined;
  describe: string;
  hidden: boolean;
  /** demandOption: the command needs it. */
  required: boolean;
  /** Declared on the root with `global: true`: every command takes it. */
  global: boolean;
}

/** A positional word of a command (`<shell>`, `[cidrs..]`). */
export interface PositionalSpec {
  name: string;
  required: boolean;
  variadic: boolean;
  choices: readonly string[] | undefined;
  describe: string;
}

/** One command, with everything below it. */
export interface CommandNode {
  /** The word that selects it (`hook`); `awsmfa` for the root. */
  name: string;
  aliases: string[];
  describe: string;
  hidden: boolean;
  positionals: PositionalSpec[];
  options: OptionSpec[];
  subcommands: CommandNode[];
  /** Pairs of options where the first needs the second (yargs' implies). */
  implies: Array<[string, string]>;
  /** Pairs of options that exclude each other (yargs' conflicts). */
  conflicts: Array<[string, string]>;
}

// biome-ignore lint/suspicious/noExplicitAny: command modules differ in their argument types.
type AnyModule = CommandModule<any, any>;
type Builder = AnyModule['builder'];

/**
 * Reads the command tree: the root's own options (as `root` declares them on a parser, e.g.
 * withGlobalOptions) and every command module, recursively.
 *
 * @example commandTree(commands, withGlobalOptions).subcommands.map((c) => c.name)
 */
export function commandTree(modules: readonly AnyModule[], root: (yargs: never) => unknown): CommandNode {
  const node = emptyNode('awsmfa', [], '', false, '');
  record(node, (recorder) => root(recorder as never));
  for (const module of modules) node.subcommands.push(fromModule(module));
  return node;
}

/** The subcommand of `node` that `word` names (by name or alias). */
export function subcommandOf(node: CommandNode, word: string): CommandNode | undefined {
  return node.subcommands.find((sub) => sub.name === word || sub.aliases.includes(word));
}

/** The option `word` (`--endpoint-url`, `-y`, `--no-json`, `--profile=x`) names among `options`. */
export function optionOf(options: readonly OptionSpec[], word: string): OptionSpec | undefined {
  const key = word.replace(/^-+/, '').split('=')[0]!;
  const find = (name: string) => options.find((o) => o.name === name || o.aliases.includes(name));
  return find(key) ?? (key.startsWith('no-') ? find(key.slice(3)) : undefined);
}

/** Whether an option takes a value (`--profile dev`), as opposed to a flag (`--json`). */
export function takesValue(option: OptionSpec): boolean {
  return option.type !== 'boolean' && option.type !== 'count';
}

function fromModule(module: AnyModule): CommandNode {
  const spec = Array.isArray(module.command) ? module.command[0] : module.command;
  const words = String(spec ?? '').split(/\s+/);
  const aliases = [
    ...(Array.isArray(module.command) ? module.command.slice(1).map(String) : []),
    ...(module.aliases === undefined
      ? []
      : Array.isArray(module.aliases)
        ? module.aliases
        : [module.aliases]),
  ];
  const node = emptyNode(
    words[0] ?? '',
    aliases,
    typeof module.describe === 'string' ? module.describe : '',
    module.describe === false,
    words.slice(1).join(' '),
  );
  record(node, (recorder) => applyBuilder(module.builder, recorder));
  // `device <command>` names its subcommands, not a word of its own.
  if (node.subcommands.length > 0) node.positionals = [];
  return node;
}

function applyBuilder(builder: Builder, recorder: unknown): void {
  if (typeof builder === 'function') (builder as (y: unknown) => unknown)(recorder);
  else if (builder) (recorder as { options(o: unknown): unknown }).options(builder);
}

function emptyNode(
  name: string,
  aliases: string[],
  describe: string,
  hidden: boolean,
  words: string,
): CommandNode {
  return {
    name,
    aliases,
    describe,
    hidden,
    positionals: parsePositionals(words),
    options: [],
    subcommands: [],
    implies: [],
    conflicts: [],
  };
}

/** `<shell>`, `[cidrs..]` of a command string. */
function parsePositionals(words: string): PositionalSpec[] {
  return [...words.matchAll(/([<[])([^\]>]+)[\]>]/g)].map((match) => {
    const raw = match[2]!;
    const variadic = raw.endsWith('..');
    return {
      name: raw.replace(/\.\.$/, '').split('|')[0]!,
      required: match[1] === '<',
      variadic,
      choices: undefined,
      describe: '',
    };
  });
}

/** Runs `build` against a stand-in for yargs that writes what is declared into `node`. */
function record(node: CommandNode, build: (recorder: unknown) => void): void {
  const option = (name: string, opt: Record<string, unknown> = {}) => {
    const aliases = ([] as unknown[]).concat(opt.alias ?? []).map(String);
    const existing = node.options.find((o) => o.name === name);
    const spec: OptionSpec = {
      name,
      aliases: [...(existing?.aliases ?? []), ...aliases],
      type: typeof opt.type === 'string' ? opt.type : existing?.type,
      array: opt.array === true || existing?.array === true,
      choices: Array.isArray(opt.choices) ? opt.choices.map(String) : existing?.choices,
      describe: typeof opt.describe === 'string' ? opt.describe : (existing?.describe ?? ''),
      hidden: opt.hidden === true || existing?.hidden === true,
      required: (opt.demandOption !== undefined && opt.demandOption !== false) || existing?.required === true,
      global: opt.global === true || existing?.global === true,
    };
    if (existing) Object.assign(existing, spec);
    else node.options.push(spec);
  };
  const recorder: unknown = new Proxy(
    {},
    {
      get: (_target, method) => {
        return (...args: unknown[]) => {
          switch (method) {
            case 'option':
            case 'options':
              if (typeof args[0] === 'string') option(args[0], args[1] as Record<string, unknown>);
              else
                for (const [name, opt] of Object.entries((args[0] ?? {}) as Record<string, unknown>))
                  option(name, opt as Record<string, unknown>);
              break;
            case 'positional': {
              const positional = node.positionals.find((p) => p.name === args[0]);
              const opt = (args[1] ?? {}) as Record<string, unknown>;
              if (positional) {
                if (Array.isArray(opt.choices)) positional.choices = opt.choices.map(String);
                if (typeof opt.describe === 'string') positional.describe = opt.describe;
              }
              break;
            }
            case 'command':
              node.subcommands.push(
                typeof args[0] === 'object' && args[0] !== null
                  ? fromModule(args[0] as AnyModule)
                  : fromModule({
                      command: args[0] as string,
                      describe: args[1] as string,
                      builder: args[2] as Builder,
                      handler: () => {},
                    }),
              );
              break;
            case 'alias':
              option(String(args[0]), { alias: args[1] });
              break;
            case 'hide':
              option(String(args[0]), { hidden: true });
              break;
            case 'demandOption':
              for (const name of ([] as unknown[]).concat(args[0])) {
                const existing = node.options.find((o) => o.name === name);
                if (existing) existing.required = true;
              }
              break;
            case 'implies':
              node.implies.push([String(args[0]), String(args[1])]);
              break;
            case 'conflicts':
              node.conflicts.push([String(args[0]), String(args[1])]);
              break;
          }
          return recorder;
        };
      },
    },
  );
  build(recorder);
}

/** A command line read against the tree, as far as it goes. */
export interface CommandLine {
  /** The command reached, and the words that selected it (`['device', 'delete']`). */
  node: CommandNode;
  path: string[];
  /** The options this command takes: its own and the root's global ones. */
  options: OptionSpec[];
  /** Words that are neither options, their values, nor command names. */
  positionals: string[];
  /** Options given, with their values (the last one for a repeated option). */
  given: Map<OptionSpec, string | true>;
  /** Options the tree does not know for this command, as typed. */
  unknown: string[];
  /** An option given last without its value (`--profile` at the end). */
  awaitingValue: OptionSpec | undefined;
  /** The words after `--`, if it was given. */
  afterDashDash: string[] | undefined;
}

/**
 * Reads `words` (the command line after `awsmfa`) against the tree: which command they select,
 * which options and positionals they give. Reads as yargs does: `--opt value`, `--opt=value`,
 * an array option takes every word up to the next option, `--` ends the options.
 *
 * @example parseCommandLine(['device', 'delete', '--yes'], tree).path // ['device', 'delete']
 */
export function parseCommandLine(words: readonly string[], tree: CommandNode): CommandLine {
  const line: CommandLine = {
    node: tree,
    path: [],
    options: optionsAt(tree, tree),
    positionals: [],
    given: new Map(),
    unknown: [],
    awaitingValue: undefined,
    afterDashDash: undefined,
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    line.awaitingValue = undefined;
    if (word === '--') {
      line.afterDashDash = words.slice(i + 1);
      break;
    }
    if (word.startsWith('-') && word !== '-') {
      const option = optionOf(line.options, word);
      if (!option) {
        line.unknown.push(word);
        continue;
      }
      if (!takesValue(option) || word.includes('=')) {
        line.given.set(option, word.includes('=') ? word.slice(word.indexOf('=') + 1) : true);
        continue;
      }
      let value: string | undefined;
      while (i + 1 < words.length && !(words[i + 1]!.startsWith('-') && words[i + 1] !== '-')) {
        value = words[++i]!;
        if (!option.array) break;
      }
      if (value === undefined) line.awaitingValue = option;
      else line.given.set(option, value);
      continue;
    }
    const sub = line.positionals.length === 0 ? subcommandOf(line.node, word) : undefined;
    if (sub) {
      line.node = sub;
      line.path.push(word);
      line.options = optionsAt(sub, tree);
    } else line.positionals.push(word);
  }
  return line;
}

function optionsAt(node: CommandNode, tree: CommandNode): OptionSpec[] {
  if (node === tree) return tree.options;
  // A command's own declaration wins over the global one of the same name (import's --profile).
  const own = new Set(node.options.map((o) => o.name));
  return [...node.options, ...tree.options.filter((o) => o.global && !own.has(o.name))];
}
