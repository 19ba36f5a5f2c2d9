import type { DocumentChange } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal } from '../../terminal.js';
import { runGroupCheck } from '../policy/check.js';
import { confirmEdit } from '../policy/confirmEdit.js';
import { type EditArgs, splitCidrs, withEditOptions, withTrustedIpOption } from '../policy/editOptions.js';
import { openAdminIam } from '../policy/openAdminIam.js';
import { renderPlanDiff } from '../policy/runPolicyEdit.js';
import { userTrustHint } from '../policy/userTrustHint.js';

interface SetupArgs extends GlobalArgs, EditArgs {
  group: string;
  user: string[];
  managedPolicy: string[];
  policyName: string;
  trustedIp: string[];
  csvOut: string;
  role: string[];
  rolePolicy?: string[];
}

/** What IAM accepts as a role name. */
const roleNamePattern = /^[\w+=,.@-]{1,64}$/;

/** `--- where (in IAM now)` / `+++ where (after this change)` and the diff of one document. */
function renderDocumentDiff(change: DocumentChange): string {
  const before = change.before
    ? `--- ${change.where} (in IAM now)`
    : `--- ${change.where} (does not exist yet)`;
  return `${before}\n+++ ${change.where} (after this change)\n${change.diff}\n`;
}

/** `awsmfa admin setup`: the seed article's whole admin side, idempotent, then `policy check`. */
export const adminSetupCommand: CommandModule<GlobalArgs, SetupArgs> = {
  command: 'setup',
  describe:
    'Create (or reuse) the group, its managed and MFA policies, users with an access key each (CSV per user), and roles they assume with MFA',
  builder: (yargs) =>
    withEditOptions(withTrustedIpOption(yargs as Argv<GlobalArgs>))
      .option('group', { type: 'string', demandOption: true, describe: 'IAM group, e.g. MyUsers' })
      .option('user', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'IAM user to create (or reuse) in the group; repeat for several',
      })
      .option('managed-policy', {
        type: 'string',
        array: true,
        default: ['PowerUserAccess'],
        describe: 'AWS managed policy name or policy ARN to attach to the group',
      })
      .option('policy-name', {
        type: 'string',
        default: 'MyUsersPolicy',
        describe: 'Name of the inline MFA policy',
      })
      .option('csv-out', {
        type: 'string',
        default: '.',
        describe: "Folder for each new key's console-format CSV (<user>_credentials.csv, mode 0600)",
      })
      .option('role', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe:
          'IAM role to create (or reuse) that the account trusts only with MFA; the group gets sts:AssumeRole on it (inline policy AssumeRole-<role>); repeat for several',
      })
      .option('role-policy', {
        type: 'string',
        array: true,
        describe:
          "AWS managed policy name or policy ARN to attach to each --role (default: the group's --managed-policy)",
      })
      .example(
        '$0 admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24 --csv-out ./keys',
        'Seed article steps 1-1 to 2-6 and 5-1 to 5-5 in one command',
      )
      .example('$0 admin setup --group MyUsers --user alice --user bob --dry-run', 'Show what would be done')
      .example(
        '$0 admin setup --group MyUsers --role Admin --role-policy AdministratorAccess',
        'A role the group assumes with MFA (role_arn + source_profile on the user side)',
      )
      .example(
        'awsmfa import ./keys/cli-user_credentials.csv --profile cli-user',
        'Then, on the user side',
      ) as unknown as Argv<SetupArgs>,
  handler: async (args: ArgumentsCamelCase<SetupArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const say = (line: string) => terminal.stderr.write(`${line}\n`);
    const { iam } = await openAdminIam(args, terminal);
    const validated = splitCidrs(args.trustedIp).map((cidr) =>
      core.validateTrustedCidr(cidr, { force: args.force }),
    );
    const merged = args.aggregate ? core.aggregateCidrs(validated) : { cidrs: validated, notes: [] };
    for (const note of merged.notes) say(`note: ${note}`);
    const roleNames = [...new Set(args.role.map(String))];
    for (const name of roleNames) {
      if (!roleNamePattern.test(name)) {
        throw new core.AwsMfaError(
          'INVALID_INPUT',
          `--role ${JSON.stringify(name)} is not an IAM role name.`,
          {
            hint: 'use 1 to 64 letters, digits and + = , . @ _ -',
          },
        );
      }
    }
    if (args.rolePolicy !== undefined && roleNames.length === 0) {
      throw new core.AwsMfaError('USAGE', '--role-policy needs --role.', {
        hint: 'add --role NAME for the role these policies are for',
      });
    }
    const managedPolicyArns = args.managedPolicy.map((name) => core.managedPolicyArn(String(name)));
    const rolePolicyArns =
      args.rolePolicy?.map((name) => core.managedPolicyArn(String(name))) ?? managedPolicyArns;
    const { resolve } = await import('node:path');
    const plan = await core.planAdminSetup(iam, {
      groupName: args.group,
      userNames: [...new Set(args.user.map(String))],
      managedPolicyArns,
      policyName: args.policyName,
      trustedCidrs: merged.cidrs,
      force: true,
      csvDirectory: resolve(args.csvOut),
      roles: roleNames.map((roleName) => ({ roleName, managedPolicyArns: rolePolicyArns })),
    });
    core.assertPlanWithinQuota(plan.policy);
    const table = renderTable(
      ['SUBJECT', 'STEP', 'PLAN', 'DETAIL'],
      plan.steps.map((step) => [step.subject, step.step, step.plan, step.detail]),
    );
    const diff =
      (plan.policy.changed ? renderPlanDiff(plan.policy) : '') +
      plan.documents.map((change) => renderDocumentDiff(change)).join('');
    terminal.stdout.write(table + diff);
    const pending = plan.steps.filter((step) => step.plan !== 'keep');
    if (pending.length === 0) {
      say(
        `Group ${args.group}${roleNames.length > 0 ? ', its roles' : ''} and its users are already set up; nothing to do.`,
      );
    } else {
      const go = await confirmEdit({
        yes: args.yes,
        dryRun: args.dryRun,
        question: `Carry out the ${pending.length} step(s) above?`,
        shown: [{ text: table + diff, on: terminal.stdout }],
        terminal,
      });
      if (!go) return;
      // Ctrl-C while the steps run: the one under way finishes (IAM calls are not undone halfway),
      // the rest are not started, and the table says which is which. A second Ctrl-C quits at once.
      const interrupted = new AbortController();
      const onSigint = () => {
        if (interrupted.signal.aborted) process.exit(130);
        say('\nStopping after the step under way (Ctrl-C again quits at once)…');
        interrupted.abort();
      };
      process.on('SIGINT', onSigint);
      const steps = await core
        .runAdminSetup(
          iam,
          plan,
          (step) =>
            say(
              `${step.result === 'failed' ? 'FAILED' : step.result}: ${step.subject}: ${step.step}${step.detail ? ` (${step.detail})` : ''}`,
            ),
          interrupted.signal,
        )
        .finally(() => process.off('SIGINT', onSigint));
      terminal.stdout.write(
        renderTable(
          ['SUBJECT', 'STEP', 'RESULT', 'DETAIL'],
          steps.map((step) => [step.subject, step.step, step.result ?? '', step.detail]),
        ),
      );
      if (interrupted.signal.aborted) {
        const done = steps.filter((step) => step.result === 'done').length;
        const left = steps.filter((step) => step.detail === core.notStarted).length;
        throw new core.AwsMfaError(
          'CANCELLED',
          `Interrupted: ${done} step(s) done, ${left} not started (table above).`,
          { hint: 'run the same command again to finish: done steps are kept and not repeated' },
        );
      }
      const failed = steps.filter((step) => step.result === 'failed');
      if (failed.length > 0) {
        const first = failed[0]!.error;
        const skipped = steps.filter((step) => step.result === 'skipped').length;
        throw new core.AwsMfaError(
          first?.code ?? 'INTERNAL',
          `admin setup did not finish: ${failed.length} step(s) failed${skipped ? `, ${skipped} skipped` : ''}, the others are done (table above). First failure: ${failed[0]!.subject}: ${failed[0]!.detail}`,
          { hint: first?.hint ?? 'fix the cause and run the same command again; finished steps are kept' },
        );
      }
    }
    if (args.dryRun) return;
    await runGroupCheck(iam, { groupName: args.group, remote: false, json: false, terminal });
    if (plan.policy.trustedCidrsAfter.length > 0) {
      terminal.stderr.write(
        userTrustHint(plan.policy.trustedCidrsAfter, [...new Set(args.user.map(String))]),
      );
    }
  },
};
