import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSpentCode, readSpentCode } from '../session/spentCodes.js';
import type { MfaDeviceApi } from './mfaDeviceApi.js';
import { recordSpentCodes } from './recordSpentCodes.js';

const serial = 'arn:aws:iam::123456789012:mfa/cli-user';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-spent-'));
  dirs.push(dir);
  return join(dir, 'cache');
};

// Only the calls these tests make; the rest of the API is never reached.
function fakeApi(failing: boolean): MfaDeviceApi {
  const answer = async () => {
    if (failing)
      throw Object.assign(new Error('Authentication code for device is not valid.'), {
        name: 'InvalidAuthenticationCode',
      });
  };
  const api = {
    enableMfaDevice: answer,
    resyncMfaDevice: answer,
    mfaSession: async () => api,
  } as unknown as MfaDeviceApi;
  return api;
}

describe(recordSpentCodes.name, () => {
  it('enroll_then_env_reuses_the_code: an accepted enable records the second code as spent', async () => {
    const dir = cacheDir();
    const now = 1_800_000_000_000;
    await recordSpentCodes(fakeApi(false), dir, () => now).enableMfaDevice({
      userName: 'cli-user',
      serialNumber: serial,
      code1: '111111',
      code2: '222222',
    });
    const spent = readSpentCode(dir, serial);
    expect(isSpentCode(spent, serial, '222222', now + 10_000)).toBe(true);
    expect(isSpentCode(spent, serial, '333333', now + 10_000)).toBe(false);
  });

  it('a refused code is not recorded (AWS did not accept it, so it is not used up)', async () => {
    const dir = cacheDir();
    const wrapped = recordSpentCodes(fakeApi(true), dir);
    await expect(
      wrapped.resyncMfaDevice({ userName: 'u', serialNumber: serial, code1: '111111', code2: '222222' }),
    ).rejects.toThrow(/not valid/);
    expect(readSpentCode(dir, serial)).toBeUndefined();
  });

  it('the MFA session code is recorded, and calls through that session keep recording', async () => {
    const dir = cacheDir();
    const session = await recordSpentCodes(fakeApi(false), dir).mfaSession(serial, '444444');
    expect(readSpentCode(dir, serial)).toBeDefined();
    await session.resyncMfaDevice({ userName: 'u', serialNumber: serial, code1: '555555', code2: '666666' });
    expect(isSpentCode(readSpentCode(dir, serial), serial, '666666', Date.now())).toBe(true);
  });
});
