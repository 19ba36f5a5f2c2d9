import { AwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import type { Message } from '../messages/message.js';
import { awsErrorName, explainIamError } from './explainIamError.js';
import type { IamUser } from './iamUserOf.js';
import { mfaCodeAt, mfaCodePeriod } from './mfaCodes.js';
import type { MfaDeviceApi } from './mfaDeviceApi.js';

export interface RemoveVirtualMfaDeviceOptions {
  api: MfaDeviceApi;
  user: IamUser;
  serialNumber: string;
  profile: string;
  /** The device's seed, when this process created it: lets awsmfa remove it under an MFA session of its own. */
  base32Seed?: string | undefined;
  notify?: ((message: Message) => void) | undefined;
  now?: (() => number) | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/**
 * Deletes a virtual MFA device that was created but never enabled. The standard self-manage-MFA
 * policy denies iam:DeleteVirtualMFADevice without MFA, and a user enrolling has no MFA yet. When
 * this process holds the seed it can still clean up as the user would by hand: enable the device
 * with two of its codes, get a 15-minute MFA session with the next code, then deactivate and
 * delete it under that session. Throws an explained AwsMfaError when the device stays behind.
 */
export async function removeVirtualMfaDevice(options: RemoveVirtualMfaDeviceOptions): Promise<void> {
  const { api, user, serialNumber, profile } = options;
  const context = { profile, userName: user.userName, resource: serialNumber, serial: serialNumber };
  try {
    await api.deleteVirtualMfaDevice(serialNumber);
    return;
  } catch (error) {
    const name = awsErrorName(error);
    if (name === 'NoSuchEntity') return;
    if (name !== 'AccessDenied' || !options.base32Seed) {
      const explained = explainIamError(error, { ...context, action: 'iam:DeleteVirtualMFADevice' });
      throw new AwsMfaError(
        explained.code,
        enrollText.couldNotDelete({ serial: serialNumber, error: explained.text }),
        {
          hint: leftBehindHint(serialNumber, profile, name === 'AccessDenied'),
          cause: error,
        },
      );
    }
  }
  await removeUnderOwnMfaSession({ ...options, base32Seed: options.base32Seed });
}

async function removeUnderOwnMfaSession(options: RemoveVirtualMfaDeviceOptions & { base32Seed: string }) {
  const { api, user, serialNumber, profile, base32Seed } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const codeAt = (step: number) => mfaCodeAt(base32Seed, step);
  const stepNow = () => Math.floor(now() / 1000 / mfaCodePeriod);
  options.notify?.(enrollText.removingUnderOwnSession({ user: user.userName, serial: serialNumber }));
  let step = stepNow();
  let enabled = false;
  try {
    await api.enableMfaDevice({
      userName: user.userName,
      serialNumber,
      code1: codeAt(step - 1),
      code2: codeAt(step),
    });
    enabled = true;
    // AWS accepts each code once: the session needs a code of a later period than the two just used.
    await sleep((step + 1) * mfaCodePeriod * 1000 - now() + 250);
    step = Math.max(step + 1, stepNow());
    const session = await api.mfaSession(serialNumber, codeAt(step));
    await session.deactivateMfaDevice({ userName: user.userName, serialNumber });
    enabled = false;
    await session.deleteVirtualMfaDevice(serialNumber);
  } catch (error) {
    const action = enabled ? 'iam:DeactivateMFADevice' : 'iam:DeleteVirtualMFADevice';
    const explained = explainIamError(error, {
      profile,
      userName: user.userName,
      resource: serialNumber,
      action,
    });
    throw new AwsMfaError(
      explained.code,
      enabled
        ? enrollText.enabledButNotDeactivated({
            serial: serialNumber,
            user: user.userName,
            error: explained.text,
          })
        : enrollText.couldNotDelete({ serial: serialNumber, error: explained.text }),
      {
        hint: enabled
          ? enrollText.enabledButNotDeactivatedHint({ profile, user: user.userName, serial: serialNumber })
          : leftBehindHint(serialNumber, profile, true),
        cause: error,
      },
    );
  }
}

function leftBehindHint(serial: string, profile: string, denied: boolean): Message {
  return denied
    ? enrollText.leftBehindDeniedHint({ serial, profile })
    : enrollText.leftBehindHint({ serial });
}
