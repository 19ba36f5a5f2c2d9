import { describe, expect, it } from 'vitest';
import type { AwsMfaError } from '../errors.js';
import { pickMfaDevice, removeMfaDevice, resyncMfaDevice } from './manageMfaDevice.js';
import { mfaDeviceStatus } from './mfaDeviceStatus.js';
import { fakeIam } from './testing/fakeMfaDeviceApi.js';

async function enrolled(options: Parameters<typeof fakeIam>[0] = {}) {
  const iam = fakeIam(options);
  const { serialNumber } = await iam.api.createVirtualMfaDevice('cli-user');
  await iam.api.enableMfaDevice({
    userName: 'cli-user',
    serialNumber,
    code1: iam.code(serialNumber, -2),
    code2: iam.code(serialNumber, -1),
  });
  const status = await mfaDeviceStatus({ api: iam.api, profile: 'dev', profileSerial: serialNumber });
  const user = status.user;
  return { iam, serialNumber, status, user, target: pickMfaDevice(status, 'dev') };
}

describe('pickMfaDevice', () => {
  it('takes the profile mfa_serial, else the only device, else asks for --serial-number', async () => {
    const { iam, status, serialNumber } = await enrolled();
    expect(pickMfaDevice(status, 'dev')).toEqual({ serialNumber, enabled: true });
    expect(pickMfaDevice({ ...status, profileSerial: undefined }, 'dev').serialNumber).toBe(serialNumber);
    await iam.api.createVirtualMfaDevice('spare');
    const two = await mfaDeviceStatus({
      api: iam.api,
      profile: 'dev',
      profileSerial: 'arn:aws:iam::123456789012:mfa/spare',
    });
    expect(two.unfinished).toHaveLength(1);
    expect(pickMfaDevice(two, 'dev')).toEqual({
      serialNumber: 'arn:aws:iam::123456789012:mfa/spare',
      enabled: false,
    });
    expect(() => pickMfaDevice({ ...two, profileSerial: undefined }, 'dev')).toThrow(/has 2 MFA devices/);
    expect(() => pickMfaDevice({ ...status, devices: [], unfinished: [] }, 'dev')).toThrow(
      /has no MFA device/,
    );
  });
});

describe('removeMfaDevice', () => {
  it('without a code under the self-manage-MFA policy: explains that deactivating needs an MFA session', async () => {
    const { iam, user, target } = await enrolled({ mfaOnlyDelete: true });
    const error = (await removeMfaDevice({
      api: iam.api,
      user,
      profile: 'dev',
      target,
      deleteDevice: false,
      longTermKeys: true,
    }).catch((e: unknown) => e)) as AwsMfaError;
    expect(error.code).toBe('ACCESS_DENIED');
    expect(error.message).toMatch(/allows iam:DeactivateMFADevice only in an MFA session/);
    expect(error.hint).toMatch(/awsmfa device deactivate --profile dev --code CODE/);
  });

  it('with a code, deactivates and deletes under an MFA session', async () => {
    const { iam, user, target, serialNumber } = await enrolled({ mfaOnlyDelete: true });
    await removeMfaDevice({
      api: iam.api,
      user,
      profile: 'dev',
      target,
      deleteDevice: true,
      longTermKeys: true,
      code: iam.code(serialNumber),
    });
    expect(iam.devices.size).toBe(0);
    expect(iam.calls.slice(-3)).toEqual([
      'GetSessionToken',
      'DeactivateMFADevice (mfa)',
      'DeleteVirtualMFADevice (mfa)',
    ]);
  });

  it('a wrong code is AWS refusing the MFA code, and nothing changes', async () => {
    const { iam, user, target } = await enrolled({ mfaOnlyDelete: true });
    await expect(
      removeMfaDevice({
        api: iam.api,
        user,
        profile: 'dev',
        target,
        deleteDevice: true,
        longTermKeys: true,
        code: '000000',
      }),
    ).rejects.toMatchObject({ code: 'MFA_CODE_INVALID' });
    expect(iam.devices.size).toBe(1);
  });
});

describe('resyncMfaDevice', () => {
  it('passes two consecutive codes and explains a refusal', async () => {
    const { iam, user, serialNumber } = await enrolled();
    await resyncMfaDevice({
      api: iam.api,
      user,
      profile: 'dev',
      serialNumber,
      codes: { code1: iam.code(serialNumber, 0), code2: iam.code(serialNumber, 1) },
    });
    await expect(
      resyncMfaDevice({
        api: iam.api,
        user,
        profile: 'dev',
        serialNumber,
        codes: { code1: '000000', code2: '111111' },
      }),
    ).rejects.toMatchObject({ code: 'MFA_CODE_INVALID' });
  });
});
