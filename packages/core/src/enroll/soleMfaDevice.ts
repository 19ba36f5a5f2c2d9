import { AwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import type { MfaDeviceApi } from './mfaDeviceApi.js';
import { ownMfaDevices } from './mfaDeviceStatus.js';

/**
 * The MFA device of a profile that has no `mfa_serial`: the only one its IAM user has
 * (GetCallerIdentity, then ListMFADevices; IAM allows 8 per user). With none, or with several, a
 * PROFILE_INCOMPLETE that lists them and says how to choose.
 *
 * @example (await soleMfaDevice({ api, profile: 'dev' })).serialNumber // 'arn:aws:iam::123456789012:mfa/alice'
 */
export async function soleMfaDevice(options: {
  api: MfaDeviceApi;
  profile: string;
}): Promise<{ serialNumber: string; userName: string }> {
  const { user, devices } = await ownMfaDevices(options.api, options.profile);
  const { profile } = options;
  if (devices.length === 1) return { serialNumber: devices[0]!.serialNumber, userName: user.userName };
  if (devices.length === 0) {
    throw new AwsMfaError(
      'PROFILE_INCOMPLETE',
      enrollText.noMfaSerialNoDevice({ profile, user: user.userName }),
      {
        hint: enrollText.enrollOneHint({ profile }),
      },
    );
  }
  const serials = devices.map((d) => d.serialNumber);
  throw new AwsMfaError(
    'PROFILE_INCOMPLETE',
    enrollText.noMfaSerialSeveralDevices({ profile, user: user.userName, serials }),
    { hint: enrollText.chooseOneHint({ serial: serials[0]!, profile }) },
  );
}
