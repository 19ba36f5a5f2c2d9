import { explainIamError } from './explainIamError.js';
import { type IamUser, iamUserOf, virtualMfaSerial } from './iamUserOf.js';
import type { MfaDevice, MfaDeviceApi, VirtualMfaDevice } from './mfaDeviceApi.js';

/** How a profile's `mfa_serial` relates to the user's devices. */
export type ProfileSerialCheck =
  | { kind: 'missing' }
  | { kind: 'matches'; serialNumber: string }
  /** The classic mistake: the user's ARN (`…:user/alice`) where the device ARN (`…:mfa/alice`) belongs. */
  | { kind: 'user-arn'; serialNumber: string; suggested: string | undefined }
  /** Created but never enabled: codes for it are refused. */
  | { kind: 'not-enabled'; serialNumber: string }
  | { kind: 'unknown-device'; serialNumber: string; suggested: string | undefined };

/** The user's MFA devices and whether the profile points at one of them. */
export interface MfaDeviceStatus {
  user: IamUser;
  /** Devices enabled for the user. */
  devices: MfaDevice[];
  /** Virtual devices named for this user (or the profile's serial) that were created but never enabled. */
  unfinished: VirtualMfaDevice[];
  profileSerial: string | undefined;
  check: ProfileSerialCheck;
}

/**
 * Reads the user's MFA devices (ListMFADevices) and unfinished virtual devices
 * (ListVirtualMFADevices, skipped when denied), and checks the profile's `mfa_serial` against them.
 */
export async function mfaDeviceStatus(options: {
  api: MfaDeviceApi;
  profile: string;
  profileSerial: string | undefined;
}): Promise<MfaDeviceStatus> {
  const { api, profile, profileSerial } = options;
  const { user, devices } = await ownMfaDevices(api, profile);
  const ownName = virtualMfaSerial(user, user.userName);
  const unfinished = (await api.listVirtualMfaDevices().catch(() => [] as VirtualMfaDevice[])).filter(
    (d) => !d.userName && (d.serialNumber === ownName || d.serialNumber === profileSerial),
  );
  return {
    user,
    devices,
    unfinished,
    profileSerial,
    check: checkProfileSerial(profileSerial, devices, unfinished),
  };
}

/** The IAM user of the profile's keys (GetCallerIdentity) and its MFA devices (ListMFADevices). */
export async function ownMfaDevices(
  api: MfaDeviceApi,
  profile: string,
): Promise<{ user: IamUser; devices: MfaDevice[] }> {
  const identity = await api.getCallerIdentity().catch((error: unknown) => {
    throw explainIamError(error, { profile, action: 'sts:GetCallerIdentity' });
  });
  const user = iamUserOf(identity, profile);
  const devices = await api.listMfaDevices(user.userName).catch((error: unknown) => {
    throw explainIamError(error, {
      profile,
      userName: user.userName,
      action: 'iam:ListMFADevices',
      resource: user.arn,
    });
  });
  return { user, devices };
}

/**
 * Compares a profile's `mfa_serial` with the user's devices.
 *
 * @example checkProfileSerial('arn:aws:iam::1:user/al', [{ serialNumber: 'arn:aws:iam::1:mfa/al' }], []).kind // 'user-arn'
 */
export function checkProfileSerial(
  profileSerial: string | undefined,
  devices: readonly MfaDevice[],
  unfinished: readonly VirtualMfaDevice[],
): ProfileSerialCheck {
  if (!profileSerial) return { kind: 'missing' };
  if (devices.some((d) => d.serialNumber === profileSerial))
    return { kind: 'matches', serialNumber: profileSerial };
  const suggested = devices.length === 1 ? devices[0]?.serialNumber : undefined;
  if (/^arn:[\w-]+:iam::\d{12}:user\//.test(profileSerial)) {
    const mfaForm = profileSerial.replace(/:user\/(?:.*\/)?/, ':mfa/');
    return {
      kind: 'user-arn',
      serialNumber: profileSerial,
      suggested: devices.find((d) => d.serialNumber === mfaForm)?.serialNumber ?? suggested,
    };
  }
  if (unfinished.some((d) => d.serialNumber === profileSerial))
    return { kind: 'not-enabled', serialNumber: profileSerial };
  return { kind: 'unknown-device', serialNumber: profileSerial, suggested };
}
