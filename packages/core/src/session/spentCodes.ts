import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCacheDir } from './sessionCache.js';
import { writeFileAtomicSync } from './writeFileAtomicSync.js';

/** TOTP time step length (AWS virtual and hardware MFA devices use 30 s). */
export const totpStepSeconds = 30;

/** The TOTP time step that contains `ms`. */
export function timeStepAt(ms: number): number {
  return Math.floor(ms / 1000 / totpStepSeconds);
}

/** When the time step after `step` begins, in ms. */
export function nextStepStartMs(step: number): number {
  return (step + 1) * totpStepSeconds * 1000;
}

/** The last code AWS answered for a device: the step it was sent in and a hash of it (never the code). */
export interface SpentCode {
  mfaSerial: string;
  timeStep: number;
  codeHash: string;
}

function spentPath(dir: string, mfaSerial: string): string {
  return join(dir, `spent-${createHash('sha256').update(mfaSerial).digest('hex').slice(0, 16)}.json`);
}

/** Hash that tells whether a code is the spent one without storing it. */
export function hashCode(mfaSerial: string, code: string): string {
  return createHash('sha256').update(`${mfaSerial}\0${code}`).digest('hex');
}

/** The last spent code of a device, if recorded. */
export function readSpentCode(dir: string, mfaSerial: string): SpentCode | undefined {
  try {
    const data = JSON.parse(readFileSync(spentPath(dir, mfaSerial), 'utf8')) as Partial<SpentCode>;
    if (
      data.mfaSerial === mfaSerial &&
      Number.isSafeInteger(data.timeStep) &&
      typeof data.codeHash === 'string'
    ) {
      return data as SpentCode;
    }
  } catch {}
  return undefined;
}

/**
 * Records that AWS answered a request carrying `code`, sent at `sentAtMs`. Only call this when AWS
 * actually answered: a request lost to the network never reached STS, so its code is still good.
 */
export function markCodeSpent(dir: string, mfaSerial: string, code: string, sentAtMs: number): void {
  ensureCacheDir(dir);
  const record: SpentCode = {
    mfaSerial,
    timeStep: timeStepAt(sentAtMs),
    codeHash: hashCode(mfaSerial, code),
  };
  writeFileAtomicSync(spentPath(dir, mfaSerial), `${JSON.stringify(record)}\n`);
}

/**
 * True when `code` is the one already spent and could still be the device's current code: AWS
 * accepts codes of neighbouring steps, so a code stays "live" for about a minute and a half.
 */
export function isSpentCode(
  spent: SpentCode | undefined,
  mfaSerial: string,
  code: string,
  nowMs: number,
): boolean {
  if (!spent) return false;
  return spent.codeHash === hashCode(mfaSerial, code) && timeStepAt(nowMs) - spent.timeStep <= 2;
}
