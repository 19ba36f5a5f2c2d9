import { policyHelpText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { processTerminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { type EditArgs, splitCidrs, withEditOptions, withTrustedIpOption } from './editOptions.js';
import { openAdminIam } from './openAdminIam.js';
import { runPolicyEdit } from './runPolicyEdit.js';

interface ApplyArgs extends GlobalArgs, EditArgs {
  group: string;
  policyName: string;
  trustedIp: string[];
}

/** `awsmfa policy apply`: PutGroupPolicy of the MFA policy, after showing the diff. */
export const policyApplyCommand: CommandModule<GlobalArgs, ApplyArgs> = {
  command: 'apply',
  get describe() {
    return userText(policyHelpText.applyDescribe());
  },
  builder: (yargs) =>
    withEditOptions(withTrustedIpOption(yargs as Argv<GlobalArgs>))
      .option('group', { type: 'string', demandOption: true, describe: userText(policyHelpText.group()) })
      .option('policy-name', {
        type: 'string',
        default: 'MyUsersPolicy',
        describe: userText(policyHelpText.policyName()),
      })
      .example(
        '$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24',
        userText(policyHelpText.showDiffAskApply()),
      )
      .example('$0 policy apply --group MyUsers --dry-run', userText(policyHelpText.applyExampleDryRun()))
      .example(
        '$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24 --yes',
        userText(policyHelpText.fromAScript()),
      ) as unknown as Argv<ApplyArgs>,
  handler: async (args: ArgumentsCamelCase<ApplyArgs>) => {
    const terminal = processTerminal();
    const { planPolicyApply } = await import('@awsmfa/core');
    const { iam } = await openAdminIam(args, terminal);
    const trustedCidrs = splitCidrs(args.trustedIp);
    await runPolicyEdit({
      plan: (aggregate) =>
        planPolicyApply(iam, {
          groupName: args.group,
          policyName: args.policyName,
          trustedCidrs,
          force: args.force,
          aggregate,
        }),
      args,
      iam,
      terminal,
    });
  },
};
