import { defineMessages } from '../defineMessages.js';

/** `awsmfa device status|resync|deactivate|delete`: the MFA device after enrollment. */
export const deviceText = defineMessages('device', {
  notYourDevice: (p: { serial: string; user: string }) => `${p.serial} is not an MFA device of ${p.user}.`,
  listDevicesHint: (p: { profile: string }) =>
    `list the devices: awsmfa device status --profile ${p.profile}`,
  noDevice: (p: { user: string }) => `${p.user} has no MFA device.`,
  enrollOneHint: (p: { profile: string }) => `enroll one: awsmfa enroll --profile ${p.profile}`,
  severalDevices: (p: { user: string; serials: readonly string[] }) =>
    `${p.user} has ${p.serials.length} MFA devices: ${p.serials.join(', ')}.`,
  nameOneHint: 'name one with --serial-number',
  resyncRejected: (p: { serial: string }) => `AWS could not resynchronise ${p.serial} with these codes.`,
  resyncRejectedHint: 'type two consecutive codes of that device, the second right after it appears',
  signingWithSession: (p: { serial: string }) =>
    `AWS's self-manage-MFA policy allows deactivating a device only with MFA, so awsmfa signs this with a 15-minute MFA session of ${p.serial}.`,
  askSigningCode: (p: { serial: string }) => `MFA code of ${p.serial} (signs this change with MFA): `,
  refusedWithoutMfa: (p: { serial: string; user: string }) =>
    `AWS refused to deactivate ${p.serial} for ${p.user}: the standard self-manage-MFA policy allows iam:DeactivateMFADevice only in an MFA session.`,
  giveCodeHint: (p: { action: string; profile: string }) =>
    `give a current code of the device: awsmfa device ${p.action} --profile ${p.profile} --code CODE (or run it in a terminal to be asked)`,
  sessionWithoutMfaHint:
    'these are session credentials without MFA; use the profile with the long-term keys and a code, or ask an administrator',
  deactivated: (p: { serial: string }) => `Deactivated ${p.serial}.`,
  deactivatedNotDeleted: (p: { serial: string; error: string }) =>
    `${p.serial} was deactivated but not deleted: ${p.error}`,
  askAdministratorToDeleteHint: (p: { serial: string }) =>
    `ask an administrator to run: aws iam delete-virtual-mfa-device --serial-number ${p.serial}`,
  deleted: (p: { serial: string }) => `Deleted ${p.serial}.`,
  /** The CLI around them. */
  noTerminalForCodes: 'No terminal to ask for codes on, and no --code1/--code2.',
  resyncWithCodesHint: (p: { profile: string }) =>
    `awsmfa device resync --profile ${p.profile} --code1 CODE --code2 NEXT_CODE`,
  resynchronised: (p: { serial: string }) => `Resynchronised ${p.serial}; AWS accepts its codes again.`,
  noTerminalToConfirm: (p: { delete: boolean; serial: string }) =>
    `Nothing changed: there is no terminal to confirm "${p.delete ? 'Delete' : 'Deactivate'} ${p.serial}" on.`,
  rerunWithYesHint: (p: { action: string; profile: string }) =>
    `rerun with --yes: awsmfa device ${p.action} --profile ${p.profile} --yes`,
  confirmRemove: (p: { delete: boolean; serial: string; user: string; enabled: boolean }) =>
    `${p.delete ? 'Delete' : 'Deactivate'} ${p.serial} of ${p.user}?${
      p.enabled ? ' Sessions need MFA again only after a new enrollment.' : ' It was never enabled.'
    } [y/N] `,
  nothingChanged: 'Nothing changed.',
  removedSerial: (p: { profile: string; file: string }) =>
    `Removed mfa_serial from profile ${p.profile} in ${p.file}.`,
  /** `device status` on stdout. */
  iamUser: (p: { user: string; arn: string }) => `IAM user: ${p.user} (${p.arn})`,
  noneEnabled: 'MFA devices: none enabled',
  devicesHeading: 'MFA devices:',
  enabledOn: (p: { date: string | undefined }) => `enabled ${p.date ?? '(date unknown)'}`,
  createdNeverEnabled: 'created, never enabled',
  profileSerial: (p: { profile: string; serial: string | undefined }) =>
    `Profile ${p.profile}: mfa_serial = ${p.serial ?? '(not set)'}`,
  serialMatches: (p: { user: string }) => `mfa_serial is an enabled MFA device of ${p.user}.`,
  noEnabledDevice: (p: { user: string }) => `${p.user} has no enabled MFA device.`,
  replaceUnfinishedHint: (p: { profile: string }) =>
    `remove the unfinished one and enroll: awsmfa enroll --profile ${p.profile} --replace`,
  noMfaSerial: (p: { profile: string }) => `Profile ${p.profile} has no mfa_serial.`,
  setSerialHint: (p: { serial: string; profile: string }) =>
    `set it to ${p.serial}: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  setToOneAboveHint: 'set mfa_serial to one of the devices above',
  serialIsUserArn: (p: { profile: string; serial: string }) =>
    `mfa_serial of profile ${p.profile} is the user ARN ${p.serial}, not an MFA device ARN (…:mfa/…); AWS answers "unable to validate MFA code".`,
  enrollDeviceHint: (p: { profile: string }) => `enroll a device: awsmfa enroll --profile ${p.profile}`,
  serialNotEnabled: (p: { profile: string; serial: string }) =>
    `mfa_serial of profile ${p.profile} is ${p.serial}, which was created but never enabled.`,
  finishOrStartOverHint: (p: { profile: string }) =>
    `finish it (awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE) or start over (awsmfa enroll --profile ${p.profile} --replace)`,
  serialUnknown: (p: { profile: string; serial: string; user: string }) =>
    `mfa_serial of profile ${p.profile} is ${p.serial}, which is not an enabled MFA device of ${p.user}.`,
});
