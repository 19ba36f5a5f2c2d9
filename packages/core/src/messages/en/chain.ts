import { defineMessages } from '../defineMessages.js';

/** How a profile gets its credentials (credentialChain; also on the fast path). */
export const chainText = defineMessages('chain', {
  noMfaSerial: (p: { profile: string }) => `Profile ${p.profile} has no mfa_serial.`,
  runEnrollHint: (p: { profile: string }) => `run awsmfa enroll --profile ${p.profile}`,
  credentialSource: (p: { profile: string; source: string }) =>
    `Profile ${p.profile} takes its credentials from credential_source = ${p.source}, which awsmfa does not support.`,
  credentialSourceHint: (p: { profile: string }) =>
    `use source_profile = <the profile with the IAM user's keys> in [profile ${p.profile}], or call the AWS CLI with --profile ${p.profile} directly`,
  notARoleArn: (p: { profile: string; arn: string }) =>
    `role_arn of profile ${p.profile} is not a role ARN: ${p.arn}.`,
  notARoleArnHint: 'a role ARN looks like arn:aws:iam::123456789012:role/NAME',
  noSourceProfile: (p: { profile: string }) => `Profile ${p.profile} has role_arn but no source_profile.`,
  noSourceProfileHint: (p: { profile: string }) =>
    `add source_profile = <the profile with the IAM user's keys> to [profile ${p.profile}]`,
  circle: (p: { path: readonly string[] }) =>
    `The source_profile settings go round in a circle: ${p.path.join(' → ')}.`,
  circleHint: (p: { profile: string }) =>
    `point source_profile of profile ${p.profile} at the profile that holds the IAM user's keys`,
  sourceMissing: (p: { profile: string; source: string }) =>
    `Profile ${p.profile} names source_profile ${p.source}, which is not a profile.`,
  sourceMissingHint: (p: { source: string }) =>
    `import the user's keys: awsmfa import <file.csv> --profile ${p.source}`,
  sessionCredentials: (p: { profile: string; key: string }) =>
    `Profile ${p.profile} holds session credentials (${p.key}); MFA sessions are issued only for long-term keys (AKIA…).`,
  sessionCredentialsHint: (p: { profile: string }) =>
    `put the user's long-term keys in [${p.profile}] of the credentials file`,
});
