import { defineMessages } from '../defineMessages.js';

/** `awsmfa device --help` and its subcommands. */
export const deviceHelpText = defineMessages('deviceHelp', {
  describe: 'Show, resynchronise, deactivate or delete your MFA device',
  serialNumber: "The device's serial (ARN) [default: the profile's mfa_serial, else your only device]",
  code: 'A current code of the device; signs the change with MFA, as the standard policy requires',
  yes: 'Do not ask for confirmation',
  statusDescribe: "List your MFA devices and check the profile's mfa_serial against them",
  statusExample: 'Is mfa_serial the ARN of an enabled device?',
  resyncDescribe: 'Resynchronise a device whose codes AWS no longer accepts (two consecutive codes)',
  code1: 'First code (else asked on the terminal)',
  code2: 'The code that followed --code1',
  resyncExample: 'Type two consecutive codes when asked',
  deactivateDescribe: 'Deactivate the device (it stays, unassigned) and remove mfa_serial from the profile',
  deactivateExample: 'Without questions',
  deleteDescribe: 'Deactivate and delete the device, and remove mfa_serial from the profile',
  deleteExample: 'Asks for confirmation and a current code',
  exampleStatus: 'Your devices; is mfa_serial one of them?',
  exampleResync: 'AWS refuses codes of a drifted device: type two consecutive codes',
  exampleDelete: 'Remove the device (asks y/N and a current code)',
  nameACommand: 'Name a device command: status, resync, deactivate or delete.',
  epilogue:
    "Under AWS's self-manage-MFA policy, deactivating and deleting need MFA: awsmfa signs them with a 15-minute session from a current code (--code, or asked on the terminal).",
});
