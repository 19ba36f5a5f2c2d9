import type { AuditUser } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal } from '../../terminal.js';
import { openAdminIam } from '../policy/openAdminIam.js';

interface AuditArgs extends GlobalArgs {
  group?: string;
  json: boolean;
}

function keysCell(user: AuditUser): string {
  if (user.accessKeys.length === 0) return 'none';
  return user.accessKeys
    .map((key) => {
      const age = key.ageDays === undefined ? '' : `, ${key.ageDays}d old`;
      const used = key.lastUsedDate
        ? `, used ${key.lastUsedDate.slice(0, 10)}${key.lastUsedService ? ` ${key.lastUsedService}` : ''}`
        : ', never used';
      return `${key.accessKeyId} (${key.status}${age}${used})`;
    })
    .join('; ');
}

function policyCell(user: AuditUser): string {
  if (user.mfaPolicies.length === 0) return 'none';
  return user.mfaPolicies
    .map((policy) => `${policy.policy} [${policy.trustedCidrs.join(' ') || 'no trusted IPs'}]`)
    .join('; ');
}

/** `awsmfa admin audit`: who has MFA, which keys, and who can act without MFA from outside. */
export const adminAuditCommand: CommandModule<GlobalArgs, AuditArgs> = {
  command: 'audit',
  describe: 'Per user: MFA device, access keys (age, last use), groups, MFA policy, exposure without MFA',
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: 'Audit the members of this group [default: every user]' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the report as JSON' })
      .example(
        '$0 admin audit --group MyUsers',
        'Exit 32 (AUDIT_FAILED) when someone can act without MFA from outside',
      )
      .example(
        '$0 admin audit --json | jq ".[] | select(.canActWithoutMfa)"',
        '',
      ) as unknown as Argv<AuditArgs>,
  handler: async (args: ArgumentsCamelCase<AuditArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const { iam } = await openAdminIam(args, terminal);
    const report = await core.adminAudit(iam, { groupName: args.group });
    if (args.json) {
      terminal.stdout.write(`${JSON.stringify(report.users)}\n`);
    } else {
      terminal.stdout.write(
        renderTable(
          ['USER', 'GROUPS', 'MFA DEVICE', 'MFA POLICY', 'WITHOUT MFA FROM OUTSIDE', 'ACCESS KEYS'],
          report.users.map((user) => [
            user.userName,
            user.groups.join(',') || '-',
            user.mfaDevices.length > 0 ? 'enabled' : 'none',
            policyCell(user),
            user.canActWithoutMfa ? `CAN ACT (from ${user.probeIp ?? 'anywhere'})` : 'denied',
            keysCell(user),
          ]),
        ),
      );
      if (report.users.length === 0) terminal.stderr.write('No users to audit.\n');
    }
    if (report.exposed.length > 0) {
      throw new core.AwsMfaError(
        'AUDIT_FAILED',
        `${report.exposed.length} user(s) can act without MFA from outside the trusted IPs: ${report.exposed
          .map((user) => `${user.userName} (${user.explanation})`)
          .join('; ')}`,
        {
          hint: `put the MFA policy on their group: awsmfa policy apply --group ${args.group ?? '<group>'} (and add the users to it)`,
        },
      );
    }
  },
};
