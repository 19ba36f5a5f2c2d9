import { markCodeSpent } from '../session/spentCodes.js';
import type { MfaDeviceApi } from './mfaDeviceApi.js';

/**
 * Wraps `api` so every code IAM or STS accepted (enable, resync, the short MFA session used to
 * deactivate) is recorded as spent in the session cache directory. Without it, the classic
 * "enroll, then `awsmfa env` with the code still on the phone" sends a code AWS refuses as reused;
 * with it, `awsmfa env` waits for the next code instead. Recording failures are ignored: they only
 * lose that convenience.
 */
export function recordSpentCodes(
  api: MfaDeviceApi,
  cacheDir: string,
  now: () => number = Date.now,
): MfaDeviceApi {
  const record = (serial: string, code: string, sentAtMs: number) => {
    try {
      markCodeSpent(cacheDir, serial, code, sentAtMs);
    } catch {}
  };
  return {
    ...api,
    async enableMfaDevice(input) {
      const sentAtMs = now();
      await api.enableMfaDevice(input);
      record(input.serialNumber, input.code2, sentAtMs);
    },
    async resyncMfaDevice(input) {
      const sentAtMs = now();
      await api.resyncMfaDevice(input);
      record(input.serialNumber, input.code2, sentAtMs);
    },
    async mfaSession(serialNumber, code) {
      const sentAtMs = now();
      const session = await api.mfaSession(serialNumber, code);
      record(serialNumber, code, sentAtMs);
      return recordSpentCodes(session, cacheDir, now);
    },
  };
}
