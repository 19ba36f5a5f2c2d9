import { policyCliText, policyHelpText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { processTerminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { type EditArgs, splitCidrs, withEditOptions } from './editOptions.js';
import { openAdminIam } from './openAdminIam.js';
import { runPolicyEdit } from './runPolicyEdit.js';

interface GroupPolicyArgs extends GlobalArgs {
  group: string;
  policyName: string;
}

interface ListArgs extends GroupPolicyArgs {
  json: boolean;
}

interface EditCidrArgs extends GroupPolicyArgs, EditArgs {
  cidrs: string[];
}

function withGroupPolicy<T>(yargs: Argv<T>): Argv<T & GroupPolicyArgs> {
  return yargs
    .option('group', {
      type: 'string',
      demandOption: true,
      describe: userText(policyHelpText.groupHoldingPolicy()),
    })
    .option('policy-name', {
      type: 'string',
      default: 'MyUsersPolicy',
      describe: userText(policyHelpText.policyName()),
    }) as unknown as Argv<T & GroupPolicyArgs>;
}

const listCommand: CommandModule<GlobalArgs, ListArgs> = {
  command: 'list',
  get describe() {
    return userText(policyHelpText.listDescribe());
  },
  builder: (yargs) =>
    withGroupPolicy(yargs as Argv<GlobalArgs>)
      .option('json', { type: 'boolean', default: false, describe: userText(policyHelpText.listJson()) })
      .example('$0 policy trusted-ip list --group MyUsers', '') as unknown as Argv<ListArgs>,
  handler: async (args: ArgumentsCamelCase<ListArgs>) => {
    const terminal = processTerminal();
    const { getTrustedCidrs, policyText, requireGroupPolicy } = await import('@awsmfa/core');
    const { iam } = await openAdminIam(args, terminal);
    const document = await requireGroupPolicy(iam, args.group, args.policyName);
    const cidrs = getTrustedCidrs(
      document,
      policyText.inlinePolicyOfGroup({ name: args.policyName, group: args.group }),
    );
    if (args.json) terminal.stdout.write(`${JSON.stringify(cidrs)}\n`);
    else if (cidrs.length > 0) terminal.stdout.write(`${cidrs.join('\n')}\n`);
    else terminal.stderr.write(`${userText(policyCliText.noTrustedIps())}\n`);
  },
};

function editCommand(kind: 'add' | 'remove'): CommandModule<GlobalArgs, EditCidrArgs> {
  return {
    command: `${kind} <cidrs..>`,
    describe: userText(kind === 'add' ? policyHelpText.addDescribe() : policyHelpText.removeDescribe()),
    builder: (yargs) =>
      withEditOptions(withGroupPolicy(yargs as Argv<GlobalArgs>))
        .positional('cidrs', { type: 'string', array: true, describe: userText(policyHelpText.cidrs()) })
        .example(
          kind === 'add'
            ? '$0 policy trusted-ip add --group MyUsers 203.0.113.0/24 2001:db8::/32'
            : '$0 policy trusted-ip remove --group MyUsers 203.0.113.0/24',
          userText(policyHelpText.showDiffAskApply()),
        )
        .example(
          `$0 policy trusted-ip ${kind} --group MyUsers 198.51.100.7 --yes`,
          userText(policyHelpText.fromAScript()),
        ) as unknown as Argv<EditCidrArgs>,
    handler: async (args: ArgumentsCamelCase<EditCidrArgs>) => {
      const terminal = processTerminal();
      const { planTrustedIpEdit } = await import('@awsmfa/core');
      const { iam } = await openAdminIam(args, terminal);
      const cidrs = splitCidrs(args.cidrs);
      await runPolicyEdit({
        plan: (aggregate) =>
          planTrustedIpEdit(iam, {
            groupName: args.group,
            policyName: args.policyName,
            [kind]: cidrs,
            force: args.force,
            aggregate,
          }),
        args,
        iam,
        terminal,
      });
    },
  };
}

/** `awsmfa policy trusted-ip list|add|remove`: edits only the NotIpAddress list of the MFA policy. */
export const policyTrustedIpCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'trusted-ip <command>',
  get describe() {
    return userText(policyHelpText.trustedIpDescribe());
  },
  builder: (yargs) =>
    yargs
      .command(listCommand)
      .command(editCommand('add'))
      .command(editCommand('remove'))
      .demandCommand(1, userText(policyHelpText.trustedIpNameASubcommand())),
  handler: () => {},
};
