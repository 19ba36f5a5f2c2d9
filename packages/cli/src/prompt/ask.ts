import { createInterface } from 'node:readline';
import { AwsMfaError, profileEditsText } from '@awsmfa/core';
import { userText } from '../userLanguage.js';
import { openTty, type Tty } from './openTty.js';

/** Something a command wrote before asking, and the stream it went to (a file or pipe, or the terminal). */
export interface Shown {
  text: string;
  on: { isTTY?: boolean };
}

/** Questions on the user's terminal, answered one line at a time. */
export interface TerminalPrompt {
  /** Writes `question` to the terminal and resolves with the next line typed (without the newline). */
  ask(question: string): Promise<string>;
  /** A y/N question: only `y`/`yes` (any case) is yes; Enter is no. */
  confirm(question: string): Promise<boolean>;
  /** Writes a line to the terminal (explanations between questions). */
  say(line: string): void;
  /**
   * Shows on the terminal what a question is about (a plan, a diff) that was written to a stream
   * which does not reach it: `> plan.txt`, `2>&1 | tail`. Nothing when that stream is the terminal.
   */
  show(shown: Shown): void;
  close(): void;
}

/** Where SIGINT arrives; the process by default, an emitter in unit tests. */
export type Interrupts = Pick<NodeJS.Process, 'on' | 'off'>;

export interface OpenPromptOptions {
  /**
   * The command's own Ctrl-C: aborting rejects the pending question with CANCELLED. Without it,
   * the prompt handles SIGINT itself while a question waits, the same way.
   */
  signal?: AbortSignal;
  /** Which streams count as a terminal; defaults to the process's. */
  stdin?: { isTTY?: boolean };
  stderr?: { isTTY?: boolean };
  /** Opens the terminal; default openTty() (`/dev/tty`). */
  open?: () => Tty | undefined;
  /** Where SIGINT is listened for; default the process. */
  interrupts?: Interrupts;
}

/** The one line Ctrl-C at a question ends with: questions come before any change. */
export const cancelledMessage = profileEditsText.cancelled;

/** True when a person may be at a terminal: stdin or stderr is one (not in scripts, CI, tests). */
export function isInteractive(
  stdin: { isTTY?: boolean } = process.stdin,
  stderr: { isTTY?: boolean } = process.stderr,
): boolean {
  return stdin.isTTY === true || stderr.isTTY === true;
}

/**
 * Opens the controlling terminal (openTty) for a dialogue of several questions: prompts are
 * written to it and answers read from it, so it works inside `$(awsmfa …)` and with stdout or
 * stderr redirected. Returns undefined when neither stdin nor stderr is a terminal (scripts, CI,
 * tests, even when a controlling terminal exists) or there is none: callers then need
 * `--code…`/`--yes` options.
 *
 * The terminal stays in cooked mode, so it echoes and edits the line itself, and Ctrl-C reaches
 * the process as SIGINT: the pending question is rejected with CANCELLED ("nothing was changed",
 * also written on the terminal when stderr does not reach it), never a stack.
 *
 * @example const prompt = openPrompt({ signal }); const code = await prompt?.ask('MFA code 1: ')
 */
export function openPrompt(options: OpenPromptOptions = {}): TerminalPrompt | undefined {
  const stderr = options.stderr ?? process.stderr;
  if (!isInteractive(options.stdin ?? process.stdin, stderr)) return undefined;
  const tty = (options.open ?? openTty)();
  if (!tty) return undefined;
  return promptOn(tty, {
    signal: options.signal,
    interrupts: options.interrupts ?? process,
    stderrIsTerminal: stderr.isTTY === true,
  });
}

function promptOn(
  tty: Tty,
  context: { signal: AbortSignal | undefined; interrupts: Interrupts; stderrIsTerminal: boolean },
): TerminalPrompt {
  const { input, output } = tty;
  const { signal, interrupts } = context;
  // terminal: false leaves echo and line editing to the terminal driver (cooked mode).
  const lines = createInterface({ input, terminal: false });
  const typedAhead: string[] = [];
  let waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  let ended = false;
  let interrupted = false;
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
  const cancel = () => {
    interrupted = true;
    // The terminal echoed ^C on the question's line; the outcome goes on a line of its own, and on
    // the terminal itself when stderr (where the error is rendered) goes elsewhere.
    output.write(context.stderrIsTerminal || !waiting ? '\n' : `\n${userText(cancelledMessage())}\n`);
    waiting?.reject(cancelled());
    waiting = undefined;
  };
  signal?.addEventListener('abort', cancel, { once: true });
  // Without the command's own signal, SIGINT is ours only while a question waits: elsewhere
  // Node's default (exit) is right, as nothing is pending.
  const onSigint = () => cancel();

  const ask = (question: string) => {
    if (interrupted || signal?.aborted) return Promise.reject(cancelled());
    output.write(question);
    const line = typedAhead.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.reject(endOfInput());
    return new Promise<string>((resolve, reject) => {
      const settle = () => {
        if (!signal) interrupts.off('SIGINT', onSigint);
      };
      waiting = {
        resolve: (answer) => {
          settle();
          resolve(answer);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      if (!signal) interrupts.on('SIGINT', onSigint);
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
    show({ text, on }) {
      if (on.isTTY !== true && text !== '') output.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    close() {
      signal?.removeEventListener('abort', cancel);
      if (!signal) interrupts.off('SIGINT', onSigint);
      lines.close();
      tty.close();
    },
  };
}

/**
 * Asks a y/N question on the terminal after showing there what it is about (see `show`).
 * Undefined when there is no terminal to ask on.
 */
export async function confirmOnTerminal(
  question: string,
  shown: readonly Shown[],
  options: OpenPromptOptions = {},
): Promise<boolean | undefined> {
  const prompt = openPrompt(options);
  if (!prompt) return undefined;
  try {
    for (const item of shown) prompt.show(item);
    return await prompt.confirm(`${question} [y/N] `);
  } finally {
    prompt.close();
  }
}

function cancelled() {
  return new AwsMfaError('CANCELLED', cancelledMessage());
}

function endOfInput() {
  return new AwsMfaError('CANCELLED', profileEditsText.endOfInput());
}
