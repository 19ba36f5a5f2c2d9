import { AwsMfaError } from '../errors.js';
import { normalizeMfaCode } from '../session/normalizeMfaCode.js';
import { awsErrorName, explainIamError } from './explainIamError.js';
import type { IamUser } from './iamUserOf.js';
import type { MfaDeviceApi } from './mfaDeviceApi.js';
import type { MfaDeviceStatus } from './mfaDeviceStatus.js';
import { removeVirtualMfaDevice } from './removeVirtualMfaDevice.js';

/** The device a `device` command acts on. */
export interface MfaDeviceTarget {
  serialNumber: string;
  /** Enabled for the user (else created but never enabled). */
  enabled: boolean;
}

/**
 * Picks the device to act on: `requested` (`--serial-number`), else the profile's `mfa_serial`
 * when it is one of the user's, else the user's only device. Throws when there is none or a choice.
 */
export function pickMfaDevice(status: MfaDeviceStatus, profile: string, requested?: string): MfaDeviceTarget {
  const enabled = (serial: string) => status.devices.some((d) => d.serialNumber === serial);
  const unfinished = (serial: string) => status.unfinished.some((d) => d.serialNumber === serial);
  if (requested) {
    if (enabled(requested) || unfinished(requested))
      return { serialNumber: requested, enabled: enabled(requested) };
    throw new AwsMfaError('MFA_DEVICE', `${requested} is not an MFA device of ${status.user.userName}.`, {
      hint: `list the devices: awsmfa device status --profile ${profile}`,
    });
  }
  const serial = status.profileSerial;
  if (serial && (enabled(serial) || unfinished(serial)))
    return { serialNumber: serial, enabled: enabled(serial) };
  const all = [...status.devices.map((d) => d.serialNumber), ...status.unfinished.map((d) => d.serialNumber)];
  if (all.length === 1) return { serialNumber: all[0]!, enabled: status.devices.length === 1 };
  if (all.length === 0) {
    throw new AwsMfaError('MFA_DEVICE', `${status.user.userName} has no MFA device.`, {
      hint: `enroll one: awsmfa enroll --profile ${profile}`,
    });
  }
  throw new AwsMfaError(
    'INVALID_INPUT',
    `${status.user.userName} has ${all.length} MFA devices: ${all.join(', ')}.`,
    {
      hint: 'name one with --serial-number',
    },
  );
}

/** Re-synchronises a device whose clock drifted: ResyncMFADevice with two consecutive codes. */
export async function resyncMfaDevice(options: {
  api: MfaDeviceApi;
  user: IamUser;
  profile: string;
  serialNumber: string;
  codes: { code1: string; code2: string };
}): Promise<void> {
  const { api, user, serialNumber, codes } = options;
  try {
    await api.resyncMfaDevice({ userName: user.userName, serialNumber, ...codes });
  } catch (error) {
    if (awsErrorName(error) === 'InvalidAuthenticationCode') {
      throw new AwsMfaError(
        'MFA_CODE_INVALID',
        `AWS could not resynchronise ${serialNumber} with these codes.`,
        {
          hint: 'type two consecutive codes of that device, the second right after it appears',
          cause: error,
        },
      );
    }
    throw explainIamError(error, {
      profile: options.profile,
      userName: user.userName,
      action: 'iam:ResyncMFADevice',
      resource: serialNumber,
      serial: serialNumber,
    });
  }
}

export interface RemoveMfaDeviceOptions {
  api: MfaDeviceApi;
  user: IamUser;
  profile: string;
  target: MfaDeviceTarget;
  /** Also delete the virtual device after deactivating it (`device delete`). */
  deleteDevice: boolean;
  /**
   * Whether the api signs with long-term keys, which can get an MFA session. The standard
   * policy allows iam:DeactivateMFADevice (and DeleteVirtualMFADevice) only with MFA.
   */
  longTermKeys: boolean;
  /** A current code of the device (`--code`); else `askCode` asks for one. */
  code?: string | undefined;
  askCode?: ((question: string) => Promise<string>) | undefined;
  notify?: ((message: string) => void) | undefined;
}

/**
 * Deactivates an enabled device and, for `deleteDevice`, deletes it. With long-term keys and a code
 * at hand, both calls are signed with a 15-minute MFA session of that device, since the standard
 * self-manage-MFA policy allows them only with MFA; without one, AWS's refusal is explained.
 */
export async function removeMfaDevice(options: RemoveMfaDeviceOptions): Promise<void> {
  const { api, user, profile, target } = options;
  const { serialNumber } = target;
  const context = { profile, userName: user.userName, resource: serialNumber, serial: serialNumber };
  const notify = options.notify ?? (() => {});
  if (!target.enabled) {
    if (options.deleteDevice) await removeVirtualMfaDevice({ api, user, serialNumber, profile, notify });
    return;
  }
  let signer = api;
  const canSign = options.longTermKeys && (options.code !== undefined || options.askCode !== undefined);
  if (canSign) {
    if (options.code === undefined) {
      notify(
        `AWS's self-manage-MFA policy allows deactivating a device only with MFA, so awsmfa signs this with a 15-minute MFA session of ${serialNumber}.`,
      );
    }
    const code =
      options.code !== undefined
        ? normalizeMfaCode(options.code, '--code')
        : normalizeMfaCode(
            await options.askCode!(`MFA code of ${serialNumber} (signs this change with MFA): `),
            'the prompt',
          );
    signer = await api.mfaSession(serialNumber, code).catch((error: unknown) => {
      throw explainIamError(error, { ...context, action: 'sts:GetSessionToken' });
    });
  }
  try {
    await signer.deactivateMfaDevice({ userName: user.userName, serialNumber });
  } catch (error) {
    if (awsErrorName(error) === 'AccessDenied' && !canSign) {
      throw new AwsMfaError(
        'ACCESS_DENIED',
        `AWS refused to deactivate ${serialNumber} for ${user.userName}: the standard self-manage-MFA policy allows iam:DeactivateMFADevice only in an MFA session.`,
        {
          hint: options.longTermKeys
            ? `give a current code of the device: awsmfa device ${options.deleteDevice ? 'delete' : 'deactivate'} --profile ${profile} --code CODE (or run it in a terminal to be asked)`
            : 'these are session credentials without MFA; use the profile with the long-term keys and a code, or ask an administrator',
          cause: error,
        },
      );
    }
    throw explainIamError(error, { ...context, action: 'iam:DeactivateMFADevice' });
  }
  notify(`Deactivated ${serialNumber}.`);
  if (!options.deleteDevice) return;
  try {
    await signer.deleteVirtualMfaDevice(serialNumber);
  } catch (error) {
    if (awsErrorName(error) === 'NoSuchEntity') return;
    const e = explainIamError(error, { ...context, action: 'iam:DeleteVirtualMFADevice' });
    throw new AwsMfaError(e.code, `${serialNumber} was deactivated but not deleted: ${e.message}`, {
      hint: `ask an administrator to run: aws iam delete-virtual-mfa-device --serial-number ${serialNumber}`,
      cause: error,
    });
  }
  notify(`Deleted ${serialNumber}.`);
}
