// Brute-force protection for MFA codes: a device that took too many wrong codes in a while is
// throttled, as AWS throttles repeated failed MFA attempts (issue 17.10: 603,000 wrong codes at
// ~2,100/s once all got 403, then the right code worked).
import { throttlingError } from './serviceError.js';

/** How many wrong codes a device may take within `windowSeconds` before it is throttled. */
export interface MfaFailureLimit {
  failures: number;
  windowSeconds: number;
}

/** Ten wrong codes in five minutes: a typo-prone human never gets there, a script at once. */
export const defaultMfaFailureLimit: MfaFailureLimit = { failures: 10, windowSeconds: 300 };

/** Counts wrong codes per MFA device over a sliding window. */
export class MfaFailures {
  /** The times (ms) of each device's recent wrong codes; emptied devices are dropped. */
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly limit: MfaFailureLimit = defaultMfaFailureLimit) {
    if (!Number.isInteger(limit.failures) || limit.failures < 1 || !(limit.windowSeconds > 0)) {
      throw new RangeError('mfaFailureLimit needs failures ≥ 1 and windowSeconds > 0');
    }
  }

  /**
   * Throws AWS's `Throttling` when `serial` took the limit of wrong codes within the window.
   * Called before a code is checked, so a throttled attempt tells nothing about the code.
   */
  check(serial: string, now: Date, service: string): void {
    const times = this.current(serial, now);
    if (times.length >= this.limit.failures) throw throttlingError(service);
  }

  /** Records a wrong code for `serial`. */
  failed(serial: string, now: Date): void {
    this.recent.set(serial, [...this.current(serial, now), now.getTime()]);
  }

  /** A right code: the count starts over. */
  succeeded(serial: string): void {
    this.recent.delete(serial);
  }

  private current(serial: string, now: Date): number[] {
    const since = now.getTime() - this.limit.windowSeconds * 1000;
    const times = (this.recent.get(serial) ?? []).filter((time) => time > since);
    if (times.length === 0) this.recent.delete(serial);
    return times;
  }
}
