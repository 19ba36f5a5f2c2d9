import type { IamClient, PolicyEditPlan } from '@awsmfa/core';
import { confirmOnTerminal, isInteractive, type Shown } from '../../prompt/ask.js';
import type { Terminal } from '../../terminal.js';
import { confirmEdit } from './confirmEdit.js';
import type { EditArgs } from './editOptions.js';
import { userTrustHint } from './userTrustHint.js';

/** Prints a plan's diff with `---`/`+++` headers naming the policy, as `diff -u` would. */
export function renderPlanDiff(plan: PolicyEditPlan): string {
  const where = `group ${plan.groupName}, inline policy ${plan.policyName}`;
  const before = plan.before ? `--- ${where} (in IAM now)` : `--- ${where} (does not exist yet)`;
  return `${before}\n+++ ${where} (after this change)\n${plan.diff}\n`;
}

/**
 * The one flow of every policy edit: plan, refuse over-quota plans (offering to merge CIDRs on a
 * terminal), print the diff on stdout, confirm (`--yes`, `--dry-run`, or a terminal prompt), and
 * only then send PutGroupPolicy.
 */
export async function runPolicyEdit(options: {
  plan: (aggregate: boolean) => Promise<PolicyEditPlan>;
  args: EditArgs;
  iam: IamClient;
  terminal: Terminal;
}): Promise<void> {
  const { args, terminal } = options;
  const { applyPolicyEdit, assertPlanWithinQuota } = await import('@awsmfa/core');
  const say = (line: string) => terminal.stderr.write(`${line}\n`);
  const count = (n: number) => n.toLocaleString('en-US');
  let plan = await options.plan(args.aggregate);
  for (const note of plan.notes) say(`note: ${note}`);
  if (
    plan.size > plan.quota &&
    plan.aggregation &&
    !args.aggregate &&
    !args.yes &&
    !args.dryRun &&
    isInteractive()
  ) {
    const offer = [
      `The group's inline policies would be ${count(plan.size)} characters; IAM allows ${count(plan.quota)}. Merging the trusted CIDRs would help:`,
      ...plan.aggregation.notes.map((note) => `  ${note}`),
    ].join('\n');
    say(offer);
    if (await confirmOnTerminal('Merge them?', [{ text: offer, on: terminal.stderr }])) {
      plan = await options.plan(true);
      for (const note of plan.notes) say(`note: ${note}`);
    }
  }
  assertPlanWithinQuota(plan);
  if (!plan.changed) {
    say(`Group ${plan.groupName}'s inline policy ${plan.policyName} is already as wanted; nothing to apply.`);
    return;
  }
  const diff = renderPlanDiff(plan);
  terminal.stdout.write(diff);
  const trusted =
    plan.trustedCidrsAfter.length > 0
      ? plan.trustedCidrsAfter.join(', ')
      : 'none (MFA required from everywhere)';
  const summary = `Trusted IPs after this change: ${trusted}. Size: ${count(plan.size)} of ${count(plan.quota)} characters.`;
  say(summary);
  const shown: Shown[] = [
    { text: diff, on: terminal.stdout },
    { text: summary, on: terminal.stderr },
  ];
  const go = await confirmEdit({
    yes: args.yes,
    dryRun: args.dryRun,
    question: `Apply this change to group ${plan.groupName}?`,
    shown,
    terminal,
  });
  if (!go) return;
  await applyPolicyEdit(options.iam, plan);
  say(`Applied inline policy ${plan.policyName} to group ${plan.groupName}.`);
  const before = plan.trustedCidrsBefore ?? [];
  if (before.join(' ') !== plan.trustedCidrsAfter.join(' ')) {
    terminal.stderr.write(userTrustHint(plan.trustedCidrsAfter, []));
  }
}
