import { AwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import type { Message } from '../messages/message.js';
import { normalizeMfaCode } from '../session/normalizeMfaCode.js';
import { checkCodePair, secondsUntilNextCode } from './mfaCodes.js';

export interface ReadCodePairOptions {
  /** Asks for one line on the terminal. */
  askCode: (question: Message) => Promise<string>;
  notify: (message: Message) => void;
  /** The device's seed, when known (a device just created): catches skipped or swapped codes locally. */
  base32Seed?: string | undefined;
  now?: (() => number) | undefined;
}

/**
 * Asks for two consecutive codes, as EnableMFADevice and ResyncMFADevice need them. A malformed,
 * repeated, skipped or swapped code is explained and asked again, so it costs no AWS attempt;
 * "wait for the next code" is said with the seconds left by this computer's clock.
 */
export async function readCodePair(options: ReadCodePairOptions): Promise<{ code1: string; code2: string }> {
  const { askCode, notify } = options;
  const now = options.now ?? Date.now;
  // The bound only stops a runaway input; a person gets as many rounds as they need in practice.
  for (let round = 0; round < 10; round++) {
    const code1 = await askValidCode(enrollText.askCode1(), enrollText.code1());
    let code2: string;
    for (;;) {
      const seconds = secondsUntilNextCode(now());
      code2 = await askValidCode(enrollText.askCode2({ seconds }), enrollText.code2());
      if (code2 !== code1) break;
      notify(enrollText.sameCodesWait({ error: sameCodesError().text }));
    }
    if (!options.base32Seed) return { code1, code2 };
    const check = checkCodePair(options.base32Seed, code1, code2, now());
    if (check.kind !== 'not-consecutive') return { code1, code2 };
    notify(check.gap > 1 ? enrollText.codeSkipped() : enrollText.codesSwapped());
  }
  throw new AwsMfaError('INVALID_INPUT', enrollText.tooManyUnusable(), {
    hint: enrollText.tooManyUnusableHint(),
  });

  async function askValidCode(question: Message, label: Message) {
    for (let tries = 1; ; tries++) {
      const answer = await askCode(question);
      try {
        return normalizeMfaCode(answer, label);
      } catch (error) {
        if (tries >= 5) throw error;
        notify(enrollText.tryAgain({ error: (error as AwsMfaError).text }));
      }
    }
  }
}

/** Both codes the same: the classic mistake of typing the code on screen twice. */
export function sameCodesError(): AwsMfaError {
  return new AwsMfaError('INVALID_INPUT', enrollText.sameCodes(), { hint: enrollText.sameCodesHint() });
}

/** Checks `--code1/--code2` given on the command line: 6 digits each, and different. */
export function normalizeCodePair(codes: { code1: string; code2: string }): { code1: string; code2: string } {
  const code1 = normalizeMfaCode(codes.code1, '--code1');
  const code2 = normalizeMfaCode(codes.code2, '--code2');
  if (code1 === code2) throw sameCodesError();
  return { code1, code2 };
}
