import type { AuditAccessKey, AuditProgress, AuditReport, AuditUser } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { type ProgressLine, progressLine } from '../../progressLine.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { openAdminIam } from '../policy/openAdminIam.js';

interface AuditArgs extends GlobalArgs {
  group?: string;
  json: boolean;
  maxKeyAge: number;
}

function keysCell(user: AuditUser, due: ReadonlySet<AuditAccessKey>): string {
  if (user.accessKeys.length === 0) return 'none';
  return user.accessKeys
    .map((key, index) => {
      const age = key.ageDays === undefined ? '' : `, ${key.ageDays}d old${due.has(key) ? ': ROTATE' : ''}`;
      const used = key.lastUsedDate
        ? `, used ${key.lastUsedDate.slice(0, 10)}${key.lastUsedService ? ` ${key.lastUsedService}` : ''}`
        : ', never used';
      // The credential report numbers a user's keys (older first) instead of naming them.
      return `${key.accessKeyId ?? `key ${index + 1}`} (${key.status}${age}${used})`;
    })
    .join('; ');
}

/** The progress line's text for an audit step; a milestone only where a log should show it. */
export function describeAuditProgress(progress: AuditProgress): { text: string; milestone?: string } {
  switch (progress.step) {
    case 'authorization-details':
      return { text: `Reading IAM users, groups and policies: ${progress.users} users so far` };
    case 'credential-report':
      return {
        text: `Waiting for IAM's credential report (${progress.state === 'STARTED' ? 'generation started' : 'in progress'}, ${Math.round(progress.waitedMs / 1000)} s)…`,
        milestone: 'credential-report',
      };
    case 'per-user':
      return {
        text: `Looking up users the credential report does not cover: ${progress.done}/${progress.total}`,
        milestone: 'per-user',
      };
  }
}

/** Reports each audit step on `line`. */
export function showAuditProgress(line: ProgressLine): (progress: AuditProgress) => void {
  return (progress) => {
    const { text, milestone } = describeAuditProgress(progress);
    line.update(text, milestone);
  };
}

// The error line names a few; the table and --json name them all.
const namedInError = 5;

/** `alice (why); bob (why); … and 195 more (see the table or --json)`. */
export function exposedList(exposed: readonly AuditUser[]): string {
  const named = exposed.slice(0, namedInError).map((user) => `${user.userName} (${user.explanation})`);
  const more = exposed.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more (see the table or --json)` : ''}`;
}

/** Says how old the credential report is when IAM reused one (it does for four hours). */
export function reportAgeNote(report: AuditReport, now: Date): string | undefined {
  if (report.credentialReportTime === undefined) return undefined;
  const ageMinutes = Math.floor((now.getTime() - Date.parse(report.credentialReportTime)) / 60_000);
  if (ageMinutes < 1) return undefined;
  const age =
    ageMinutes < 60 ? `${ageMinutes} min` : `${Math.floor(ageMinutes / 60)} h ${ageMinutes % 60} min`;
  return `Access keys and MFA flags are from IAM's credential report of ${report.credentialReportTime} (${age} ago; IAM reuses a report for four hours). Groups and policies are current.`;
}

function writeReportAgeNote(terminal: Terminal, report: AuditReport): void {
  const note = reportAgeNote(report, new Date());
  if (note) terminal.stderr.write(`${note}\n`);
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
  describe:
    'Per user: MFA device, access keys (age, last use), groups, MFA policy, exposure without MFA (bulk reads: fine for 10,000 users)',
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: 'Audit the members of this group [default: every user]' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the report as JSON' })
      .option('max-key-age', {
        type: 'number',
        default: 90,
        describe: 'Active access keys older than this many days should be rotated (awsmfa keys rotate)',
      })
      .example(
        '$0 admin audit --group MyUsers',
        'Exit 32 (AUDIT_FAILED) when someone can act without MFA from outside',
      )
      .example('$0 admin audit --json | jq ".[] | select(.canActWithoutMfa)"', '')
      .epilogue(
        "Reads IAM's bulk answers — GetAccountAuthorizationDetails (groups, policies), the credential report " +
          '(keys, MFA) and ListVirtualMFADevices — so requests grow with pages, not users. IAM reuses a credential ' +
          'report for four hours: keys and MFA flags can be that old (the audit says so); users created since are ' +
          'looked up one by one. Active keys older than --max-key-age days are marked ROTATE (users: awsmfa keys rotate). ' +
          'Needs IAMReadOnlyAccess.',
      ) as unknown as Argv<AuditArgs>,
  handler: async (args: ArgumentsCamelCase<AuditArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const maxKeyAge = args.maxKeyAge;
    if (!Number.isInteger(maxKeyAge) || maxKeyAge < 0) {
      throw new core.AwsMfaError('USAGE', `--max-key-age ${args.maxKeyAge} is not a whole number of days.`, {
        hint: 'e.g. --max-key-age 90',
      });
    }
    const { iam } = await openAdminIam(args, terminal);
    const line = progressLine(terminal.stderr);
    const report = await core
      .adminAudit(iam, { groupName: args.group, onProgress: showAuditProgress(line) })
      .finally(() => line.done());
    writeReportAgeNote(terminal, report);
    const due = core.keysDueForRotation(report.users, maxKeyAge);
    const dueKeys = new Set(due.flatMap(({ keys }) => keys));
    if (args.json) {
      const dueUsers = new Set(due.map(({ user }) => user.userName));
      terminal.stdout.write(
        `${JSON.stringify(report.users.map((user) => ({ ...user, shouldRotate: dueUsers.has(user.userName) })))}\n`,
      );
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
            keysCell(user, dueKeys),
          ]),
        ),
      );
      if (report.users.length === 0) terminal.stderr.write('No users to audit.\n');
    }
    if (due.length > 0) {
      const names = due.map(
        ({ user, keys }) => `${user.userName} (${keys.map((key) => `${key.ageDays} days`).join(', ')})`,
      );
      terminal.stderr.write(
        `Should rotate (active keys older than ${maxKeyAge} days): ${names.join(', ')}. Each user runs: awsmfa keys rotate --profile NAME\n`,
      );
    }
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
