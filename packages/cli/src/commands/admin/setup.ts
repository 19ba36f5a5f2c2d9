import {
  adminText,
  type DocumentChange,
  type Message,
  policyCliText,
  policyHelpText,
  type SetupStep,
} from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { runGroupCheck } from '../policy/check.js';
import { confirmEdit } from '../policy/confirmEdit.js';
import { type EditArgs, splitCidrs, withEditOptions, withTrustedIpOption } from '../policy/editOptions.js';
import { openAdminIam } from '../policy/openAdminIam.js';
import { renderDiff, renderPlanDiff } from '../policy/runPolicyEdit.js';
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
  return renderDiff(change.where, change);
}

/** A step's plan or result as the tables show it. */
function stepState(state: SetupStep['plan'] | NonNullable<SetupStep['result']>): string {
  const words: Record<typeof state, Message> = {
    create: adminText.planCreate(),
    update: adminText.planUpdate(),
    keep: adminText.planKeep(),
    blocked: adminText.planBlocked(),
    done: adminText.resultDone(),
    unchanged: adminText.resultUnchanged(),
    failed: adminText.resultFailed(),
    skipped: adminText.resultSkipped(),
  };
  return userText(words[state]);
}

/** `awsmfa admin setup`: the seed article's whole admin side, idempotent, then `policy check`. */
export const adminSetupCommand: CommandModule<GlobalArgs, SetupArgs> = {
  command: 'setup',
  get describe() {
    return userText(policyHelpText.setupDescribe());
  },
  builder: (yargs) =>
    withEditOptions(withTrustedIpOption(yargs as Argv<GlobalArgs>))
      .option('group', { type: 'string', demandOption: true, describe: userText(policyHelpText.group()) })
      .option('user', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: userText(policyHelpText.setupUser()),
      })
      .option('managed-policy', {
        type: 'string',
        array: true,
        default: ['PowerUserAccess'],
        describe: userText(policyHelpText.setupManagedPolicy()),
      })
      .option('policy-name', {
        type: 'string',
        default: 'MyUsersPolicy',
        describe: userText(policyHelpText.setupPolicyName()),
      })
      .option('csv-out', { type: 'string', default: '.', describe: userText(policyHelpText.setupCsvOut()) })
      .option('role', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: userText(policyHelpText.setupRole()),
      })
      .option('role-policy', {
        type: 'string',
        array: true,
        describe: userText(policyHelpText.setupRolePolicy()),
      })
      .example(
        '$0 admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24 --csv-out ./keys',
        userText(policyHelpText.setupExampleSeed()),
      )
      .example(
        '$0 admin setup --group MyUsers --user alice --user bob --dry-run',
        userText(policyHelpText.setupExampleDryRun()),
      )
      .example(
        '$0 admin setup --group MyUsers --role Admin --role-policy AdministratorAccess',
        userText(policyHelpText.setupExampleRole()),
      )
      .example(
        'awsmfa import ./keys/cli-user_credentials.csv --profile cli-user',
        userText(policyHelpText.setupExampleUserSide()),
      ) as unknown as Argv<SetupArgs>,
  handler: async (args: ArgumentsCamelCase<SetupArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    const say = (line: Message) => terminal.stderr.write(`${userText(line)}\n`);
    const { iam } = await openAdminIam(args, terminal);
    const validated = splitCidrs(args.trustedIp).map((cidr) =>
      core.validateTrustedCidr(cidr, { force: args.force }),
    );
    const merged = args.aggregate ? core.aggregateCidrs(validated) : { cidrs: validated, notes: [] };
    for (const note of merged.notes) say(policyCliText.note({ note }));
    const roleNames = [...new Set(args.role.map(String))];
    for (const name of roleNames) {
      if (!roleNamePattern.test(name)) {
        throw new core.AwsMfaError(
          'INVALID_INPUT',
          policyCliText.notARoleName({ name: JSON.stringify(name) }),
          {
            hint: policyCliText.notARoleNameHint(),
          },
        );
      }
    }
    if (args.rolePolicy !== undefined && roleNames.length === 0) {
      throw new core.AwsMfaError('USAGE', policyCliText.rolePolicyNeedsRole(), {
        hint: policyCliText.rolePolicyNeedsRoleHint(),
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
    const t = policyCliText;
    const table = renderTable(
      [t.headingSubject(), t.headingStep(), t.headingPlan(), t.headingDetail()].map(userText),
      plan.steps.map((step) => [
        userText(step.subject),
        userText(step.step),
        stepState(step.plan),
        userText(step.detail),
      ]),
    );
    const diff =
      (plan.policy.changed ? renderPlanDiff(plan.policy) : '') +
      plan.documents.map((change) => renderDocumentDiff(change)).join('');
    terminal.stdout.write(table + diff);
    const pending = plan.steps.filter((step) => step.plan !== 'keep');
    if (pending.length === 0) {
      say(policyCliText.alreadySetUp({ group: args.group, roles: roleNames.length > 0 }));
    } else {
      const go = await confirmEdit({
        yes: args.yes,
        dryRun: args.dryRun,
        question: policyCliText.carryOut({ steps: pending.length }),
        shown: [{ text: table + diff, on: terminal.stdout }],
        terminal,
      });
      if (!go) return;
      // Ctrl-C while the steps run: the one under way finishes (IAM calls are not undone halfway),
      // the rest are not started, and the table says which is which. A second Ctrl-C quits at once.
      const interrupted = new AbortController();
      const onSigint = () => {
        if (interrupted.signal.aborted) process.exit(130);
        terminal.stderr.write(`\n${userText(policyCliText.stoppingAfterStep())}\n`);
        interrupted.abort();
      };
      process.on('SIGINT', onSigint);
      const steps = await core
        .runAdminSetup(
          iam,
          plan,
          (step) =>
            say(
              policyCliText.stepLine({
                // FAILED in capitals stands out in a scrolling log, as the table's words do not.
                result: step.result === 'failed' ? 'FAILED' : stepState(step.result ?? 'done'),
                subject: step.subject,
                step: step.step,
                detail: step.detail,
              }),
            ),
          interrupted.signal,
        )
        .finally(() => process.off('SIGINT', onSigint));
      terminal.stdout.write(
        renderTable(
          [t.headingSubject(), t.headingStep(), t.headingResult(), t.headingDetail()].map(userText),
          steps.map((step) => [
            userText(step.subject),
            userText(step.step),
            step.result ? stepState(step.result) : '',
            userText(step.detail),
          ]),
        ),
      );
      if (interrupted.signal.aborted) {
        const done = steps.filter((step) => step.result === 'done').length;
        const left = steps.filter((step) => step.detail.key === core.notStarted.key).length;
        throw new core.AwsMfaError('CANCELLED', policyCliText.interrupted({ done, left }), {
          hint: policyCliText.interruptedHint(),
        });
      }
      const failed = steps.filter((step) => step.result === 'failed');
      if (failed.length > 0) {
        const first = failed[0]!.error;
        const skipped = steps.filter((step) => step.result === 'skipped').length;
        throw new core.AwsMfaError(
          first?.code ?? 'INTERNAL',
          policyCliText.setupFailed({
            failed: failed.length,
            skipped,
            subject: failed[0]!.subject,
            detail: failed[0]!.detail,
          }),
          { hint: first?.hintText ?? policyCliText.setupFailedHint() },
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
