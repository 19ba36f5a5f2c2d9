// Virtual MFA devices: CreateVirtualMFADevice, EnableMFADevice, DeactivateMFADevice,
// DeleteVirtualMFADevice, ResyncMFADevice, ListMFADevices, ListVirtualMFADevices.
import QRCode from 'qrcode';
import type { ActionRequest, ActionTable } from '../action.js';
import { mfaSeed } from '../ids.js';
import { ServiceError, validationError } from '../serviceError.js';
import { arns, type MfaDeviceRecord } from '../state.js';
import { stateIndex } from '../stateIndex.js';
import { consecutiveCodesStep } from '../totp.js';
import { checkName, checkPath, findUser, userNameOrCaller, userResource, userXml } from './entities.js';
import { paginate } from './paginate.js';

/** EnableMFADevice: the first code may be from the last five minutes, or the current one. */
const enableWindow = { stepsBack: 10, stepsAhead: 0 };
/** ResyncMFADevice exists for drifted devices, so it searches twenty minutes either way. */
const resyncWindow = { stepsBack: 40, stepsAhead: 40 };
/** IAM allows up to eight MFA devices per user. */
const devicesPerUser = 8;

const invalidCode = () =>
  new ServiceError('InvalidAuthenticationCode', 'Authentication code for device is not valid.', 403);

function authenticationCode(r: ActionRequest, name: 'AuthenticationCode1' | 'AuthenticationCode2'): string {
  const code = r.params.required(name);
  const member = `authenticationCode${name.slice(-1)}`;
  if (code.length !== 6) {
    throw validationError(
      code,
      member,
      `Member must have length ${code.length < 6 ? 'greater' : 'less'} than or equal to 6`,
    );
  }
  if (!/^\d+$/.test(code))
    throw validationError(code, member, 'Member must satisfy regular expression pattern: [\\d]+');
  return code;
}

/** The step of two consecutive codes of `device`, counting wrong pairs toward the device's throttle. */
function checkCodes(
  r: ActionRequest,
  device: MfaDeviceRecord,
  code1: string,
  code2: string,
  window: { stepsBack: number; stepsAhead: number },
): number {
  const { mfaFailures } = r.runtime;
  mfaFailures.check(device.serialNumber, r.now, 'iam');
  const step = consecutiveCodesStep(device.seed, code1, code2, r.now, window);
  if (step === undefined) {
    mfaFailures.failed(device.serialNumber, r.now);
    throw invalidCode();
  }
  mfaFailures.succeeded(device.serialNumber);
  return step;
}

function findDevice(r: ActionRequest, serialNumber: string): MfaDeviceRecord {
  const device = r.runtime.state.mfaDevices[serialNumber];
  if (!device) {
    throw new ServiceError(
      'NoSuchEntity',
      `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`,
      404,
    );
  }
  return device;
}

/** The device `SerialNumber` enabled for the request's user, or `NoSuchEntity`. */
function findEnabledDevice(r: ActionRequest): MfaDeviceRecord {
  const user = findUser(r.runtime.state, userNameOrCaller(r));
  const serialNumber = r.params.required('SerialNumber');
  const device = r.runtime.state.mfaDevices[serialNumber];
  if (!device || device.userName !== user.userName) {
    throw new ServiceError(
      'NoSuchEntity',
      `MFA Device with serial number ${serialNumber} does not exist for user ${user.userName}.`,
      404,
    );
  }
  return device;
}

/** The URI an authenticator app reads from the QR code. */
function otpauthUri(name: string, accountId: string, seed: string): string {
  return `otpauth://totp/${encodeURIComponent(name)}@${accountId}?secret=${seed}&issuer=${encodeURIComponent('Amazon Web Services')}`;
}

