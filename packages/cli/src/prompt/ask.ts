import { createInterface } from 'node:readline';
import { AwsMfaError } from '@awsmfa/core';
import { openTty, type Tty } from './openTty.js';

/** Questions on the user's terminal, answered one line at a time. */
export interface TerminalPrompt {
  /** Writes `question` to the terminal and resolves with the next line typed (without the newline). */
  ask(question: string): Promise<string>;
  /** A y/N question: only `y`/`yes` (any case) is yes; Enter is no. */
  confirm(question: string): Promise<boolean>;
  /** Writes a line to the terminal (explanations between questions). */
  say(line: string): void;
  close(): void;
}

export interface OpenPromptOptions {
  /** Aborting (Ctrl-C) rejects the pending question with CANCELLED. */
  signal?: AbortSignal;
  /** Which streams count as a terminal; defaults to the process's. */
  stdin?: { isTTY?: boolean };
  stderr?: { isTTY?: boolean };
  /** Opens the terminal; default openTty() (`/dev/tty`). */
  open?: () => Tty | undefined;
}

/**
 * Opens the controlling terminal (openTty) for a dialogue of several questions: prompts are
 * written to it and answers read from it, so it works inside `$(awsmfa …)` and with stdout piped.
 * Returns undefined when neither stdin nor stderr is a terminal (scripts, CI, tests, even when a
 * controlling terminal exists) or there is none: callers then need `--code…`/`--yes` options.
 *
 * The terminal stays in cooked mode, so it echoes and edits the line itself, and Ctrl-C reaches
 * the process as SIGINT, where the command's handler cleans up before exiting.
 *
 * @example const prompt = openPrompt({ signal }); const code = await prompt?.ask('MFA code 1: ')
 */
export function openPrompt(options: OpenPromptOptions = {}): TerminalPrompt | undefined {
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  if (!stdin.isTTY && !stderr.isTTY) return undefined;
  const tty = (options.open ?? openTty)();
  if (!tty) return undefined;
  return promptOn(tty.input, tty.output, options.signal, () => tty.close());
}

function promptOn(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  signal: AbortSignal | undefined,
  release: () => void,
): TerminalPrompt {
  // terminal: false leaves echo and line editing to the terminal driver (cooked mode).
  const lines = createInterface({ input, terminal: false });
  const typedAhead: string[] = [];
  let waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  let ended = false;
  lines.on('line', (line) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(line);
    } else typedAhead.push(line);
  });
  lines.on('close', () => {
    ended = true;
    waiting?.reject(endOfInput());
    waiting = undefined;
  });
  const onAbort = () => {
    output.write('\n');
    waiting?.reject(cancelled());
    waiting = undefined;
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  const ask = (question: string) => {
    if (signal?.aborted) return Promise.reject(cancelled());
    output.write(question);
    const line = typedAhead.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.reject(endOfInput());
    return new Promise<string>((resolve, reject) => {
      waiting = { resolve, reject };
    });
  };
  return {
    ask,
    async confirm(question) {
      return /^\s*y(es)?\s*$/i.test(await ask(question));
    },
    say(line) {
      output.write(`${line}\n`);
    },
    close() {
      signal?.removeEventListener('abort', onAbort);
      lines.close();
      release();
    },
  };
}

function cancelled() {
  return new AwsMfaError('CANCELLED', 'Cancelled.');
}

function endOfInput() {
  return new AwsMfaError('CANCELLED', 'The terminal closed (end of input) before an answer was typed.');
}
