// A real pseudo-terminal for prompt tests: a private tmux server running one shell.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface TmuxShell {
  /** Types `text` and presses Enter. */
  type(text: string): void;
  /** Sends keys by tmux name, e.g. `C-c`. */
  keys(...keys: string[]): void;
  /** The visible screen plus scrollback, with wrapped lines joined. */
  screen(): string;
  /** Waits until the screen matches, returning it; fails after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  kill(): void;
}

/** Starts `shell` (e.g. `bash --norc --noprofile`) in a detached tmux session with exactly `env`. */
export function startTmuxShell(shell: string[], env: Record<string, string>): TmuxShell {
  const socket = `awsmfa-test-${randomBytes(4).toString('hex')}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TERM: 'xterm' },
    });
  const envArgs = Object.entries({ TERM: 'xterm', ...env }).map(([k, v]) => `${k}=${v}`);
  tmux('new-session', '-d', '-s', 'main', '-x', '220', '-y', '50', 'env', '-i', ...envArgs, ...shell);
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', 'main');
  return {
    type(text) {
      tmux('send-keys', '-t', 'main', '-l', text);
      tmux('send-keys', '-t', 'main', 'Enter');
    },
    keys(...keys) {
      tmux('send-keys', '-t', 'main', ...keys);
    },
    screen,
    async waitFor(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = screen();
        if (pattern.test(text)) return text;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    kill() {
      try {
        tmux('kill-server');
      } catch {}
    },
  };
}