export const mfaDeviceActions: ActionTable = {
  CreateVirtualMFADevice: {
    permission: 'iam:CreateVirtualMFADevice',
    resource: (r) =>
      arns.mfa(r.runtime.accountId, r.params.get('Path') ?? '/', r.params.required('VirtualMFADeviceName')),
    async run(r) {
      const name = checkName(r.params.required('VirtualMFADeviceName'), 'virtualMFADeviceName', 226);
      const path = checkPath(r.params.get('Path'));
      const serialNumber = arns.mfa(r.runtime.accountId, path, name);
      if (r.runtime.state.mfaDevices[serialNumber]) {
        throw new ServiceError(
          'EntityAlreadyExists',
          'MFADevice entity at the same path and name already exists.',
          409,
        );
      }
      const seed = mfaSeed();
      // Stored before the await, so a concurrent create of the same name sees EntityAlreadyExists.
      r.runtime.state.mfaDevices[serialNumber] = { serialNumber, seed, createDate: r.now.toISOString() };
      const png = await QRCode.toBuffer(otpauthUri(name, r.runtime.accountId, seed), { type: 'png' }).catch(
        (error: unknown) => {
          delete r.runtime.state.mfaDevices[serialNumber];
          throw error;
        },
      );
      return {
        VirtualMFADevice: {
          SerialNumber: serialNumber,
          // Both are blobs in the API model, so base64 on the wire: the seed's base32 text, the PNG's bytes.
          Base32StringSeed: Buffer.from(seed, 'ascii').toString('base64'),
          QRCodePNG: png.toString('base64'),
        },
      };
    },
  },

  EnableMFADevice: {
    permission: 'iam:EnableMFADevice',
    resource: (r) => userResource(r, r.params.required('UserName')),
    run(r) {
      const user = findUser(r.runtime.state, r.params.required('UserName'));
      const device = findDevice(r, r.params.required('SerialNumber'));
      const code1 = authenticationCode(r, 'AuthenticationCode1');
      const code2 = authenticationCode(r, 'AuthenticationCode2');
      if (device.userName !== undefined) {
        throw new ServiceError('EntityAlreadyExists', 'MFA Device is already in use.', 409);
      }
      const owned = Object.values(r.runtime.state.mfaDevices).filter((d) => d.userName === user.userName);
      if (owned.length >= devicesPerUser) {
        throw new ServiceError(
          'LimitExceeded',
          `Cannot exceed quota for MFADevicesPerUser: ${devicesPerUser}`,
          409,
        );
      }
      const step = checkCodes(r, device, code1, code2, enableWindow);
      device.userName = user.userName;
      device.enableDate = r.now.toISOString();
      device.lastUsedStep = step + 1;
      return undefined;
    },
  },

  ResyncMFADevice: {
    permission: 'iam:ResyncMFADevice',
    resource: (r) => userResource(r, r.params.required('UserName')),
    run(r) {
      const device = findEnabledDevice(r);
      const code1 = authenticationCode(r, 'AuthenticationCode1');
      const code2 = authenticationCode(r, 'AuthenticationCode2');
      const step = checkCodes(r, device, code1, code2, resyncWindow);
      device.lastUsedStep = Math.max(device.lastUsedStep ?? 0, step + 1);
      return undefined;
    },
  },

  DeactivateMFADevice: {
    permission: 'iam:DeactivateMFADevice',
    resource: (r) => userResource(r, userNameOrCaller(r)),
    run(r) {
      const device = findEnabledDevice(r);
      delete device.userName;
      delete device.enableDate;
      delete device.lastUsedStep;
      return undefined;
    },
  },

  DeleteVirtualMFADevice: {
    permission: 'iam:DeleteVirtualMFADevice',
    resource: (r) => r.params.required('SerialNumber'),
    run(r) {
      const device = findDevice(r, r.params.required('SerialNumber'));
      if (device.userName !== undefined) {
        throw new ServiceError('DeleteConflict', 'MFA Device is still in use.', 409);
      }
      delete r.runtime.state.mfaDevices[device.serialNumber];
      return undefined;
    },
  },

  ListMFADevices: {
    permission: 'iam:ListMFADevices',
    resource: (r) => userResource(r, userNameOrCaller(r)),
    run(r) {
      const user = findUser(r.runtime.state, userNameOrCaller(r));
      const devices = stateIndex(r.runtime.state).mfaDevicesOf(user.userName);
      const { items, ...page } = paginate(
        r,
        `ListMFADevices:${user.userName}`,
        devices,
        (d) => d.serialNumber,
      );
      return {
        MFADevices: items.map((d) => ({
          UserName: user.userName,
          SerialNumber: d.serialNumber,
          EnableDate: d.enableDate === undefined ? undefined : new Date(d.enableDate),
        })),
        ...page,
      };
    },
  },

  ListVirtualMFADevices: {
    permission: 'iam:ListVirtualMFADevices',
    resource: (r) => `arn:aws:iam::${r.runtime.accountId}:mfa/`,
    run(r) {
      const status = r.params.get('AssignmentStatus') ?? 'Any';
      const devices = Object.values(r.runtime.state.mfaDevices).filter(
        (d) => status === 'Any' || (status === 'Assigned') === (d.userName !== undefined),
      );
      const { items, ...page } = paginate(
        r,
        `ListVirtualMFADevices:${status}`,
        devices,
        (d) => d.serialNumber,
      );
      return {
        // Never the seed or QR code: AWS returns those only once, from CreateVirtualMFADevice.
        VirtualMFADevices: items.map((d) => {
          const user = d.userName === undefined ? undefined : r.runtime.state.users[d.userName];
          return {
            SerialNumber: d.serialNumber,
            User: user === undefined ? undefined : userXml(r.runtime.accountId, user),
            EnableDate: d.enableDate === undefined ? undefined : new Date(d.enableDate),
          };
        }),
        ...page,
      };
    },
  },
};
