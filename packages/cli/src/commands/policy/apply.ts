import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { processTerminal } from '../../terminal.js';
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
  describe: "Put the MFA policy on a group as an inline policy (shows the diff against what's there first)",
  builder: (yargs) =>
    withEditOptions(withTrustedIpOption(yargs as Argv<GlobalArgs>))
      .option('group', { type: 'string', demandOption: true, describe: 'IAM group, e.g. MyUsers' })
      .option('policy-name', {
        type: 'string',
        default: 'MyUsersPolicy',
        describe: 'Name of the inline policy',
      })
      .example('$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24', 'Show the diff, ask, apply')
      .example('$0 policy apply --group MyUsers --dry-run', 'Only show what would change')
      .example(
        '$0 policy apply --group MyUsers --trusted-ip 203.0.113.0/24 --yes',
        'From a script',
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
