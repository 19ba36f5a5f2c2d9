import { policyHelpText } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { userText } from '../userLanguage.js';
import { adminAuditCommand } from './admin/audit.js';
import { adminSetupCommand } from './admin/setup.js';

/** `awsmfa admin …`: set up and audit IAM users under the MFA policy. */
export const adminCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'admin <command>',
  get describe() {
    return userText(policyHelpText.adminDescribe());
  },
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(adminSetupCommand)
      .command(adminAuditCommand)
      .demandCommand(1, userText(policyHelpText.adminNameASubcommand()))
      .example('$0 admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24', '')
      .example('$0 admin audit --group MyUsers', ''),
  handler: () => {},
};
