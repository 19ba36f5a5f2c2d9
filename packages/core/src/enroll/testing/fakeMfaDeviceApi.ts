// An in-memory IAM for unit tests of the enrollment logic; end-to-end tests use the emulator.
import { generateSecret, generateSync } from 'otplib';
import type { MfaDeviceApi } from '../mfaDeviceApi.js';

export interface FakeDevice {
  seed: string;
  userName?: string;
  enableDate?: Date;
  lastUsedStep?: number;
}

export interface FakeIamOptions {
  userName?: string;
  account?: string;
  /** The seed's self-manage-MFA policy: delete and deactivate only with MFA. */
  mfaOnlyDelete?: boolean;
  /** Actions answered with AccessDenied whatever the MFA state, e.g. `CreateVirtualMFADevice`. */
  denied?: string[];
  now?: () => number;
}

/** AWS-shaped error: `name` is the AWS error code, as the SDK sets it for unmodeled errors. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * A fake IAM + STS holding virtual MFA devices, checking codes like AWS (two consecutive codes,
 * each period used once), and recording every call.
 */
export function fakeIam(options: FakeIamOptions = {}) {
  const userName = options.userName ?? 'cli-user';
  const account = options.account ?? '123456789012';
  const now = options.now ?? Date.now;
  const devices = new Map<string, FakeDevice>();
  const calls: string[] = [];
  const serialOf = (name: string) => `arn:aws:iam::${account}:mfa/${name}`;
  const step = () => Math.floor(now() / 30_000);
  const codeAt = (seed: string, s: number) => generateSync({ secret: seed, epoch: s * 30 });
  const stepOf = (seed: string, code: string) => {
    for (const s of [step(), step() - 1, step() + 1, step() - 2]) if (codeAt(seed, s) === code) return s;
    return undefined;
  };

  const api = (mfa: boolean): MfaDeviceApi => {
    const guard = (action: string, needsMfa = false) => {
      calls.push(mfa ? `${action} (mfa)` : action);
      if (options.denied?.includes(action) || (needsMfa && !mfa)) {
        throw awsError(
          'AccessDenied',
          `User: arn:aws:iam::${account}:user/${userName} is not authorized to perform: iam:${action} with an explicit deny in an identity-based policy`,
        );
      }
    };
    return {
      async getCallerIdentity() {
        calls.push('GetCallerIdentity');
        return { account, arn: `arn:aws:iam::${account}:user/${userName}` };
      },
      async createVirtualMfaDevice(name) {
        guard('CreateVirtualMFADevice');
        const serialNumber = serialOf(name);
        if (devices.has(serialNumber))
          throw awsError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
        const seed = generateSecret({ length: 40 });
        devices.set(serialNumber, { seed });
        return { serialNumber, base32Seed: seed };
      },
      async enableMfaDevice(input) {
        guard('EnableMFADevice');
        const device = devices.get(input.serialNumber);
        if (!device) throw awsError('NoSuchEntity', `MFA device ${input.serialNumber} not found.`);
        if (device.userName) throw awsError('EntityAlreadyExists', 'MFA device is already in use.');
        const s1 = stepOf(device.seed, input.code1);
        const s2 = stepOf(device.seed, input.code2);
        if (s1 === undefined || s2 !== s1 + 1)
          throw awsError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
        Object.assign(device, { userName: input.userName, enableDate: new Date(now()), lastUsedStep: s2 });
      },
      async resyncMfaDevice(input) {
        guard('ResyncMFADevice');
        const device = devices.get(input.serialNumber);
        if (!device?.userName) throw awsError('NoSuchEntity', 'not found');
        const s1 = stepOf(device.seed, input.code1);
        const s2 = stepOf(device.seed, input.code2);
        if (s1 === undefined || s2 !== s1 + 1)
          throw awsError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
      },
      async deactivateMfaDevice(input) {
        guard('DeactivateMFADevice', options.mfaOnlyDelete);
        const device = devices.get(input.serialNumber);
        if (!device?.userName) throw awsError('NoSuchEntity', 'not found');
        device.userName = undefined;
        device.enableDate = undefined;
      },
      async deleteVirtualMfaDevice(serialNumber) {
        guard('DeleteVirtualMFADevice', options.mfaOnlyDelete);
        const device = devices.get(serialNumber);
        if (!device) throw awsError('NoSuchEntity', 'not found');
        if (device.userName) throw awsError('DeleteConflict', 'MFA device is in use.');
        devices.delete(serialNumber);
      },
      async listMfaDevices(name) {
        guard('ListMFADevices');
        return [...devices]
          .filter(([, d]) => d.userName === name)
          .map(([serialNumber, d]) => ({ serialNumber, enableDate: d.enableDate }));
      },
      async listVirtualMfaDevices() {
        guard('ListVirtualMFADevices');
        return [...devices].map(([serialNumber, d]) => ({
          serialNumber,
          userName: d.userName,
          enableDate: d.enableDate,
        }));
      },
      async mfaSession(serialNumber, code) {
        calls.push('GetSessionToken');
        const device = devices.get(serialNumber);
        const s = device?.userName ? stepOf(device.seed, code) : undefined;
        if (!device || s === undefined || (device.lastUsedStep !== undefined && s <= device.lastUsedStep))
          throw awsError(
            'AccessDenied',
            'MultiFactorAuthentication failed with invalid MFA one time pass code.',
          );
        device.lastUsedStep = s;
        return api(true);
      },
    };
  };

  return {
    api: api(false),
    devices,
    calls,
    serialOf,
    /** What the phone shows for `serial` at `offset` periods from now. */
    code: (serial: string, offset = 0) => codeAt(devices.get(serial)!.seed, step() + offset),
  };
}
