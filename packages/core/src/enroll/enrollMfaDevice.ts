import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import type { Message } from '../messages/message.js';
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
  askCode?: ((question: Message) => Promise<string>) | undefined;
  /** Asks a yes/no question on the terminal; absent when there is none. */
  confirm?: ((question: Message) => Promise<boolean>) | undefined;
  /** Delete a leftover unenabled device of the same name without asking. */
  replace?: boolean | undefined;
  /** Keep the created device when enrollment fails or cannot ask for codes. */
  keep?: boolean | undefined;
  /** Rounds of two codes AWS may reject before giving up; default 3. */
  maxAttempts?: number | undefined;
  /** Shows the new device (QR code, seed, PNG) before codes are asked. */
  showDevice: (device: NewDeviceToShow) => Promise<void> | void;
  /** Progress and explanations, one message per call. */
  notify?: ((message: Message) => void) | undefined;
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
      deviceCreated ? enrollText.cancelled() : enrollText.cancelledNothingChanged(),
      { hint: enrollText.runAgain({ profile }) },
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
    throw new AwsMfaError('MFA_CODE_UNAVAILABLE', enrollText.noTerminal(), {
      hint: enrollText.noTerminalHint({ profile }),
    });
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
      throw new AwsMfaError(e.code, enrollText.kept({ error: e.text, serial: serialNumber }), {
        hint: enrollText.keptHint({ profile }),
        cause: e.cause ?? error,
      });
    }
    notify(enrollText.deletingNotEnabled({ serial: serialNumber }));
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
      throw new AwsMfaError(e.code, enrollText.failedAndCleanupFailed({ error: e.text, cleanup: c.text }), {
        hint: c.hintText,
        cause: error,
      });
    }
    notify(enrollText.deletedNothingLeft({ serial: serialNumber }));
    throw error;
  }

  async function createDevice() {
    let replaced = false;
    for (;;) {
      try {
        const created = await api.createVirtualMfaDevice(deviceName);
        if (!created.base32Seed)
          throw new AwsMfaError('SERVICE_ERROR', enrollText.createdWithoutSeed({ serial: serialNumber }));
        return created;
      } catch (error) {
        if (awsErrorName(error) === 'AccessDenied' && deviceName !== user.userName) {
          // AWS's self-manage-MFA example allows only mfa/${aws:username}: one device per user.
          const denied = explainIamError(error, { ...context, action: 'iam:CreateVirtualMFADevice' });
          throw new AwsMfaError(denied.code, denied.text, {
            hint: enrollText.otherNameDeniedHint({ user: user.userName }),
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
        ? enrollText.leftoverUnknown({ serial: serialNumber })
        : enrollText.leftoverUnfinished({ serial: serialNumber });
    let replace = options.replace === true;
    if (!replace && options.confirm) {
      notify(fact);
      replace = await abortable(options.confirm(enrollText.replaceQuestion()));
    }
    if (!replace) throw new AwsMfaError('CONFLICT', fact, { hint: enrollText.leftoverHint({ profile }) });
    notify(enrollText.deletingUnfinished({ serial: serialNumber }));
    await removeVirtualMfaDevice({ api, user, serialNumber, profile, notify });
    checkAbort();
  }

  function enabledAlready(owner: string) {
    if (owner !== user.userName) {
      return new AwsMfaError(
        'CONFLICT',
        enrollText.nameTaken({ name: deviceName, serial: serialNumber, owner }),
        { hint: enrollText.nameTakenHint() },
      );
    }
    return new AwsMfaError(
      'MFA_DEVICE',
      enrollText.alreadyEnabled({ serial: serialNumber, user: user.userName }),
      {
        hint: enrollText.alreadyEnabledHint({ profile }),
      },
    );
  }

  async function enableKeptDevice(codes: { code1: string; code2: string }): Promise<EnrollResult> {
    const { code1, code2 } = normalizeCodePair(codes);
    const existing = await findDevice();
    if (existing === undefined) {
      throw new AwsMfaError('MFA_DEVICE', enrollText.nothingWaiting({ serial: serialNumber }), {
        hint: enrollText.nothingWaitingHint({ profile }),
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
        enrollText.codesRejectedStaysUnenabled({ serial: serialNumber }),
        {
          hint: enrollText.codesRejectedStaysUnenabledHint(),
          cause: error,
        },
      );
    }
    return { status: 'enabled', serialNumber, userName: user.userName };
  }

  async function enableWithTypedCodes(askCode: (question: Message) => Promise<string>, base32Seed: string) {
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
          notify(enrollText.attemptRejected({ attempt, attempts: maxAttempts }));
        }
      }
    }
    throw new AwsMfaError(
      'MFA_CODE_INVALID',
      enrollText.attemptsExhausted({ serial: serialNumber, attempts: maxAttempts }),
      { hint: enrollText.attemptsExhaustedHint({ profile }) },
    );
  }
}
