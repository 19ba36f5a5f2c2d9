// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
// The inline group policy "MFA required except from trusted IPs": AWS's "self-manage an MFA
// device" example, tightened to the user's own device, with the seed article's NotIpAddress
// exception and AWS's "deny based on source IP" guard for services acting on the user's behalf.
import { validateTrustedCidr } from './cidr.js';
import type { PolicyDocument, PolicyStatement } from './types.js';

/** Sid of the statement that denies everything else without MFA; `trusted-ip` edits only it. */
export const mfaDenySid = 'BlockMostAccessUnlessSignedInWithMFA';

/** The inline policy name the seed article uses, and `awsmfa policy apply`'s default. */
export const defaultMfaPolicyName = 'MyUsersPolicy';

/**
 * What a user may still call without MFA from an untrusted address: just enough to enroll a
 * virtual device and trade a code for a session. DeleteVirtualMFADevice is here so a half-done
 * enrollment (created but never enabled) can be cleaned up and retried; IAM refuses to delete a
 * device that is still enabled, and deactivating one needs MFA, so this opens nothing else.
 */
export const actionsAllowedWithoutMfa: readonly string[] = [
  'iam:CreateVirtualMFADevice',
  'iam:DeleteVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetMFADevice',
  'iam:ListMFADevices',
  'iam:ListUsers',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
];

const ownUser = 'arn:aws:iam::*:user/${aws:username}';
const ownMfaDevice = 'arn:aws:iam::*:mfa/${aws:username}';

/**
 * Builds the MFA policy document. Every trusted CIDR is validated (see `validateTrustedCidr`;
 * `force` accepts `0.0.0.0/0` and host bits) and written canonically, in the order given.
 *
 * @example policyToJson(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }))
 */
export function buildMfaPolicy(options: {
  trustedCidrs: readonly string[];
  force?: boolean;
}): PolicyDocument {
  const trustedCidrs = options.trustedCidrs.map((cidr) =>
    validateTrustedCidr(cidr, { force: options.force }),
  );
  const denyConditions: NonNullable<PolicyStatement['Condition']> = {
    // BoolIfExists, not Bool: requests signed with a long-term access key carry no
    // aws:MultiFactorAuthPresent at all, and a plain Bool on a missing key is false — so
    // `Bool {"aws:MultiFactorAuthPresent": "false"}` would never deny the very keys this policy
    // is about. With IfExists a missing key counts as a match and the Deny applies.
    //
    // aws:ViaAWSService "false": when an AWS service (CloudFormation, …) calls another service
    // for the user, the request comes from AWS's addresses, not the office's; without this the
    // source-IP exception would break those calls ("deny based on source IP" example). It sits in
    // BoolIfExists rather than a separate Bool so that a context lacking the key (a simulation
    // without ContextEntries, a sloppy emulator) fails closed: the Deny still applies. AWS always
    // sets the key, so on AWS both spellings behave the same.
    BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false', 'aws:ViaAWSService': 'false' },
  };
  if (trustedCidrs.length > 0) {
    // NotIpAddress on a missing aws:SourceIp is true, so a request without one is still denied.
    denyConditions.NotIpAddress = { 'aws:SourceIp': trustedCidrs };
  }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowListActions',
        Effect: 'Allow',
        Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'],
        Resource: '*',
      },
      {
        Sid: 'AllowManageOwnVirtualMFADevice',
        Effect: 'Allow',
        Action: ['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice'],
        Resource: ownMfaDevice,
      },
      {
        Sid: 'AllowManageOwnUserMFA',
        Effect: 'Allow',
        Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
        Resource: ownUser,
      },
      {
        Sid: 'AllowDeactivateOwnMFAOnlyWithMFA',
        Effect: 'Allow',
        Action: ['iam:DeactivateMFADevice'],
        Resource: [ownMfaDevice, ownUser],
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
      {
        Sid: mfaDenySid,
        Effect: 'Deny',
        NotAction: [...actionsAllowedWithoutMfa],
        Resource: '*',
        Condition: denyConditions,
      },
      {
        // `keys rotate`: a user's own access keys, only with MFA, from anywhere (a trusted IP lifts
        // the Deny below, not this condition), so a stolen key alone cannot make itself a twin.
        Sid: 'AllowManageOwnAccessKeysOnlyWithMFA',
        Effect: 'Allow',
        Action: [
          'iam:CreateAccessKey',
          'iam:DeleteAccessKey',
          'iam:GetAccessKeyLastUsed',
          'iam:ListAccessKeys',
          'iam:UpdateAccessKey',
        ],
        Resource: ownUser,
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ],
  };
}

/**
 * Pretty-prints a policy document: 2-space indent, keys in the document's own order, no
 * trailing newline — the same document always prints the same text, so diffs stay small.
 */
export function policyToJson(document: PolicyDocument): string {
  return JSON.stringify(document, null, 2);
}
