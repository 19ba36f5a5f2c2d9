import { createInterface } from 'node:readline';
import { AwsMfaError, isAwsMfaError, noCodeError, normalizeMfaCode } from '@awsmfa/core';
import { openTty, type Tty } from './openTty.js';

export interface TtyPrompt {
  /** Asks "MFA code for arn:…:" on the terminal; MFA_CODE_UNAVAILABLE without one. */
  readCode(mfaSerial: string): Promise<string>;
  /**
   * Waits until `untilMs`, saying `reason` once: as a countdown on the terminal when there is one,
   * else as one line through `notify`.
   */
  waitForNextCode(untilMs: number, reason: string): Promise<void>;
}

/**
 * The prompt the CLI injects as the MFA code source: it reads and writes `/dev/tty`, never stdout
 * or stderr, so it is seen inside `eval "$(awsmfa env)"`, under `credential_process` and `exec`.
 * A malformed answer is explained and asked again (three tries); Ctrl-C is CANCELLED.
 */
export function ttyPrompt(
  options: {
    open?: () => Tty | undefined;
    now?: () => number;
    /** Where a wait is announced without a terminal (stderr). */
    notify?: (line: string) => void;
  } = {},
): TtyPrompt {
  const open = options.open ?? (() => openTty());
  const now = options.now ?? Date.now;
  return {
    async readCode(mfaSerial) {
      const tty = open();
      if (!tty) throw noCodeError(mfaSerial);
      try {
        for (let attempt = 1; ; attempt++) {
          const answer = await question(tty, `MFA code for ${mfaSerial}: `);
          try {
            return normalizeMfaCode(answer, 'the prompt');
          } catch (error) {
            if (!isAwsMfaError(error) || error.code !== 'INVALID_INPUT' || attempt >= 3) throw error;
            tty.output.write(`${error.message}\n`);
          }
        }
      } finally {
        tty.close();
      }
    },
    async waitForNextCode(untilMs, reason) {
      const tty = open();
      if (!tty) {
        const left = Math.max(0, Math.ceil((untilMs - now()) / 1000));
        options.notify?.(`${reason}; the next MFA code appears in ${left} s.`);
      }
      try {
        while (now() < untilMs) {
          const left = Math.ceil((untilMs - now()) / 1000);
          tty?.output.write(`\r\x1b[2K${reason}; the next MFA code appears in ${left} s…`);
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(1, untilMs - now()))));
        }
        tty?.output.write('\r\x1b[2K');
      } finally {
        tty?.close();
      }
    },
  };
}

function question(tty: Tty, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: tty.input, output: tty.output, terminal: true });
    let answered = false;
    // With the terminal in raw mode Ctrl-C arrives as a key, not as a signal.
    rl.on('SIGINT', () => {
      tty.output.write('\n');
      rl.close();
    });
    rl.on('close', () => {
      if (!answered)
        reject(new AwsMfaError('CANCELLED', 'Cancelled at the MFA code prompt; nothing was changed.'));
    });
    rl.question(text, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}
