import { type IamClient, type Message, type PolicyEditPlan, policyCliText } from '@awsmfa/core';
import { confirmOnTerminal, isInteractive, type Shown } from '../../prompt/ask.js';
import type { Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { confirmEdit } from './confirmEdit.js';
import type { EditArgs } from './editOptions.js';
import { userTrustHint } from './userTrustHint.js';

/** Prints a plan's diff with `---`/`+++` headers naming the policy, as `diff -u` would. */
export function renderPlanDiff(plan: PolicyEditPlan): string {
  return renderDiff(policyCliText.groupInlinePolicy({ group: plan.groupName, name: plan.policyName }), plan);
}

/** A document's diff under `--- where (in IAM now)` and `+++ where (after this change)`. */
export function renderDiff(where: Message, change: { before: unknown; diff: string }): string {
  const before = change.before ? policyCliText.inIamNow({ where }) : policyCliText.doesNotExistYet({ where });
  return `${userText(before)}\n${userText(policyCliText.afterThisChange({ where }))}\n${change.diff}\n`;
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
  const say = (line: Message) => terminal.stderr.write(`${userText(line)}\n`);
  const count = (n: number) => n.toLocaleString('en-US');
  let plan = await options.plan(args.aggregate);
  for (const note of plan.notes) say(policyCliText.note({ note }));
  if (
    plan.size > plan.quota &&
    plan.aggregation &&
    !args.aggregate &&
    !args.yes &&
    !args.dryRun &&
    isInteractive()
  ) {
    const offer = [
      userText(policyCliText.overQuotaOffer({ size: count(plan.size), quota: count(plan.quota) })),
      ...plan.aggregation.notes.map((note) => `  ${userText(note)}`),
    ].join('\n');
    terminal.stderr.write(`${offer}\n`);
    const merge = userText(policyCliText.mergeThem());
    if (await confirmOnTerminal(merge, [{ text: offer, on: terminal.stderr }])) {
      plan = await options.plan(true);
      for (const note of plan.notes) say(policyCliText.note({ note }));
    }
  }
  assertPlanWithinQuota(plan);
  if (!plan.changed) {
    say(policyCliText.alreadyAsWanted({ group: plan.groupName, name: plan.policyName }));
    return;
  }
  const diff = renderPlanDiff(plan);
  terminal.stdout.write(diff);
  const trusted =
    plan.trustedCidrsAfter.length > 0 ? plan.trustedCidrsAfter.join(', ') : policyCliText.noneTrusted();
  const summary = userText(
    policyCliText.summary({ trusted, size: count(plan.size), quota: count(plan.quota) }),
  );
  terminal.stderr.write(`${summary}\n`);
  const shown: Shown[] = [
    { text: diff, on: terminal.stdout },
    { text: summary, on: terminal.stderr },
  ];
  const go = await confirmEdit({
    yes: args.yes,
    dryRun: args.dryRun,
    question: policyCliText.applyToGroup({ group: plan.groupName }),
    shown,
    terminal,
  });
  if (!go) return;
  await applyPolicyEdit(options.iam, plan);
  say(policyCliText.applied({ name: plan.policyName, group: plan.groupName }));
  const before = plan.trustedCidrsBefore ?? [];
  if (before.join(' ') !== plan.trustedCidrsAfter.join(' ')) {
    terminal.stderr.write(userTrustHint(plan.trustedCidrsAfter, []));
  }
}
