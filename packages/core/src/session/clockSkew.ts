import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';

/** Skews above this are reported: TOTP codes and SigV4 signatures both depend on the clock. */
export const clockSkewWarningSeconds = 30;

/**
 * Seconds the local clock is ahead of the server (negative: behind), from a response's `Date`
 * header and the local time it arrived. The header has one-second resolution.
 */
export function clockSkewSeconds(serverDate: Date, localDate: Date): number {
  return Math.round((localDate.getTime() - serverDate.getTime()) / 1000);
}

/** A sentence for stderr when the skew matters, else undefined. */
export function describeClockSkew(skewSeconds: number): Message | undefined {
  if (Math.abs(skewSeconds) <= clockSkewWarningSeconds) return undefined;
  return sessionText.clockSkew({ seconds: Math.abs(skewSeconds), ahead: skewSeconds > 0 });
}
