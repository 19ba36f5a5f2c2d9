import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { processTerminal } from '../../terminal.js';
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
  describe: 'Print the inline policy "MFA required except from trusted IPs" (JSON on stdout)',
  builder: (yargs) =>
    withTrustedIpOption(yargs as Argv<GlobalArgs>)
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Accept 0.0.0.0/0, ::/0 and CIDRs with host bits set',
      })
      .option('aggregate', {
        type: 'boolean',
        default: false,
        describe: 'Merge overlapping/adjacent CIDRs and drop duplicates',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print {policyName, trustedCidrs, size, quota, document} instead of the bare document',
      })
      .example('$0 policy print', 'MFA required from every address')
      .example(
        '$0 policy print --trusted-ip 203.0.113.0/24 --trusted-ip 2001:db8::/32',
        'No MFA from the office',
      )
      .example(
        '$0 policy print --trusted-ip 198.51.100.7 > MyUsersPolicy.json',
        'Save it for review',
      ) as unknown as Argv<PrintArgs>,
  handler: async (args: ArgumentsCamelCase<PrintArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const validated = splitCidrs(args.trustedIp).map((cidr) =>
      core.validateTrustedCidr(cidr, { force: args.force }),
    );
    const merged = args.aggregate ? core.aggregateCidrs(validated) : { cidrs: validated, notes: [] };
    for (const note of merged.notes) terminal.stderr.write(`note: ${note}\n`);
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
    terminal.stderr.write(
      `${size} of ${quota} characters of a group's inline policies. Apply it with: awsmfa policy apply --group MyUsers${merged.cidrs.map((cidr) => ` --trusted-ip ${cidr}`).join('')}\n`,
    );
  },
};
