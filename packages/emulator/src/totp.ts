// TOTP checks for virtual MFA devices (RFC 6238: SHA-1, 6 digits, 30 s), with otplib.
import { generateSync, verifySync } from 'otplib';

const totp = { algorithm: 'sha1', digits: 6, period: 30 } as const;

/** The 30-second time step of `now`. */
export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totp.period);
}

/** The code a device with `seed` shows during time step `step`. */
export function codeAt(seed: string, step: number): string {
  return generateSync({ secret: seed, ...totp, epoch: step * totp.period });
}

/**
 * The time step of `code1` when `code1` and `code2` are two consecutive codes of the device and
 * `code1` belongs to a step from `stepsBack` before now to `stepsAhead` after; `undefined` otherwise.
 */
export function consecutiveCodesStep(
  seed: string,
  code1: string,
  code2: string,
  now: Date,
  { stepsBack, stepsAhead }: { stepsBack: number; stepsAhead: number },
): number | undefined {
  const current = timeStep(now);
  for (let step = current + stepsAhead; step >= current - stepsBack; step--) {
    if (codeAt(seed, step) === code1 && codeAt(seed, step + 1) === code2) return step;
  }
  return undefined;
}

/**
 * The time step of `code` when it is valid now (one step of drift either way) and later than
 * `afterStep`, the last step the device accepted: AWS refuses a code twice.
 */
export function acceptedCodeStep(
  seed: string,
  code: string,
  now: Date,
  afterStep?: number,
): number | undefined {
  try {
    const result = verifySync({
      secret: seed,
      token: code,
      ...totp,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: totp.period,
      ...(afterStep === undefined ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  } catch {
    // otplib throws on tokens that are not 6 digits; to AWS that is simply a wrong code.
    return undefined;
  }
}
