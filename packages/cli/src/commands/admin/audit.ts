import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { progressLine } from '../../progressLine.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { openAdminIam } from '../policy/openAdminIam.js';
import {
  exposedList,
  organizationCsv,
  organizationJson,
  organizationReportAgeNote,
  organizationTable,
  organizationVerdict,
  reportAgeNote,
  rotationNote,
  showAuditProgress,
  usersCsv,
  usersJson,
  usersTable,
} from './auditOutput.js';

/** The options of `admin audit`. */
export interface AuditArgs extends GlobalArgs {
  group?: string;
  json: boolean;
  maxKeyAge: number;
  format: 'table' | 'csv';
  org: boolean;
  roleName?: string;
  accounts?: string[];
  concurrency?: number;
  code?: string;
}

/** `--org` options given without `--org`: a usage error naming the first. */
function checkOrgOptions(args: AuditArgs): string | undefined {
  if (args.org) return undefined;
  const given = (
    [
      ['--role-name', args.roleName],
      ['--accounts', args.accounts],
      ['--concurrency', args.concurrency],
      ['--code', args.code],
    ] as const
  ).find(([, value]) => value !== undefined);
  return given?.[0];
}

/** `awsmfa admin audit`: who has MFA, which keys, and who can act without MFA from outside. */
export const adminAuditCommand: CommandModule<GlobalArgs, AuditArgs> = {
  command: 'audit',
  describe:
    'Per user: MFA device, access keys (age, last use), groups, MFA policy, exposure without MFA; one account or (--org) every account of an AWS Organization',
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: 'Audit the members of this group [default: every user]' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the report as JSON' })
      .option('max-key-age', {
        type: 'number',
        default: 90,
        describe: 'Active access keys older than this many days should be rotated (awsmfa keys rotate)',
      })
      .option('format', {
        choices: ['table', 'csv'] as const,
        default: 'table' as const,
        describe: 'table for people, csv (RFC 4180) for spreadsheets; --json wins',
      })
      .option('org', {
        type: 'boolean',
        default: false,
        describe:
          "Audit every account of the AWS Organization: ListAccounts, then AssumeRole into --role-name in each with the administrator's MFA session",
      })
      .option('role-name', {
        type: 'string',
        describe: 'With --org: the role to assume in each account [default: OrganizationAccountAccessRole]',
      })
      .option('accounts', {
        type: 'string',
        array: true,
        describe: 'With --org: only these account ids (ID,ID)',
      })
      .option('concurrency', {
        type: 'number',
        describe: 'With --org: accounts audited at once, 1-32 [default: 4]',
      })
      .option('code', {
        type: 'string',
        describe:
          "With --org: the 6-digit MFA code for the administrator's session [env: AWSMFA_CODE; else asked]",
      })
      .example(
        '$0 admin audit --group MyUsers',
        'Exit 32 (AUDIT_FAILED) when someone can act without MFA from outside',
      )
      .example('$0 admin audit --json | jq ".[] | select(.canActWithoutMfa)"', '')
      .example(
        '$0 admin audit --org --role-name OrganizationAccountAccessRole',
        'Every account of the organization, grouped by account',
      )
      .example('$0 admin audit --org --accounts 111111111111,222222222222 --format csv > audit.csv', '')
      .example(
        '$0 admin audit --org --json | jq ".[] | {accountId, exposed: [.users[] | select(.canActWithoutMfa) | .userName]}"',
        '',
      )
      .epilogue(
        "Reads IAM's bulk answers — GetAccountAuthorizationDetails (groups, policies), the credential report " +
          '(keys, MFA) and ListVirtualMFADevices — so requests grow with pages, not users. IAM reuses a credential ' +
          'report for four hours: keys and MFA flags can be that old (the audit says so); users created since are ' +
          'looked up one by one. Active keys older than --max-key-age days are marked ROTATE (users: awsmfa keys ' +
          'rotate). Needs IAMReadOnlyAccess (and with --org, organizations:ListAccounts and ' +
          'sts:AssumeRole on the role in each account). An account that cannot be entered is reported and the ' +
          'others audited: exit 33 (AUDIT_INCOMPLETE) unless someone can act without MFA (exit 32).',
      ) as unknown as Argv<AuditArgs>,
  handler: async (args: ArgumentsCamelCase<AuditArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const stray = checkOrgOptions(args);
    if (stray) {
      throw new core.AwsMfaError('USAGE', `${stray} works with --org only.`, {
        hint: 'add --org to audit every account of the organization',
      });
    }
    const maxKeyAge = args.maxKeyAge;
    if (!Number.isInteger(maxKeyAge) || maxKeyAge < 0) {
      throw new core.AwsMfaError('USAGE', `--max-key-age ${args.maxKeyAge} is not a whole number of days.`, {
        hint: 'e.g. --max-key-age 90',
      });
    }
    if (args.org) {
      await auditOrganization(args, terminal);
      return;
    }
    const { iam } = await openAdminIam(args, terminal);
    const line = progressLine(terminal.stderr);
    const report = await core
      .adminAudit(iam, { groupName: args.group, onProgress: showAuditProgress(line) })
      .finally(() => line.done());
    const note = reportAgeNote(report, new Date());
    if (note) terminal.stderr.write(`${note}\n`);
    const due = core.keysDueForRotation(report.users, maxKeyAge);
    const dueKeys = new Set(due.flatMap(({ keys }) => keys));
    if (args.json) terminal.stdout.write(`${JSON.stringify(usersJson(report.users, dueKeys))}\n`);
    else if (args.format === 'csv') terminal.stdout.write(usersCsv(report.users, dueKeys));
    else {
      terminal.stdout.write(usersTable(report.users, dueKeys));
      if (report.users.length === 0) terminal.stderr.write('No users to audit.\n');
    }
    const rotation = rotationNote(due, maxKeyAge);
    if (rotation) terminal.stderr.write(`${rotation}\n`);
    if (report.exposed.length > 0) {
      throw new core.AwsMfaError(
        'AUDIT_FAILED',
        `${report.exposed.length} user(s) can act without MFA from outside the trusted IPs: ${exposedList(report.exposed)}`,
        {
          hint: `put the MFA policy on their group: awsmfa policy apply --group ${args.group ?? '<group>'} (and add the users to it)`,
        },
      );
    }
  },
};

