import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { awsErrorName, explainIamError } from './explainIamError.js';
import { checkDeviceName, iamUserOf, virtualMfaSerial } from './iamUserOf.js';
import type { MfaDeviceApi, VirtualMfaDevice } from './mfaDeviceApi.js';
import { otpauthUri } from './otpauthUri.js';
import { normalizeCodePair, readCodePair } from './readCodePair.js';
import { removeVirtualMfaDevice } from './removeVirtualMfaDevice.js';

/** A device just created, for the caller to show: QR code of `otpauthUri`, and the seed if asked. */
export interface NewDeviceToShow {
  serialNumber: string;
  deviceName: string;
  userName: string;
  account: string;
  /** The TOTP secret. Show it only on request; never log or store it. */
  base32Seed: string;
  otpauthUri: string;
}

export interface EnrollMfaDeviceOptions {
  api: MfaDeviceApi;
  /** Profile name, for messages and hints. */
  profile: string;
  /** Default: the IAM user name, as IAM's policy examples expect (`mfa/${aws:username}`). */
  deviceName?: string | undefined;
  /**
   * Codes given up front (`--code1/--code2`): they can only belong to a device created earlier
   * (`--keep`) and waiting to be enabled, so that device is enabled and nothing is created.
   */
  codes?: { code1: string; code2: string } | undefined;
  /** Asks for one line on the terminal; absent when there is none. Rejects with CANCELLED on Ctrl-C. */
  askCode?: ((question: string) => Promise<string>) | undefined;
  /** Asks a yes/no question on the terminal; absent when there is none. */
  confirm?: ((question: string) => Promise<boolean>) | undefined;
  /** Delete a leftover unenabled device of the same name without asking. */
  replace?: boolean | undefined;
  /** Keep the created device when enrollment fails or cannot ask for codes. */
  keep?: boolean | undefined;
  /** Rounds of two codes AWS may reject before giving up; default 3. */
  maxAttempts?: number | undefined;
  /** Shows the new device (QR code, seed, PNG) before codes are asked. */
  showDevice: (device: NewDeviceToShow) => Promise<void> | void;
  /** Progress and explanations, one message per call. */
  notify?: ((message: string) => void) | undefined;
  /** Aborted on Ctrl-C: enrollment stops, deletes what it created, and throws CANCELLED. */
  signal?: AbortSignal | undefined;
  now?: (() => number) | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** How enrollment ended: enabled, or created and kept for a later `--code1/--code2` run. */
export interface EnrollResult {
  status: 'enabled' | 'created';
  serialNumber: string;
  userName: string;
}

/**
 * Enrolls a virtual MFA device for the IAM user of the credentials: create it, show it, read two
 * consecutive codes, enable it. Every way out before the device is enabled deletes what was
 * created (unless `keep`): AWS rejecting the codes `maxAttempts` times, Ctrl-C, any error.
 *
 * @example
 * const { serialNumber } = await enrollMfaDevice({ api, profile: 'dev', askCode, showDevice: (d) => print(d.otpauthUri) });
 */
export async function enrollMfaDevice(options: EnrollMfaDeviceOptions): Promise<EnrollResult> {
  const { api, profile } = options;
  const notify = options.notify ?? (() => {});
  const now = options.now ?? Date.now;
  // Until a device exists, Ctrl-C leaves everything as it was; after, the cleanup below says what it did.
  let deviceCreated = false;
  const cancelled = () =>
    new AwsMfaError(
      'CANCELLED',
      deviceCreated ? 'Enrollment cancelled.' : 'Enrollment cancelled: nothing was changed.',
      { hint: `run awsmfa enroll --profile ${profile} again` },
    );
  const checkAbort = () => {
    if (options.signal?.aborted) throw cancelled();
  };
  const abortable = <T>(promise: Promise<T>): Promise<T> => {
    const signal = options.signal;
    if (!signal) return promise;
    return new Promise<T>((resolve, reject) => {
      if (signal.aborted) return reject(cancelled());
      const onAbort = () => reject(cancelled());
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };

  const identity = await api.getCallerIdentity().catch((error: unknown) => {
    throw explainIamError(error, { profile, action: 'sts:GetCallerIdentity' });
  });
  const user = iamUserOf(identity, profile);
  const deviceName = checkDeviceName(options.deviceName ?? user.userName);
  const serialNumber = virtualMfaSerial(user, deviceName);
  const context = { profile, userName: user.userName, resource: serialNumber, serial: serialNumber };
  checkAbort();

  if (options.codes) return enableKeptDevice(options.codes);
  if (!options.askCode && !options.keep) {
    // Checked before anything is created: without a terminal nobody can type the codes.
    throw new AwsMfaError(
      'MFA_CODE_UNAVAILABLE',
      'No terminal to ask for MFA codes on, and no --code1/--code2.',
      {
        hint: `run awsmfa enroll --profile ${profile} in a terminal; or create the device with --keep --show-secret (or --qr-png FILE), then enable it with --code1 CODE --code2 NEXT_CODE`,
      },
    );
  }

  const created = await createDevice();
  deviceCreated = true;
  try {
    checkAbort();
    const device: NewDeviceToShow = {
      serialNumber,
      deviceName,
      userName: user.userName,
      account: user.account,
      base32Seed: created.base32Seed,
      otpauthUri: otpauthUri({ deviceName, account: user.account, base32Seed: created.base32Seed }),
    };
    await options.showDevice(device);
    checkAbort();
    if (!options.askCode) return { status: 'created', serialNumber, userName: user.userName };
    await enableWithTypedCodes(options.askCode, created.base32Seed);
    return { status: 'enabled', serialNumber, userName: user.userName };
  } catch (error) {
    if (options.keep) {
      const e = isAwsMfaError(error)
        ? error
        : explainIamError(error, { ...context, action: 'iam:EnableMFADevice' });
      throw new AwsMfaError(e.code, `${e.message} The device ${serialNumber} was kept (--keep).`, {
        hint: `enable it with awsmfa enroll --profile ${profile} --code1 CODE --code2 NEXT_CODE, or remove it with awsmfa device delete --profile ${profile}`,
        cause: e.cause ?? error,
      });
    }
    notify(`Deleting ${serialNumber}, which was not enabled…`);
    try {
      await removeVirtualMfaDevice({
        api,
        user,
        serialNumber,
        profile,
        base32Seed: created.base32Seed,
        notify,
        now: options.now,
        sleep: options.sleep,
      });
    } catch (cleanupError) {
      const e = isAwsMfaError(error)
        ? error
        : explainIamError(error, { ...context, action: 'iam:EnableMFADevice' });
      const c = cleanupError as AwsMfaError;
      throw new AwsMfaError(e.code, `${e.message} ${c.message}`, { hint: c.hint, cause: error });
    }
    notify(`Deleted ${serialNumber}; nothing is left behind.`);
    throw error;
  }

  async function createDevice() {
    let replaced = false;
    for (;;) {
      try {
        const created = await api.createVirtualMfaDevice(deviceName);
        if (!created.base32Seed)
          throw new AwsMfaError('SERVICE_ERROR', `AWS created ${serialNumber} without a seed.`);
        return created;
      } catch (error) {
        if (awsErrorName(error) === 'AccessDenied' && deviceName !== user.userName) {
          // AWS's self-manage-MFA example allows only mfa/${aws:username}: one device per user.
          const denied = explainIamError(error, { ...context, action: 'iam:CreateVirtualMFADevice' });
          throw new AwsMfaError(denied.code, denied.message, {
            hint: `the usual policy lets users create only a device named after themselves (mfa/${user.userName}); for more devices an administrator must also allow iam:CreateVirtualMFADevice and iam:EnableMFADevice on arn:aws:iam::*:mfa/\${aws:username}-*`,
            cause: error,
          });
        }
        if (awsErrorName(error) !== 'EntityAlreadyExists' || replaced) {
          throw explainIamError(error, { ...context, action: 'iam:CreateVirtualMFADevice' });
        }
        await replaceLeftover(await findDevice());
        replaced = true;
      }
    }
  }

  async function findDevice(): Promise<VirtualMfaDevice | undefined | 'unknown'> {
    try {
      return (await api.listVirtualMfaDevices()).find((d) => d.serialNumber === serialNumber);
    } catch {
      // Listing is allowed by the standard policy; if this one denies it, say less but carry on.
      return 'unknown';
    }
  }

  async function replaceLeftover(existing: VirtualMfaDevice | undefined | 'unknown') {
    if (existing !== 'unknown' && existing?.userName) throw enabledAlready(existing.userName);
    const fact =
      existing === 'unknown'
        ? `A virtual MFA device ${serialNumber} already exists (awsmfa cannot list devices to tell whether it is enabled).`
        : `A virtual MFA device ${serialNumber} already exists but was never enabled: an earlier enrollment did not finish.`;
    const why =
      'AWS shows its secret only once, so it cannot be finished here unless your app already has it.';
    let replace = options.replace === true;
    if (!replace && options.confirm) {
      notify(`${fact} ${why}`);
      replace = await abortable(options.confirm('Delete it and create a new one? [y/N] '));
    }
    if (!replace) {
      throw new AwsMfaError('CONFLICT', `${fact} ${why}`, {
        hint: `delete it and start over: awsmfa enroll --profile ${profile} --replace; or, if your authenticator app already has it, enable it: awsmfa enroll --profile ${profile} --code1 CODE --code2 NEXT_CODE`,
      });
    }
    notify(`Deleting the unfinished device ${serialNumber}…`);
    await removeVirtualMfaDevice({ api, user, serialNumber, profile, notify });
    checkAbort();
  }

  function enabledAlready(owner: string) {
    if (owner !== user.userName) {
      return new AwsMfaError(
        'CONFLICT',
        `The device name ${deviceName} is taken: ${serialNumber} belongs to ${owner}.`,
        {
          hint: 'choose another name with --device-name',
        },
      );
    }
    return new AwsMfaError('MFA_DEVICE', `${serialNumber} is already enabled for ${user.userName}.`, {
      hint: `see it with awsmfa device status --profile ${profile}; add another with awsmfa enroll --profile ${profile} --device-name NAME; to start over, remove it with awsmfa device delete --profile ${profile}`,
    });
  }

  async function enableKeptDevice(codes: { code1: string; code2: string }): Promise<EnrollResult> {
    const { code1, code2 } = normalizeCodePair(codes);
    const existing = await findDevice();
    if (existing === undefined) {
      throw new AwsMfaError('MFA_DEVICE', `No device ${serialNumber} is waiting to be enabled.`, {
        hint: `--code1/--code2 enable a device created earlier with awsmfa enroll --keep; to start, run awsmfa enroll --profile ${profile} in a terminal`,
      });
    }
    if (existing !== 'unknown' && existing.userName) throw enabledAlready(existing.userName);
    try {
      await api.enableMfaDevice({ userName: user.userName, serialNumber, code1, code2 });
    } catch (error) {
      const e = explainIamError(error, { ...context, action: 'iam:EnableMFADevice' });
      if (awsErrorName(error) !== 'InvalidAuthenticationCode') throw e;
      throw new AwsMfaError(
        'MFA_CODE_INVALID',
        `AWS did not accept the codes for ${serialNumber}; the device stays unenabled.`,
        {
          hint: 'type two new codes, the second one right after the first appears: awsmfa enroll --code1 CODE --code2 NEXT_CODE (check that the phone sets its clock automatically)',
          cause: error,
        },
      );
    }
    return { status: 'enabled', serialNumber, userName: user.userName };
  }

  async function enableWithTypedCodes(askCode: (question: string) => Promise<string>, base32Seed: string) {
    const maxAttempts = options.maxAttempts ?? 3;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const { code1, code2 } = await readCodePair({
        askCode: (question) => abortable(askCode(question)),
        notify,
        base32Seed,
        now,
      });
      checkAbort();
      try {
        await api.enableMfaDevice({ userName: user.userName, serialNumber, code1, code2 });
        return;
      } catch (error) {
        if (awsErrorName(error) !== 'InvalidAuthenticationCode') {
          throw explainIamError(error, { ...context, action: 'iam:EnableMFADevice' });
        }
        if (attempt < maxAttempts) {
          notify(
            `AWS did not accept these codes (attempt ${attempt} of ${maxAttempts}). Check that the app entry is the one you just scanned and that the phone sets its clock automatically, then type two new codes.`,
          );
        }
      }
    }
    throw new AwsMfaError(
      'MFA_CODE_INVALID',
      `AWS did not accept the codes for ${serialNumber} after ${maxAttempts} attempts.`,
      {
        hint: `scan the new QR code of the next attempt (remove the old entry from your app) and check the phone's clock; run awsmfa enroll --profile ${profile} again`,
      },
    );
  }
}
