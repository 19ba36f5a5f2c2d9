import { statSync } from 'node:fs';
import { win32 } from 'node:path';
import { type SystemShellInvocation, systemShell } from '@awsmfa/core';

type Env = Readonly<Record<string, string | undefined>>;

// cmd.exe's special characters (the set cross-spawn escapes); `^` makes each one literal.
const cmdMetaCharacters = /([()\][%!^"`<>&|;, *?])/g;

/**
 * How `awsmfa exec -- COMMAND ARGS…` starts its command. Elsewhere, and on Windows for a program,
 * directly. On Windows Node finds only `.exe`/`.com` files on PATH and refuses to start a batch
 * file without a shell (CVE-2024-27980), yet npm installs tools as `.cmd` shims (`cdk.cmd`): so
 * COMMAND is looked up with PATHEXT as cmd.exe would, and a batch file runs through
 * `cmd /d /s /c` with every cmd special character escaped by `^`, twice in the arguments, because
 * the batch file's `%*` goes through cmd's parser once more. Returns the word it cannot pass to a
 * batch file (`%`, `"`, line breaks) instead.
 */
export function commandInvocation(
  command: string,
  args: readonly string[],
  context: { platform: NodeJS.Platform; env: Env; cwd: string; isFile?: (path: string) => boolean },
): SystemShellInvocation | { unsafe: string } {
  const direct = { file: command, args: [...args], windowsVerbatimArguments: false };
  if (context.platform !== 'win32') return direct;
  const found = findOnWindowsPath(command, context.env, context.cwd, context.isFile ?? isFile);
  if (found === undefined) return direct;
  if (!/\.(cmd|bat)$/i.test(found)) return { ...direct, file: found };
  for (const word of [found, ...args]) {
    if (/["%\r\n\x00]/.test(word)) return { unsafe: word };
  }
  const line = [
    escapeForCmd(quoteForCrt(found)),
    ...args.map((arg) => escapeForCmd(escapeForCmd(quoteForCrt(arg)))),
  ];
  return systemShell(line.join(' '), 'win32', context.env);
}

/** The file cmd.exe would run for `command`: the folder itself, then PATH; PATHEXT for a bare name. */
function findOnWindowsPath(
  command: string,
  env: Env,
  cwd: string,
  exists: (path: string) => boolean,
): string | undefined {
  const variable = (name: string) => Object.entries(env).find(([key]) => key.toUpperCase() === name)?.[1];
  const extensions = (variable('PATHEXT') || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean);
  const hasExtension = extensions.some((ext) => command.toUpperCase().endsWith(ext.toUpperCase()));
  const folders = /[\\/:]/.test(command)
    ? ['']
    : [cwd, ...(variable('PATH') ?? '').split(';').filter(Boolean)];
  for (const folder of folders) {
    for (const ext of hasExtension ? [''] : extensions) {
      const candidate = folder ? win32.join(folder, command + ext) : command + ext;
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Double quotes around `word` for the C runtime; backslashes before the closing quote doubled. */
function quoteForCrt(word: string): string {
  const trailingBackslashes = word.length - word.replace(/\\+$/, '').length;
  return `"${word}${'\\'.repeat(trailingBackslashes)}"`;
}

function escapeForCmd(text: string): string {
  return text.replace(cmdMetaCharacters, '^$1');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
