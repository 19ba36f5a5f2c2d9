import { type ShellName, shellNames } from './shell.js';

const aliases: Readonly<Record<string, ShellName>> = {
  bash: 'bash',
  zsh: 'zsh',
  fish: 'fish',
  pwsh: 'pwsh',
  powershell: 'pwsh',
  cmd: 'cmd',
  sh: 'sh',
  dash: 'sh',
  ash: 'sh',
  ksh: 'sh',
  mksh: 'sh',
};

/**
 * Maps a program name or path to a shell: keeps the part after the last `/` or `\`, drops a
 * login shell's leading `-` and a Windows `.exe`, ignores case.
 *
 * @example shellFromName('/usr/bin/zsh') // 'zsh';  shellFromName('-bash') // 'bash'
 */
export function shellFromName(name: string): ShellName | undefined {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/^-/, '')
    .replace(/\.exe$/i, '')
    .toLowerCase();
  return aliases[base];
}

/** An ancestor process: its program name and, when known, its arguments (after the name). */
export interface AncestorProcess {
  name: string;
  args?: readonly string[] | undefined;
}

/** What {@link detectShell} looks at; the caller gathers it (this package does no I/O). */
export interface ShellHints {
  /**
   * The ancestor processes, nearest first (the parent of awsmfa is the shell that runs `$(…)`).
   * Read lazily: detection stops at the first interactive shell, so a generator saves the rest.
   */
  ancestors?: Iterable<AncestorProcess>;
  /** The `SHELL` environment variable: the login shell, a weaker hint than the process tree. */
  shellVariable?: string | undefined;
  platform?: string;
  /** On Windows, where there is no cheap process tree: `PROMPT` and `PSModulePath`. */
  environment?: Readonly<Record<string, string | undefined>>;
}

/** The shell picked, and whether the process tree showed it (else it is a guess). */
export interface DetectedShell {
  shell: ShellName;
  certain: boolean;
}

// npm, pnpm, yarn and npx run a script with `sh -c` (/bin/sh: dash, or bash started as sh on
// macOS, whose argv[0] still says sh). A bash or zsh started with -c was chosen by someone, and is
// the shell.
const wrapperShells: ReadonlySet<ShellName> = new Set(['sh']);
// What a `-c` script contains when it evaluates awsmfa's output itself, rather than pass it on.
const evaluatesOutput = /\$\(|`|\beval\b|\bsource\b|(^|[;&|\s])\.\s/;

/**
 * Picks the shell to print for: the nearest ancestor process that is a shell, looking past
 * wrappers (node, npm, npx, pnpm, yarn, and an `sh -c 'node …'` that only passes the output on),
 * so that `pnpm awsmfa env | source` in fish prints fish code. Without one: `$SHELL`, else (on
 * Windows) cmd when only cmd.exe's `PROMPT` marks the environment, else pwsh on Windows and bash
 * elsewhere; those are guesses (`certain: false`).
 */
export function detectShell(hints: ShellHints): DetectedShell {
  for (const ancestor of hints.ancestors ?? []) {
    const shell = shellFromName(ancestor.name);
    if (shell && !isWrapper(shell, ancestor.args)) return { shell, certain: true };
  }
  const fromVariable = hints.shellVariable ? shellFromName(hints.shellVariable) : undefined;
  if (fromVariable) return { shell: fromVariable, certain: false };
  if (hints.platform !== 'win32') return { shell: 'bash', certain: false };
  return { shell: windowsGuess(hints.environment ?? {}), certain: false };
}

/** `sh -c 'node cli.js env'` passes awsmfa's output on; `sh -c 'eval "$(awsmfa env)"'` reads it. */
function isWrapper(shell: ShellName, args: readonly string[] | undefined): boolean {
  if (!wrapperShells.has(shell) || !args) return false;
  const option = args.findIndex((arg) => /^-[A-Za-z]*c[A-Za-z]*$/.test(arg));
  if (option < 0) return false;
  return !evaluatesOutput.test(args.slice(option + 1).join(' '));
}

/**
 * cmd.exe sets `PROMPT` in its environment; PowerShell adds the module folder in the user's
 * profile (`%USERPROFILE%\\Documents\\PowerShell\\Modules`, `…\\WindowsPowerShell\\Modules`) to
 * `PSModulePath`, where Windows itself has only machine folders. Children inherit both, so either
 * may come from further up: a guess, PowerShell's mark first.
 */
function windowsGuess(environment: Readonly<Record<string, string | undefined>>): ShellName {
  const variable = (name: string) =>
    Object.entries(environment).find(([key]) => key.toUpperCase() === name)?.[1] ?? '';
  const profile = variable('USERPROFILE').toLowerCase().replace(/\\+$/, '');
  const powershellRan =
    profile !== '' &&
    variable('PSMODULEPATH')
      .split(';')
      .some((folder) => {
        const lower = folder.toLowerCase();
        return lower.startsWith(`${profile}\\`) && /powershell\\modules\\?$/.test(lower);
      });
  return variable('PROMPT') && !powershellRan ? 'cmd' : 'pwsh';
}

/** Type guard for user input such as `--shell`. */
export function isShellName(value: string): value is ShellName {
  return (shellNames as readonly string[]).includes(value);
}
