import { AwsMfaError } from '../errors.js';
import { durationText } from '../messages/en/duration.js';
import type { Message } from '../messages/message.js';

/** awsmfa's default session length: one hour, as aws-vault and the seed article use (AWS's own default is 12 h). */
export const defaultSessionSeconds = 3600;
/** GetSessionToken's limits for IAM users: 15 minutes to 36 hours. */
export const minSessionSeconds = 900;
export const maxSessionSeconds = 129_600;

const units: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1 };

/** AssumeRole's limits: 15 minutes to 12 hours (the role's MaxSessionDuration may be lower). */
export const roleSessionLimits = { min: 900, max: 43_200, role: true };
const mfaSessionLimits = { min: minSessionSeconds, max: maxSessionSeconds, role: false };

/**
 * Parses a session duration: plain seconds (`3600`) or units (`1h`, `90m`, `1h30m`, `45m30s`),
 * and checks it against AWS's range (MFA sessions: 900 s – 36 h; `roleSessionLimits`: 900 s –
 * 12 h) so no request is sent with a value AWS refuses. `undefined` or empty gives the default of
 * one hour. `source` names the setting in errors.
 *
 * @example parseDuration('90m') // 5400
 */
export function parseDuration(
  value: string | number | undefined,
  source: Message | string = '--duration',
  limits: typeof roleSessionLimits = mfaSessionLimits,
): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return defaultSessionSeconds;
  const text = String(value).trim().toLowerCase();
  let seconds: number | undefined;
  if (/^\d+$/.test(text)) seconds = Number(text);
  else if (/^(\d+[hms])+$/.test(text)) {
    seconds = 0;
    const seen = new Set<string>();
    for (const [, amount, unit] of text.matchAll(/(\d+)([hms])/g)) {
      // `1h1h` is a typo, not 2 h.
      if (seen.has(unit!)) seconds = undefined;
      if (seconds === undefined) break;
      seen.add(unit!);
      seconds += Number(amount) * units[unit!]!;
    }
  }
  if (seconds === undefined || !Number.isSafeInteger(seconds)) {
    throw new AwsMfaError(
      'INVALID_INPUT',
      durationText.notADuration({ source, value: JSON.stringify(String(value)) }),
      {
        hint: durationText.notADurationHint(),
      },
    );
  }
  if (seconds < limits.min || seconds > limits.max) {
    throw new AwsMfaError(
      'INVALID_INPUT',
      durationText.outOfRange({ source, value: String(value).trim(), seconds, role: limits.role }),
      { hint: durationText.outOfRangeHint({ hours: limits.max / 3600 }) },
    );
  }
  return seconds;
}
