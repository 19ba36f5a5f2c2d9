import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { adminAuditCommand } from './admin/audit.js';
import { adminSetupCommand } from './admin/setup.js';

/** `awsmfa admin …`: set up and audit IAM users under the MFA policy. */
export const adminCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'admin <command>',
  describe: 'Administrators: set up a group with MFA-required users in one command, and audit it',
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(adminSetupCommand)
      .command(adminAuditCommand)
      .demandCommand(1, 'Name a subcommand: setup or audit.')
      .example('$0 admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24', '')
      .example('$0 admin audit --group MyUsers', ''),
  handler: () => {},
};
