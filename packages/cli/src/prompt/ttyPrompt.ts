import { createInterface } from 'node:readline';
import {
  AwsMfaError,
  isAwsMfaError,
  type Message,
  mfaCodeText,
  noCodeError,
  normalizeMfaCode,
  sessionCliText,
} from '@awsmfa/core';
import { userText } from '../userLanguage.js';
import { openTty, type Tty } from './openTty.js';

export interface TtyPrompt {
  /** Asks "MFA code for arn:…:" on the terminal; MFA_CODE_UNAVAILABLE without one. */
  readCode(mfaSerial: string): Promise<string>;
  /**
   * Waits until `untilMs`, saying `reason` once: as a countdown on the terminal when there is one,
   * else as one line through `notify`.
   */
  waitForNextCode(untilMs: number, reason: Message): Promise<void>;
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
    notify?: (line: Message) => void;
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
          const answer = await question(tty, userText(sessionCliText.askCode({ serial: mfaSerial })));
          try {
            return normalizeMfaCode(answer, mfaCodeText.thePrompt());
          } catch (error) {
            if (!isAwsMfaError(error) || error.code !== 'INVALID_INPUT' || attempt >= 3) throw error;
            tty.output.write(`${userText(error.text)}\n`);
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
        options.notify?.(sessionCliText.nextCodeIn({ reason, seconds: left }));
      }
      try {
        while (now() < untilMs) {
          const left = Math.ceil((untilMs - now()) / 1000);
          const line = userText(sessionCliText.nextCodeCountdown({ reason, seconds: left }));
          tty?.output.write(`\r\x1b[2K${line}`);
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
      if (!answered) reject(new AwsMfaError('CANCELLED', sessionCliText.cancelledAtPrompt()));
    });
    rl.question(text, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}
