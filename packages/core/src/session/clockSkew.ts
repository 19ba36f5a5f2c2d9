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
export function describeClockSkew(skewSeconds: number): string | undefined {
  if (Math.abs(skewSeconds) <= clockSkewWarningSeconds) return undefined;
  const direction = skewSeconds > 0 ? 'ahead of' : 'behind';
  return `This computer's clock is ${Math.abs(skewSeconds)} s ${direction} AWS; MFA codes and request signatures depend on it (sync it: timedatectl set-ntp true).`;
}
