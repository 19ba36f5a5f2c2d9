import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { policyApplyCommand } from './policy/apply.js';
import { policyCheckCommand } from './policy/check.js';
import { policyPrintCommand } from './policy/print.js';
import { policySimulateCommand } from './policy/simulate.js';
import { policyTrustedIpCommand } from './policy/trustedIp.js';

/** `awsmfa policy …`: the administrator's "MFA required except from trusted IPs" group policy. */
export const policyCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'policy <command>',
  describe: 'Administrators: write, apply, edit and prove the "MFA required except from trusted IPs" policy',
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(policyPrintCommand)
      .command(policyApplyCommand)
      .command(policyTrustedIpCommand)
      .command(policySimulateCommand)
      .command(policyCheckCommand)
      .demandCommand(1, 'Name a subcommand: print, apply, trusted-ip, simulate or check.')
      .example('$0 policy print --trusted-ip 203.0.113.0/24', 'The policy document')
      .example(
        '$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24',
        'Put it on a group (diff first)',
      )
      .example('$0 policy trusted-ip add --group MyUsers 198.51.100.7', 'Trust one more address')
      .example('$0 policy check --group MyUsers', 'Prove it behaves as intended'),
  handler: () => {},
};
