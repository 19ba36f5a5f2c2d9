import { policyHelpText } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { userText } from '../userLanguage.js';
import { policyApplyCommand } from './policy/apply.js';
import { policyCheckCommand } from './policy/check.js';
import { policyPrintCommand } from './policy/print.js';
import { policySimulateCommand } from './policy/simulate.js';
import { policyTrustedIpCommand } from './policy/trustedIp.js';

/** `awsmfa policy …`: the administrator's "MFA required except from trusted IPs" group policy. */
export const policyCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'policy <command>',
  get describe() {
    return userText(policyHelpText.policyDescribe());
  },
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(policyPrintCommand)
      .command(policyApplyCommand)
      .command(policyTrustedIpCommand)
      .command(policySimulateCommand)
      .command(policyCheckCommand)
      .demandCommand(1, userText(policyHelpText.policyNameASubcommand()))
      .example('$0 policy print --trusted-ip 203.0.113.0/24', userText(policyHelpText.examplePrint()))
      .example(
        '$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24',
        userText(policyHelpText.exampleApply()),
      )
      .example(
        '$0 policy trusted-ip add --group MyUsers 198.51.100.7',
        userText(policyHelpText.exampleTrustOneMore()),
      )
      .example('$0 policy check --group MyUsers', userText(policyHelpText.exampleCheck())),
  handler: () => {},
};
