import { policyCliText, policyHelpText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { processTerminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { splitCidrs, withTrustedIpOption } from './editOptions.js';

interface PrintArgs extends GlobalArgs {
  trustedIp: string[];
  force: boolean;
  aggregate: boolean;
  json: boolean;
}

/** `awsmfa policy print`: the MFA inline policy document, ready to paste or pipe. */
export const policyPrintCommand: CommandModule<GlobalArgs, PrintArgs> = {
  command: 'print',
  get describe() {
    return userText(policyHelpText.printDescribe());
  },
  builder: (yargs) =>
    withTrustedIpOption(yargs as Argv<GlobalArgs>)
      .option('force', {
        type: 'boolean',
        default: false,
        describe: userText(policyHelpText.printForce()),
      })
      .option('aggregate', {
        type: 'boolean',
        default: false,
        describe: userText(policyHelpText.printAggregate()),
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: userText(policyHelpText.printJson()),
      })
      .example('$0 policy print', userText(policyHelpText.printExampleEverywhere()))
      .example(
        '$0 policy print --trusted-ip 203.0.113.0/24 --trusted-ip 2001:db8::/32',
        userText(policyHelpText.printExampleOffice()),
      )
      .example(
        '$0 policy print --trusted-ip 198.51.100.7 > MyUsersPolicy.json',
        userText(policyHelpText.printExampleSave()),
      ) as unknown as Argv<PrintArgs>,
  handler: async (args: ArgumentsCamelCase<PrintArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const validated = splitCidrs(args.trustedIp).map((cidr) =>
      core.validateTrustedCidr(cidr, { force: args.force }),
    );
    const merged = args.aggregate ? core.aggregateCidrs(validated) : { cidrs: validated, notes: [] };
    for (const note of merged.notes) terminal.stderr.write(`${userText(policyCliText.note({ note }))}\n`);
    const document = core.buildMfaPolicy({ trustedCidrs: merged.cidrs, force: true });
    // Alone it must fit the group quota; assertWithinGroupQuota's hint offers the CIDR merge.
    core.assertWithinGroupQuota([document]);
    const size = core.policySize([document]);
    const quota = core.groupInlinePolicyQuota;
    if (args.json) {
      terminal.stdout.write(
        `${JSON.stringify({
          policyName: core.defaultMfaPolicyName,
          trustedCidrs: merged.cidrs,
          size,
          quota,
          document,
        })}\n`,
      );
      return;
    }
    terminal.stdout.write(`${core.policyToJson(document)}\n`);
    const apply = `awsmfa policy apply --group MyUsers${merged.cidrs.map((cidr) => ` --trusted-ip ${cidr}`).join('')}`;
    terminal.stderr.write(
      `${userText(policyCliText.printSize({ size, quota }))} ${userText(policyCliText.applyWith())} ${apply}\n`,
    );
  },
};
