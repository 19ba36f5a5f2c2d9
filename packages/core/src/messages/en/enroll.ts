import { defineMessages } from '../defineMessages.js';

/** `awsmfa enroll`: creating a virtual MFA device, its QR code, two codes, and cleaning up. */
export const enrollText = defineMessages('enroll', {
  cancelled: 'Enrollment cancelled.',
  cancelledNothingChanged: 'Enrollment cancelled: nothing was changed.',
  runAgain: (p: { profile: string }) => `run awsmfa enroll --profile ${p.profile} again`,
  noTerminal: 'No terminal to ask for MFA codes on, and no --code1/--code2.',
  noTerminalHint: (p: { profile: string }) =>
    `run awsmfa enroll --profile ${p.profile} in a terminal; or create the device with --keep --show-secret (or --qr-png FILE), then enable it with --code1 CODE --code2 NEXT_CODE`,
  kept: (p: { error: string; serial: string }) => `${p.error} The device ${p.serial} was kept (--keep).`,
  keptHint: (p: { profile: string }) =>
    `enable it with awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE, or remove it with awsmfa device delete --profile ${p.profile}`,
  deletingNotEnabled: (p: { serial: string }) => `Deleting ${p.serial}, which was not enabled…`,
  deletedNothingLeft: (p: { serial: string }) => `Deleted ${p.serial}; nothing is left behind.`,
  failedAndCleanupFailed: (p: { error: string; cleanup: string }) => `${p.error} ${p.cleanup}`,
  createdWithoutSeed: (p: { serial: string }) => `AWS created ${p.serial} without a seed.`,
  leftoverUnknown: (p: { serial: string }) =>
    `A virtual MFA device ${p.serial} already exists (awsmfa cannot list devices to tell whether it is enabled). AWS shows its secret only once, so it cannot be finished here unless your app already has it.`,
  leftoverUnfinished: (p: { serial: string }) =>
    `A virtual MFA device ${p.serial} already exists but was never enabled: an earlier enrollment did not finish. AWS shows its secret only once, so it cannot be finished here unless your app already has it.`,
  replaceQuestion: 'Delete it and create a new one? [y/N] ',
  leftoverHint: (p: { profile: string }) =>
    `delete it and start over: awsmfa enroll --profile ${p.profile} --replace; or, if your authenticator app already has it, enable it: awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE`,
  deletingUnfinished: (p: { serial: string }) => `Deleting the unfinished device ${p.serial}…`,
  nameTaken: (p: { name: string; serial: string; owner: string }) =>
    `The device name ${p.name} is taken: ${p.serial} belongs to ${p.owner}.`,
  nameTakenHint: 'choose another name with --device-name',
  alreadyEnabled: (p: { serial: string; user: string }) => `${p.serial} is already enabled for ${p.user}.`,
  alreadyEnabledHint: (p: { profile: string }) =>
    `see it with awsmfa device status --profile ${p.profile}; add another with awsmfa enroll --profile ${p.profile} --device-name NAME; to start over, remove it with awsmfa device delete --profile ${p.profile}`,
  otherNameDeniedHint: (p: { user: string }) =>
    `the usual policy lets users create only a device named after themselves (mfa/${p.user}); for more devices an administrator must also allow iam:CreateVirtualMFADevice and iam:EnableMFADevice on arn:aws:iam::*:mfa/\${aws:username}-*`,
  nothingWaiting: (p: { serial: string }) => `No device ${p.serial} is waiting to be enabled.`,
  nothingWaitingHint: (p: { profile: string }) =>
    `--code1/--code2 enable a device created earlier with awsmfa enroll --keep; to start, run awsmfa enroll --profile ${p.profile} in a terminal`,
  codesRejectedStaysUnenabled: (p: { serial: string }) =>
    `AWS did not accept the codes for ${p.serial}; the device stays unenabled.`,
  codesRejectedStaysUnenabledHint:
    'type two new codes, the second one right after the first appears: awsmfa enroll --code1 CODE --code2 NEXT_CODE (check that the phone sets its clock automatically)',
  attemptRejected: (p: { attempt: number; attempts: number }) =>
    `AWS did not accept these codes (attempt ${p.attempt} of ${p.attempts}). Check that the app entry is the one you just scanned and that the phone sets its clock automatically, then type two new codes.`,
  attemptsExhausted: (p: { serial: string; attempts: number }) =>
    `AWS did not accept the codes for ${p.serial} after ${p.attempts} attempts.`,
  attemptsExhaustedHint: (p: { profile: string }) =>
    `scan the new QR code of the next attempt (remove the old entry from your app) and check the phone's clock; run awsmfa enroll --profile ${p.profile} again`,
  /** readCodePair: two consecutive codes. */
  askCode1: 'MFA code 1 (6 digits from your app): ',
  askCode2: (p: { seconds: number }) =>
    `MFA code 2 (wait for the next code, about ${p.seconds} s, then type it): `,
  code1: 'code 1',
  code2: 'Code 2',
  sameCodesWait: (p: { error: string }) =>
    `${p.error} Wait for the app to show a new code (every 30 s), then type that one.`,
  codeSkipped:
    'Code 2 is not the code that came right after code 1 (one was skipped). Type the current code as code 1, then the next one.',
  codesSwapped: 'Code 2 came before code 1. Type the current code as code 1, then the next one.',
  tooManyUnusable: 'Too many unusable codes.',
  tooManyUnusableHint: 'run the command again',
  tryAgain: (p: { error: string }) => `${p.error} Try again.`,
  sameCodes: 'Both codes are the same; AWS needs two different, consecutive codes.',
  sameCodesHint: 'wait for the next code (a new one appears every 30 seconds) and use it as the second code',
  /** removeVirtualMfaDevice: an unfinished device deleted again. */
  couldNotDelete: (p: { serial: string; error: string }) => `Could not delete ${p.serial}: ${p.error}`,
  removingUnderOwnSession: (p: { user: string; serial: string }) =>
    `The policy lets ${p.user} delete ${p.serial} only with MFA, so awsmfa enables it with its own codes and removes it under a short MFA session (this takes up to 30 s).`,
  enabledButNotDeactivated: (p: { serial: string; user: string; error: string }) =>
    `Could not remove ${p.serial}: it is now enabled for ${p.user} but could not be deactivated (${p.error})`,
  enabledButNotDeactivatedHint: (p: { profile: string; user: string; serial: string }) =>
    `remove it with awsmfa device delete --profile ${p.profile} (it asks for a code), or ask an administrator: aws iam deactivate-mfa-device --user-name ${p.user} --serial-number ${p.serial}`,
  leftBehindDeniedHint: (p: { serial: string; profile: string }) =>
    `the policy allows deleting it only with MFA; ask an administrator to run: aws iam delete-virtual-mfa-device --serial-number ${p.serial} (or, if your authenticator app has this device, enable it: awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE)`,
  leftBehindHint: (p: { serial: string }) =>
    `ask an administrator to run: aws iam delete-virtual-mfa-device --serial-number ${p.serial}, then run awsmfa enroll again`,
  /** iamUserOf, checkDeviceName. */
  notAnIamUser: (p: { profile: string; arn: string }) =>
    `Profile ${p.profile} signs in as ${p.arn || 'an unknown identity'}, not as an IAM user; virtual MFA devices are enrolled for IAM users.`,
  notAnIamUserHint: "use the profile that holds the IAM user's own access key (awsmfa enroll --profile NAME)",
  badDeviceName: (p: { name: string }) => `Device name ${p.name} is not valid for IAM.`,
  badDeviceNameHint: 'use 1 to 226 letters, digits or + = , . @ _ - (no spaces or slashes)',
  cannotWriteQr: (p: { file: string; error: string }) => `Cannot write the QR code to ${p.file}: ${p.error}`,
  cannotWriteQrHint: 'choose a writable path for --qr-png',
  /** soleMfaDevice: a profile without mfa_serial. */
  noMfaSerialNoDevice: (p: { profile: string; user: string }) =>
    `Profile ${p.profile} has no mfa_serial, and IAM user ${p.user} has no MFA device.`,
  enrollOneHint: (p: { profile: string }) => `enroll one: awsmfa enroll --profile ${p.profile}`,
  noMfaSerialSeveralDevices: (p: { profile: string; user: string; serials: readonly string[] }) =>
    `Profile ${p.profile} has no mfa_serial, and IAM user ${p.user} has ${p.serials.length} MFA devices: ${p.serials.join(', ')}.`,
  chooseOneHint: (p: { serial: string; profile: string }) =>
    `choose one: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  /** The CLI's lines around the QR code. */
  replaceWithCodes: '--replace starts over with a new device, whose codes cannot be known yet.',
  replaceWithCodesHint: 'use --code1/--code2 without --replace to enable the device waiting to be enabled',
  cancellingCleaningUp:
    'Cancelling; cleaning up (Ctrl-C again quits at once and may leave the device behind)…',
  created: (p: { serial: string; user: string }) =>
    `Created virtual MFA device ${p.serial} for IAM user ${p.user}.`,
  scanThis:
    'Scan this QR code with your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…):',
  qrCaption: (p: { label: string }) => `In your app: ${p.label}`,
  qrNotDrawn:
    'The QR code is not drawn: stderr is not a terminal and the code holds the secret key. Use --qr-png FILE or --show-secret.',
  qrWritten: (p: { file: string }) =>
    `QR code written to ${p.file} (mode 0600). Delete it once scanned: it holds the secret key.`,
  secretKey: (p: { seed: string }) =>
    `Secret key for manual entry (time-based, 6 digits, every 30 s): ${p.seed}`,
  cannotScan: 'Cannot scan it? Ctrl-C, then run again with --show-secret (type the key) or --qr-png FILE.',
  createdNotEnabled: 'The device is created but not enabled: there is no terminal to ask for codes on.',
  enableLater: 'Once your app shows it, enable it with two consecutive codes:',
  enabledBeside: (p: { serial: string; user: string; other: string }) =>
    `Enabled ${p.serial} for ${p.user}, beside ${p.other}.`,
  profileKeepsSerial: (p: { profile: string; other: string; serial: string }) =>
    `mfa_serial of profile ${p.profile} stays ${p.other}; to use the new device: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  enabled: (p: { serial: string; user: string }) => `Enabled ${p.serial} for ${p.user}.`,
  serialSet: (p: { profile: string; file: string }) =>
    `mfa_serial of profile ${p.profile} is set in ${p.file}.`,
  nextSession: 'Next, get a one-hour MFA session in this shell:',
});
