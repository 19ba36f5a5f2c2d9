import { AwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import type { CallerIdentity } from './mfaDeviceApi.js';

/** The IAM user behind a set of credentials, and where its MFA devices live. */
export interface IamUser {
  userName: string;
  account: string;
  /** `aws`, `aws-cn`, `aws-us-gov`: the first field of every ARN of the account. */
  partition: string;
  arn: string;
}

/**
 * Reads the IAM user from GetCallerIdentity. GetCallerIdentity needs no permission, while
 * iam:GetUser is denied without MFA by the seed's self-manage-MFA policy, so enrollment uses this.
 * Throws INVALID_INPUT for role sessions and the root user: virtual MFA devices are enrolled for IAM users.
 *
 * @example iamUserOf({ account: '123456789012', arn: 'arn:aws:iam::123456789012:user/ops/alice' }, 'dev').userName // 'alice'
 */
export function iamUserOf(identity: CallerIdentity, profile: string): IamUser {
  const match = /^arn:([\w-]+):iam::(\d{12}):user\/(?:[^\s]*\/)?([\w+=,.@-]+)$/.exec(identity.arn);
  if (!match) {
    throw new AwsMfaError('INVALID_INPUT', enrollText.notAnIamUser({ profile, arn: identity.arn }), {
      hint: enrollText.notAnIamUserHint(),
    });
  }
  return { partition: match[1]!, account: match[2]!, userName: match[3]!, arn: identity.arn };
}

/** The serial (ARN) IAM gives a virtual MFA device of that name: `arn:aws:iam::123456789012:mfa/alice`. */
export function virtualMfaSerial(user: IamUser, deviceName: string): string {
  return `arn:${user.partition}:iam::${user.account}:mfa/${deviceName}`;
}

/**
 * Checks a device name against IAM's pattern for VirtualMFADeviceName, so a typo fails before
 * anything is created.
 */
export function checkDeviceName(deviceName: string): string {
  if (!/^[\w+=,.@-]{1,226}$/.test(deviceName)) {
    throw new AwsMfaError('INVALID_INPUT', enrollText.badDeviceName({ name: JSON.stringify(deviceName) }), {
      hint: enrollText.badDeviceNameHint(),
    });
  }
  return deviceName;
}
