import { AwsMfaError } from '../errors.js';
import { deviceText } from '../messages/en/device.js';
import { mfaCodeText } from '../messages/en/mfaCode.js';
import type { Message } from '../messages/message.js';
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
    throw new AwsMfaError(
      'MFA_DEVICE',
      deviceText.notYourDevice({ serial: requested, user: status.user.userName }),
      {
        hint: deviceText.listDevicesHint({ profile }),
      },
    );
  }
  const serial = status.profileSerial;
  if (serial && (enabled(serial) || unfinished(serial)))
    return { serialNumber: serial, enabled: enabled(serial) };
  const all = [...status.devices.map((d) => d.serialNumber), ...status.unfinished.map((d) => d.serialNumber)];
  if (all.length === 1) return { serialNumber: all[0]!, enabled: status.devices.length === 1 };
  if (all.length === 0) {
    throw new AwsMfaError('MFA_DEVICE', deviceText.noDevice({ user: status.user.userName }), {
      hint: deviceText.enrollOneHint({ profile }),
    });
  }
  throw new AwsMfaError(
    'INVALID_INPUT',
    deviceText.severalDevices({ user: status.user.userName, serials: all }),
    {
      hint: deviceText.nameOneHint(),
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
      throw new AwsMfaError('MFA_CODE_INVALID', deviceText.resyncRejected({ serial: serialNumber }), {
        hint: deviceText.resyncRejectedHint(),
        cause: error,
      });
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
  askCode?: ((question: Message) => Promise<string>) | undefined;
  notify?: ((message: Message) => void) | undefined;
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
      notify(deviceText.signingWithSession({ serial: serialNumber }));
    }
    const code =
      options.code !== undefined
        ? normalizeMfaCode(options.code, '--code')
        : normalizeMfaCode(
            await options.askCode!(deviceText.askSigningCode({ serial: serialNumber })),
            mfaCodeText.thePrompt(),
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
        deviceText.refusedWithoutMfa({ serial: serialNumber, user: user.userName }),
        {
          hint: options.longTermKeys
            ? deviceText.giveCodeHint({ action: options.deleteDevice ? 'delete' : 'deactivate', profile })
            : deviceText.sessionWithoutMfaHint(),
          cause: error,
        },
      );
    }
    throw explainIamError(error, { ...context, action: 'iam:DeactivateMFADevice' });
  }
  notify(deviceText.deactivated({ serial: serialNumber }));
  if (!options.deleteDevice) return;
  try {
    await signer.deleteVirtualMfaDevice(serialNumber);
  } catch (error) {
    if (awsErrorName(error) === 'NoSuchEntity') return;
    const e = explainIamError(error, { ...context, action: 'iam:DeleteVirtualMFADevice' });
    throw new AwsMfaError(e.code, deviceText.deactivatedNotDeleted({ serial: serialNumber, error: e.text }), {
      hint: deviceText.askAdministratorToDeleteHint({ serial: serialNumber }),
      cause: error,
    });
  }
  notify(deviceText.deleted({ serial: serialNumber }));
}
