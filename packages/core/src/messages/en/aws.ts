import { defineMessages } from '../defineMessages.js';

/** What an AWS call's failure means for the user (translateAwsError, explainIamError). */
export const awsText = defineMessages('aws', {
  /** The call that failed: `GetSessionToken for profile dev`, or `profile dev`. */
  call: (p: { operation: string | undefined; profile: string }) =>
    p.operation ? `${p.operation} for profile ${p.profile}` : `profile ${p.profile}`,
  theMfaDevice: 'the MFA device',
  badHeaderCharacter: (p: { call: string; header: string }) =>
    `${p.call}: ${p.header} would carry a character HTTP headers cannot (non-ASCII or control).`,
  aHeader: 'a header',
  badHeaderCharacterHint:
    'check the access key ID, session token and region of the profile: letters, digits and - only',
  notHttpEndpoint: (p: { call: string }) => `${p.call}: the endpoint is not an http(s) URL.`,
  notHttpEndpointHint: 'check --endpoint-url / AWS_ENDPOINT_URL: http://host:port or https://host',
  timedOut: (p: { call: string; endpoint: string | undefined }) =>
    `${p.call} timed out${p.endpoint ? ` at ${p.endpoint}` : ''}.`,
  timedOutHint:
    'check the network or the endpoint, then try again (timeouts: AWSMFA_CONNECT_TIMEOUT_MS, AWSMFA_REQUEST_TIMEOUT_MS)',
  unreachable: (p: { endpoint: string | undefined; code: string; call: string }) =>
    `Cannot reach ${p.endpoint ?? 'AWS'} (${p.code}) for ${p.call}.`,
  unreachableEndpointHint: 'check --endpoint-url / AWS_ENDPOINT_URL, and that the endpoint is running',
  unreachableAwsHint: 'check the network connection and any proxy settings',
  codeRejected: (p: { serial: string; serialSource: string | undefined }) =>
    `AWS rejected the MFA code for ${p.serial}${p.serialSource ? ` (from ${p.serialSource})` : ''}.`,
  codeRejectedHint:
    'type the current code of that device; each code works once, so if it was used already wait for the next one; if codes keep failing, check the clocks of the device and of this computer',
  serialIsUserArn: (p: { serial: string; serialSource: string | undefined }) =>
    `mfa_serial ${p.serial}${p.serialSource ? ` (from ${p.serialSource})` : ''} is a user ARN, not an MFA device ARN.`,
  serialIsUserArnHint: (p: { fixed: string; profile: string }) =>
    `set mfa_serial to the device ARN, usually ${p.fixed} (awsmfa device list --profile ${p.profile} shows it)`,
  cannotValidate: (p: { serial: string; serialSource: string | undefined }) =>
    `AWS cannot validate codes for ${p.serial}${p.serialSource ? ` (from ${p.serialSource})` : ''}: the device does not exist, is not enabled, or is not associated with this user.`,
  cannotValidateHint: (p: { profile: string }) =>
    `check mfa_serial, or enroll a device: awsmfa enroll --profile ${p.profile}`,
  needsSerialAndCode: (p: { call: string }) => `${p.call}: AWS needs both an MFA serial and a code.`,
  needsSerialAndCodeHint: 'set mfa_serial in the profile',
  authenticationCodesRejected: (p: { serial: string }) =>
    `AWS rejected the authentication codes for ${p.serial}.`,
  authenticationCodesRejectedHint:
    'use two consecutive codes, each typed as soon as it appears, and check the phone clock',
  sessionCredentials: (p: { profile: string; key: string | undefined }) =>
    `Profile ${p.profile} signs with session credentials${p.key ? ` (key ${p.key})` : ''}, and AWS issues MFA sessions only for long-term keys (AKIA…).`,
  sessionCredentialsHint:
    'put the long-term keys in the profile; if AWS_ACCESS_KEY_ID/AWS_SESSION_TOKEN (ASIA…) are set in this shell, remove them: eval "$(awsmfa env --unset)"',
  sessionExpired: (p: { profile: string }) =>
    `The session credentials for profile ${p.profile} have expired.`,
  sessionExpiredHint: (p: { profile: string }) =>
    `get a new session: awsmfa env --profile ${p.profile} --refresh`,
  clockSkew: (p: { call: string }) =>
    `AWS rejected the request time for ${p.call}: this computer's clock is off.`,
  clockSkewHint: 'synchronise the clock (timedatectl set-ntp true, or your OS time settings)',
  credentialsRejected: (p: { profile: string; key: string | undefined; secretMismatch: boolean }) =>
    `AWS rejected the credentials of profile ${p.profile}${p.key ? ` (key ${p.key})` : ''}: ${
      p.secretMismatch
        ? 'the secret key does not match the access key'
        : 'the access key is unknown, deleted or inactive'
    }.`,
  credentialsRejectedHint: (p: { profile: string }) =>
    `import a current access key: awsmfa import --profile ${p.profile} <file.csv>`,
  regionDisabled: (p: { call: string }) => `STS is not activated in this region for ${p.call}.`,
  regionDisabledHint: 'use --region us-east-1, or activate STS in the region in IAM account settings',
  accessDenied: (p: { call: string; message: string }) => `Access denied for ${p.call}: ${p.message}`,
  accessDeniedHint:
    'a policy denies this request; ask the administrator, or get an MFA session first: awsmfa env',
  /** An IAM refusal in AWS's own words: `ListUsers for profile dev: …`. */
  awsSays: (p: { call: string; message: string }) => `${p.call}: ${p.message}`,
  requestRefused: (p: { call: string; message: string }) =>
    `AWS refused the request for ${p.call}: ${p.message}`,
  throttledMfa: (p: { call: string; endpoint: string | undefined; serial: string }) =>
    `AWS kept throttling ${p.call}${p.endpoint ? ` at ${p.endpoint}` : ''} after retries; AWS throttles an MFA device (${p.serial}) after repeated wrong codes.`,
  throttledMfaHint:
    'wait a few minutes, then type the current code once: every wrong code counts toward the throttle',
  throttled: (p: { call: string; endpoint: string | undefined }) =>
    `AWS kept throttling ${p.call}${p.endpoint ? ` at ${p.endpoint}` : ''} after retries.`,
  throttledHint: 'wait a minute and try again',
  serviceFailing: (p: { call: string; endpoint: string | undefined; status: number }) =>
    `AWS kept failing for ${p.call}${p.endpoint ? ` at ${p.endpoint}` : ''} (HTTP ${p.status}) after retries.`,
  serviceFailingHint: 'try again later; AWS status: https://health.aws.amazon.com',
  serviceRefused: (p: { call: string; name: string; status: number; message: string }) =>
    `AWS refused ${p.call} (${p.name}, HTTP ${p.status}): ${p.message}`,
  unexpected: (p: { call: string; message: string }) => `Unexpected error during ${p.call}: ${p.message}`,
  unexpectedHint: 'run again with --debug and report it',
  codeReused: (p: { serial: string }) =>
    `The MFA code for ${p.serial} was already used; AWS accepts each code only once.`,
  codeReusedHint: 'wait for the next code (a new one appears every 30 seconds) and try again',
  /** explainIamError: an IAM call the user's policy does not allow. */
  profileWho: (p: { profile: string }) => `profile ${p.profile}`,
  notAllowed: (p: { who: string; action: string; resource: string | undefined; explicit: boolean }) =>
    `${p.who} is not allowed to call ${p.action}${p.resource ? ` on ${p.resource}` : ''}${p.explicit ? ' (an explicit Deny applies)' : ''}.`,
  explicitDenyHint: (p: { action: string }) =>
    `the policy denies ${p.action} without MFA; ask an administrator to allow it, or to run it for you`,
  notAllowedHint: (p: { action: string; resource: string | undefined }) =>
    `the user's IAM policy must allow ${p.action}${p.resource ? ` on ${p.resource}` : ''}; ask an administrator (AWS's example policy "IAM: Allows IAM users to self-manage an MFA device" has it)`,
});
