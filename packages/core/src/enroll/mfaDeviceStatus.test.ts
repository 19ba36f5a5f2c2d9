import { describe, expect, it } from 'vitest';
import { checkProfileSerial, mfaDeviceStatus } from './mfaDeviceStatus.js';
import { fakeIam } from './testing/fakeMfaDeviceApi.js';

const mfa = 'arn:aws:iam::123456789012:mfa/cli-user';
const devices = [{ serialNumber: mfa }];

describe('checkProfileSerial', () => {
  it.each([
    ['no mfa_serial', undefined, 'missing'],
    ['the device ARN', mfa, 'matches'],
    [
      'the user ARN instead of the mfa/ ARN (the classic mistake)',
      'arn:aws:iam::123456789012:user/cli-user',
      'user-arn',
    ],
    ['a user ARN with a path', 'arn:aws:iam::123456789012:user/ops/cli-user', 'user-arn'],
    ['a deleted device', 'arn:aws:iam::123456789012:mfa/old-phone', 'unknown-device'],
    ['a hardware serial the user does not have', 'GAHT12345678', 'unknown-device'],
  ])('%s', (_name, serial, kind) => {
    expect(checkProfileSerial(serial, devices, []).kind).toBe(kind);
  });

  it('suggests the device ARN for a user ARN', () => {
    expect(checkProfileSerial('arn:aws:iam::123456789012:user/ops/cli-user', devices, [])).toMatchObject({
      suggested: mfa,
    });
  });

  it('a device created but never enabled', () => {
    expect(checkProfileSerial(mfa, [], [{ serialNumber: mfa }]).kind).toBe('not-enabled');
  });
});

describe('mfaDeviceStatus', () => {
  it('lists enabled devices and unfinished ones named for the user', async () => {
    const iam = fakeIam();
    await iam.api.createVirtualMfaDevice('cli-user');
    await iam.api.createVirtualMfaDevice('someone-else');
    const status = await mfaDeviceStatus({ api: iam.api, profile: 'dev', profileSerial: undefined });
    expect(status.devices).toEqual([]);
    expect(status.unfinished.map((d) => d.serialNumber)).toEqual([mfa]);
    expect(status.check.kind).toBe('missing');
  });
});
