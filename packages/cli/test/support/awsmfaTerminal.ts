// awsmfa at a real terminal: a shell in tmux (startTmuxShell) that runs the built CLI once.
import { onTestFinished } from 'vitest';
import { cliPath } from './awsmfa.js';
import { startTmuxShell } from './tmux.js';

const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** A terminal where one awsmfa command runs. */
export interface AwsmfaTerminal {
  /** Types a line and Enter (just Enter for ''). */
  line(text: string): void;
  /** Sends keys by tmux name, e.g. `C-c`. */
  keys(...names: string[]): void;
  /** Screen and scrollback as text, colours removed. */
  screen(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the command to end and returns its exit status. */
  exitStatus(timeoutMs?: number): Promise<number>;
}

/** Runs `awsmfa …args` at a terminal with `env` (HOME at least). */
export function runInTmux(args: readonly string[], env: Record<string, string>): AwsmfaTerminal {
  return runScriptInTmux(`awsmfa ${args.map(quote).join(' ')}`, env);
}

/** Runs a POSIX sh `script` at a terminal, in which the function `awsmfa` runs the built CLI. */
export function runScriptInTmux(script: string, env: Record<string, string>): AwsmfaTerminal {
  const shell = startTmuxShell(['sh'], {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWSMFA_NODE: process.execPath,
    AWSMFA_CLI: cliPath,
    ...env,
  });
  onTestFinished(() => shell.kill());
  // The exit status is printed as "[exit N]"; the typed line itself shows "$?", which never matches.
  shell.type(`awsmfa() { "$AWSMFA_NODE" "$AWSMFA_CLI" "$@"; }; ${script}; echo "[exit $?]"`);
  return {
    line: (text) => (text === '' ? shell.keys('Enter') : shell.type(text)),
    keys: (...names) => shell.keys(...names),
    screen: () => shell.screen(),
    waitFor: (pattern, timeoutMs = 20_000) => shell.waitFor(pattern, timeoutMs),
    exitStatus: async (timeoutMs = 20_000) =>
      Number(/\[exit (\d+)\]/.exec(await shell.waitFor(/\[exit \d+\]/, timeoutMs))![1]),
  };
}
