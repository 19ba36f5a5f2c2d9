import { generateSync } from 'otplib';

/** TOTP period of AWS virtual MFA devices, in seconds. */
export const mfaCodePeriod = 30;

/** How two codes relate, as far as the device's seed tells. */
export type CodePairCheck =
  | { kind: 'consecutive' }
  | { kind: 'same' }
  /** Both are codes of this device, but not one right after the other (`gap` periods apart). */
  | { kind: 'not-consecutive'; gap: number }
  /** At least one is no code of this device within ten minutes of our clock: AWS decides. */
  | { kind: 'unknown' };

/**
 * Compares two codes against the device's seed within ±10 minutes of `nowMs`, so a typo, an
 * old app entry or a skipped code is caught before AWS counts a failed attempt. Clock skew between
 * phone and computer up to that window does not matter: only the order of the codes is checked.
 */
export function checkCodePair(
  base32Seed: string,
  code1: string,
  code2: string,
  nowMs: number,
): CodePairCheck {
  if (code1 === code2) return { kind: 'same' };
  const steps = codeSteps(base32Seed, nowMs, 20);
  const step1 = steps.get(code1);
  const step2 = steps.get(code2);
  if (step1 === undefined || step2 === undefined) return { kind: 'unknown' };
  return step2 === step1 + 1 ? { kind: 'consecutive' } : { kind: 'not-consecutive', gap: step2 - step1 };
}

/**
 * The code an AWS virtual MFA device with `base32Seed` shows during 30-s time step `step`
 * (RFC 6238: HMAC-SHA-1, 6 digits). Throws for a seed that is not base32.
 *
 * @example mfaCodeAt('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1) // '287082' (RFC 6238 at t=59)
 */
export function mfaCodeAt(base32Seed: string, step: number): string {
  return generateSync({
    secret: base32Seed,
    algorithm: 'sha1',
    digits: 6,
    epoch: step * mfaCodePeriod,
    period: mfaCodePeriod,
  });
}

/** Seconds until the authenticator shows its next code, by our clock. */
export function secondsUntilNextCode(nowMs: number): number {
  return mfaCodePeriod - (Math.floor(nowMs / 1000) % mfaCodePeriod);
}

function codeSteps(base32Seed: string, nowMs: number, around: number): Map<string, number> {
  const steps = new Map<string, number>();
  const now = Math.floor(nowMs / 1000 / mfaCodePeriod);
  try {
    // Nearest steps first, so a (rare) repeated code maps to the step closest to now.
    for (let d = 0; d <= around; d++) {
      for (const step of d === 0 ? [now] : [now - d, now + d]) {
        const code = mfaCodeAt(base32Seed, step);
        if (!steps.has(code)) steps.set(code, step);
      }
    }
  } catch {
    // A seed otplib refuses (too short, not base32) cannot be checked locally; AWS still can.
    steps.clear();
  }
  return steps;
}
