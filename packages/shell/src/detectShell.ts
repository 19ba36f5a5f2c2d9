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

/** What {@link detectShell} looks at; the caller gathers it (this package does no I/O). */
export interface ShellHints {
  /** Names of the ancestor processes, nearest first (the parent of awsmfa is the shell that runs `$(…)`). */
  processNames?: readonly string[];
  /** The `SHELL` environment variable: the login shell, a weaker hint than the parent process. */
  shellVariable?: string | undefined;
  platform?: string;
}

/**
 * Picks the shell to print for: the nearest ancestor process that is a known shell, else `$SHELL`,
 * else `pwsh` on Windows and `bash` elsewhere.
 */
export function detectShell(hints: ShellHints): ShellName {
  for (const name of hints.processNames ?? []) {
    const shell = shellFromName(name);
    if (shell) return shell;
  }
  const fromVariable = hints.shellVariable ? shellFromName(hints.shellVariable) : undefined;
  if (fromVariable) return fromVariable;
  return hints.platform === 'win32' ? 'pwsh' : 'bash';
}

/** Type guard for user input such as `--shell`. */
export function isShellName(value: string): value is ShellName {
  return (shellNames as readonly string[]).includes(value);
}
