import { defineMessages } from '../defineMessages.js';

/** `awsmfa enroll --help`. */
export const enrollHelpText = defineMessages('enrollHelp', {
  describe: 'Set up a virtual MFA device for your IAM user: QR code in the terminal, two codes, done',
  deviceName:
    'Name of the virtual MFA device [default: your IAM user name, as IAM policies expect]; another name adds another device',
  qrPng: 'Also write the QR code as a PNG image to this file (mode 0600; delete it after scanning)',
  showSecret: 'Also print the secret key, for apps where you type it in instead of scanning',
  code1: 'First code, for a device created earlier with --keep (no terminal needed)',
  code2: 'The code that followed --code1',
  replace: 'Delete an unfinished device of the same name (left by an earlier attempt) and start over',
  keep: 'Keep the created device if enabling fails or there is no terminal to ask for codes on',
  yes: 'Answer yes to questions (same as --replace)',
  exampleEnroll: 'Scan the QR code, type two consecutive codes, done',
  exampleQrPng: 'Also write the QR code as an image and print the key',
  exampleReplace: 'Start over after an unfinished attempt ("entity already exists")',
  exampleDeviceName: 'Add another device (up to 8 per user); mfa_serial keeps the one in use',
  exampleNoTerminal: 'Without a terminal: create the device, then enable it with two codes',
  epilogue:
    'The secret key is shown only with --show-secret and written only with --qr-png. On any failure before the device is enabled (wrong codes three times, Ctrl-C) the device is deleted again, unless --keep.',
});