async function auditOrganization(args: ArgumentsCamelCase<AuditArgs>, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { auditOrganizationAccounts, defaultAuditRoleName, parseAccountIds } = await import(
    './auditOrganization.js'
  );
  const concurrency = args.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      `--concurrency ${args.concurrency} is not a number from 1 to 32.`,
      {
        hint: 'IAM throttles bursts; 4 is a good start',
      },
    );
  }
  const roleName = args.roleName ?? defaultAuditRoleName;
  if (!/^[\w+=,.@-]{1,64}$/.test(roleName)) {
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      `--role-name ${JSON.stringify(roleName)} is not an IAM role name.`,
      {
        hint: 'IAM role names are 1-64 characters of letters, digits and +=,.@_-',
      },
    );
  }
  const accountIds = await parseAccountIds(args.accounts);
  const audits = await auditOrganizationAccounts({ ...args, roleName, concurrency }, accountIds, terminal);
  const due = audits.flatMap(({ account, report }) =>
    core.keysDueForRotation(report?.users ?? [], args.maxKeyAge).map((entry) => ({ ...entry, account })),
  );
  const dueKeys = new Set(due.flatMap(({ keys }) => keys));
  const note = organizationReportAgeNote(audits, new Date());
  if (note) terminal.stderr.write(`${note}\n`);
  if (args.json) terminal.stdout.write(`${JSON.stringify(organizationJson(audits, dueKeys))}\n`);
  else if (args.format === 'csv') terminal.stdout.write(organizationCsv(audits, dueKeys));
  else terminal.stdout.write(organizationTable(audits, dueKeys));
  const rotation = rotationNote(due, args.maxKeyAge);
  if (rotation) terminal.stderr.write(`${rotation}\n`);
  const verdict = organizationVerdict(audits, roleName);
  if (verdict) throw new core.AwsMfaError(verdict.code, verdict.message, { hint: verdict.hint });
}
