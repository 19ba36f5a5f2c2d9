import { describe, expect, it } from 'vitest';
import { soleMfaDevice } from './soleMfaDevice.js';
import { fakeIam } from './testing/fakeMfaDeviceApi.js';

function withDevices(count: number) {
  const iam = fakeIam();
  for (let i = 0; i < count; i++) {
    const serial = iam.serialOf(`phone-${i}`);
    iam.devices.set(serial, { seed: 'JBSWY3DPEHPK3PXP', userName: 'cli-user', enableDate: new Date() });
  }
  return iam;
}

describe(soleMfaDevice.name, () => {
  it('the only device of the user', async () => {
    await expect(soleMfaDevice({ api: withDevices(1).api, profile: 'dev' })).resolves.toEqual({
      serialNumber: 'arn:aws:iam::123456789012:mfa/phone-0',
      userName: 'cli-user',
    });
  });

  it('several: lists them all and says how to choose', async () => {
    await expect(soleMfaDevice({ api: withDevices(2).api, profile: 'dev' })).rejects.toMatchObject({
      code: 'PROFILE_INCOMPLETE',
      message:
        'Profile dev has no mfa_serial, and IAM user cli-user has 2 MFA devices: arn:aws:iam::123456789012:mfa/phone-0, arn:aws:iam::123456789012:mfa/phone-1.',
      hint: 'choose one: aws configure set mfa_serial arn:aws:iam::123456789012:mfa/phone-0 --profile dev',
    });
  });

  it('none: enroll one', async () => {
    await expect(soleMfaDevice({ api: withDevices(0).api, profile: 'dev' })).rejects.toMatchObject({
      code: 'PROFILE_INCOMPLETE',
      hint: 'enroll one: awsmfa enroll --profile dev',
    });
  });
});
