import { auditHelpText, auditText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { progressLine } from '../../progressLine.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
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
  get describe() {
    return userText(auditHelpText.describe());
  },
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: userText(auditHelpText.group()) })
      .option('json', { type: 'boolean', default: false, describe: userText(auditHelpText.json()) })
      .option('max-key-age', {
        type: 'number',
        default: 90,
        describe: userText(auditHelpText.maxKeyAge()),
      })
      .option('format', {
        choices: ['table', 'csv'] as const,
        default: 'table' as const,
        describe: userText(auditHelpText.format()),
      })
      .option('org', {
        type: 'boolean',
        default: false,
        describe: userText(auditHelpText.org()),
      })
      .option('role-name', {
        type: 'string',
        describe: userText(auditHelpText.roleName()),
      })
      .option('accounts', {
        type: 'string',
        array: true,
        describe: userText(auditHelpText.accounts()),
      })
      .option('concurrency', {
        type: 'number',
        describe: userText(auditHelpText.concurrency()),
      })
      .option('code', {
        type: 'string',
        describe: userText(auditHelpText.code()),
      })
      .example('$0 admin audit --group MyUsers', userText(auditHelpText.exampleGroup()))
      .example('$0 admin audit --json | jq ".[] | select(.canActWithoutMfa)"', '')
      .example(
        '$0 admin audit --org --role-name OrganizationAccountAccessRole',
        userText(auditHelpText.exampleOrg()),
      )
      .example('$0 admin audit --org --accounts 111111111111,222222222222 --format csv > audit.csv', '')
      .example(
        '$0 admin audit --org --json | jq ".[] | {accountId, exposed: [.users[] | select(.canActWithoutMfa) | .userName]}"',
        '',
      )
      .epilogue(userText(auditHelpText.epilogue())) as unknown as Argv<AuditArgs>,
  handler: async (args: ArgumentsCamelCase<AuditArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const stray = checkOrgOptions(args);
    if (stray) {
      throw new core.AwsMfaError('USAGE', auditText.orgOnly({ option: stray }), {
        hint: auditText.orgOnlyHint(),
      });
    }
    const maxKeyAge = args.maxKeyAge;
    if (!Number.isInteger(maxKeyAge) || maxKeyAge < 0) {
      throw new core.AwsMfaError('USAGE', auditText.notDays({ value: String(args.maxKeyAge) }), {
        hint: auditText.notDaysHint(),
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
    if (note) terminal.stderr.write(`${userText(note)}\n`);
    const due = core.keysDueForRotation(report.users, maxKeyAge);
    const dueKeys = new Set(due.flatMap(({ keys }) => keys));
    if (args.json) terminal.stdout.write(`${JSON.stringify(usersJson(report.users, dueKeys))}\n`);
    else if (args.format === 'csv') terminal.stdout.write(usersCsv(report.users, dueKeys));
    else {
      terminal.stdout.write(usersTable(report.users, dueKeys));
      if (report.users.length === 0) terminal.stderr.write(`${userText(auditText.noUsersToAudit())}\n`);
    }
    const rotation = rotationNote(due, maxKeyAge);
    if (rotation) terminal.stderr.write(`${userText(rotation)}\n`);
    if (report.exposed.length > 0) {
      throw new core.AwsMfaError(
        'AUDIT_FAILED',
        auditText.exposed({ count: report.exposed.length, who: exposedList(report.exposed) }),
        { hint: auditText.exposedHint({ group: args.group ?? '<group>' }) },
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
      auditText.notConcurrency({ value: String(args.concurrency) }),
      {
        hint: auditText.notConcurrencyHint(),
      },
    );
  }
  const roleName = args.roleName ?? defaultAuditRoleName;
  if (!/^[\w+=,.@-]{1,64}$/.test(roleName)) {
    throw new core.AwsMfaError('INVALID_INPUT', auditText.notRoleName({ value: JSON.stringify(roleName) }), {
      hint: auditText.notRoleNameHint(),
    });
  }
  const accountIds = await parseAccountIds(args.accounts);
  const audits = await auditOrganizationAccounts({ ...args, roleName, concurrency }, accountIds, terminal);
  const due = audits.flatMap(({ account, report }) =>
    core.keysDueForRotation(report?.users ?? [], args.maxKeyAge).map((entry) => ({ ...entry, account })),
  );
  const dueKeys = new Set(due.flatMap(({ keys }) => keys));
  const note = organizationReportAgeNote(audits, new Date());
  if (note) terminal.stderr.write(`${userText(note)}\n`);
  if (args.json) terminal.stdout.write(`${JSON.stringify(organizationJson(audits, dueKeys))}\n`);
  else if (args.format === 'csv') terminal.stdout.write(organizationCsv(audits, dueKeys));
  else terminal.stdout.write(organizationTable(audits, dueKeys));
  const rotation = rotationNote(due, args.maxKeyAge);
  if (rotation) terminal.stderr.write(`${userText(rotation)}\n`);
  const verdict = organizationVerdict(audits, roleName);
  if (verdict) throw new core.AwsMfaError(verdict.code, verdict.message, { hint: verdict.hint });
}
