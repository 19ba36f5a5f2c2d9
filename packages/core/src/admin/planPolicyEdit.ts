import { PutGroupPolicyCommand } from '@aws-sdk/client-iam';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { buildMfaPolicy, policyToJson } from '../policy/buildMfaPolicy.js';
import { aggregateCidrs, formatCidr, parseCidr, validateTrustedCidr } from '../policy/cidr.js';
import { diffLines } from '../policy/diffLines.js';
import { groupInlinePolicyQuota, policySize } from '../policy/policySize.js';
import { getTrustedCidrs, setTrustedCidrs } from '../policy/trustedIps.js';
import type { PolicyDocument } from '../policy/types.js';
import { callIam, type IamClient } from './iamCall.js';
import { loadGroupInlinePolicies, readGroupInlinePolicy } from './loadPolicies.js';

/** A change to one inline group policy, computed before anything is sent: what is, what will be, the diff. */
export interface PolicyEditPlan {
  groupName: string;
  policyName: string;
  /** The policy in IAM now; undefined when the group has no inline policy of that name. */
  before: PolicyDocument | undefined;
  after: PolicyDocument;
  /** Unified diff of the pretty-printed documents; '' when nothing changes. */
  diff: string;
  changed: boolean;
  trustedCidrsBefore: string[] | undefined;
  trustedCidrsAfter: string[];
  /** The group's inline policies together after the change, in IAM's non-whitespace characters. */
  size: number;
  quota: number;
  /** When over quota and merging the trusted CIDRs changes something: the merged list and what merged. */
  aggregation?: { cidrs: string[]; notes: Message[] } | undefined;
  /** Things worth telling the admin (an address already trusted, one not in the list). */
  notes: Message[];
}

/** Where a plan's policy lives, for messages. */
export function describePlanTarget(plan: Pick<PolicyEditPlan, 'groupName' | 'policyName'>): Message {
  return adminText.inlinePolicyOfGroup({ name: plan.policyName, group: plan.groupName });
}

/** Canonical form of a CIDR for comparisons; text IAM accepted but awsmfa cannot parse stays as it is. */
function canonical(cidr: string): string {
  try {
    return formatCidr(parseCidr(cidr));
  } catch {
    return cidr.trim();
  }
}

async function finishPlan(
  iam: IamClient,
  input: { groupName: string; policyName: string; before: PolicyDocument | undefined; after: PolicyDocument },
  notes: Message[],
): Promise<PolicyEditPlan> {
  const others = (await loadGroupInlinePolicies(iam, input.groupName)).filter(
    (policy) => policy.name !== input.policyName,
  );
  return makePolicyEditPlan({ ...input, others: others.map((policy) => policy.document), notes });
}

/**
 * Computes a plan from documents already at hand: the diff, the size of the group's inline
 * policies together (`others` are the group's other inline policies) and, when over quota, the
 * CIDR merge that could help.
 */
export function makePolicyEditPlan(input: {
  groupName: string;
  policyName: string;
  before: PolicyDocument | undefined;
  after: PolicyDocument;
  others?: readonly PolicyDocument[];
  notes?: Message[];
}): PolicyEditPlan {
  const beforeJson = input.before ? policyToJson(input.before) : '';
  const afterJson = policyToJson(input.after);
  const size = policySize([...(input.others ?? []), input.after]);
  const trustedCidrsAfter = getTrustedCidrs(input.after);
  let aggregation: PolicyEditPlan['aggregation'];
  if (size > groupInlinePolicyQuota) {
    const merged = aggregateCidrs(trustedCidrsAfter);
    if (merged.notes.length > 0) aggregation = merged;
  }
  return {
    groupName: input.groupName,
    policyName: input.policyName,
    before: input.before,
    after: input.after,
    diff: diffLines(beforeJson, afterJson),
    changed: beforeJson !== afterJson,
    trustedCidrsBefore: input.before ? safeTrustedCidrs(input.before) : undefined,
    trustedCidrsAfter,
    size,
    quota: groupInlinePolicyQuota,
    aggregation,
    notes: input.notes ?? [],
  };
}

function safeTrustedCidrs(document: PolicyDocument): string[] | undefined {
  try {
    return getTrustedCidrs(document);
  } catch {
    return undefined;
  }
}

/**
 * Plans `policy apply`: the MFA policy with `trustedCidrs` (validated; `force` accepts
 * `0.0.0.0/0` and host bits) replacing the group's inline policy `policyName`.
 *
 * @example const plan = await planPolicyApply(iam, { groupName: 'MyUsers', policyName: 'MyUsersPolicy', trustedCidrs: ['192.0.2.0/24'] })
 */
export async function planPolicyApply(
  iam: IamClient,
  input: {
    groupName: string;
    policyName: string;
    trustedCidrs: readonly string[];
    force?: boolean;
    /** Merge overlapping/adjacent CIDRs and drop duplicates first (see aggregateCidrs). */
    aggregate?: boolean;
  },
): Promise<PolicyEditPlan> {
  const validated = input.trustedCidrs.map((cidr) => validateTrustedCidr(cidr, { force: input.force }));
  const merged = input.aggregate ? aggregateCidrs(validated) : { cidrs: validated, notes: [] as Message[] };
  const after = buildMfaPolicy({ trustedCidrs: merged.cidrs, force: true });
  const before = await readGroupInlinePolicy(iam, input.groupName, input.policyName);
  return finishPlan(
    iam,
    { groupName: input.groupName, policyName: input.policyName, before, after },
    merged.notes,
  );
}

/** What `policy trusted-ip add|remove` asks for. */
export interface TrustedIpEdit {
  add?: readonly string[];
  remove?: readonly string[];
  /** Replace the whole list (after validation) instead of adding/removing. */
  set?: readonly string[];
  force?: boolean;
  /** Merge overlapping/adjacent CIDRs and drop duplicates in the resulting list. */
  aggregate?: boolean;
}

/**
 * Plans an edit of only the trusted-IP list (`NotIpAddress aws:SourceIp`) of the group's existing
 * MFA policy; every other statement and key stays as the admin left it. Fails with NOT_FOUND when
 * the group or policy is missing and POLICY_INVALID when the policy has no MFA deny statement.
 */
export async function planTrustedIpEdit(
  iam: IamClient,
  input: { groupName: string; policyName: string } & TrustedIpEdit,
): Promise<PolicyEditPlan> {
  const before = await requireGroupPolicy(iam, input.groupName, input.policyName);
  const where = policyText.inlinePolicyOfGroup({ name: input.policyName, group: input.groupName });
  const current = getTrustedCidrs(before, where);
  const notes: Message[] = [];
  let next: string[];
  if (input.set) {
    next = input.set.map((cidr) => validateTrustedCidr(cidr, { force: input.force }));
  } else {
    next = [...current];
    for (const text of input.add ?? []) {
      const cidr = validateTrustedCidr(text, { force: input.force });
      if (next.some((existing) => canonical(existing) === cidr))
        notes.push(adminText.alreadyTrusted({ cidr }));
      else next.push(cidr);
    }
    for (const text of input.remove ?? []) {
      const cidr = canonical(text);
      const kept = next.filter((existing) => canonical(existing) !== cidr);
      if (kept.length === next.length) notes.push(adminText.notInTrustedList({ cidr: text.trim() }));
      next = kept;
    }
  }
  if (input.aggregate) {
    const merged = aggregateCidrs(next.map(canonical));
    notes.push(...merged.notes);
    next = merged.cidrs;
  }
  const after = setTrustedCidrs(before, next, where);
  return finishPlan(iam, { groupName: input.groupName, policyName: input.policyName, before, after }, notes);
}

/** The group's inline policy, or NOT_FOUND naming it (after checking the group itself exists). */
export async function requireGroupPolicy(
  iam: IamClient,
  groupName: string,
  policyName: string,
): Promise<PolicyDocument> {
  const document = await readGroupInlinePolicy(iam, groupName, policyName);
  if (!document) {
    throw new AwsMfaError('NOT_FOUND', adminText.noInlinePolicy({ group: groupName, name: policyName }), {
      hint: adminText.installItHint({ group: groupName, name: policyName }),
    });
  }
  return document;
}

/** Throws POLICY_INVALID (with the count, and the merge that would help) when the plan is over IAM's quota. */
export function assertPlanWithinQuota(plan: PolicyEditPlan): void {
  if (plan.size <= plan.quota) return;
  const count = (n: number) => n.toLocaleString('en-US');
  throw new AwsMfaError(
    'POLICY_INVALID',
    adminText.overQuota({ group: plan.groupName, size: count(plan.size), quota: count(plan.quota) }),
    {
      hint: plan.aggregation
        ? adminText.aggregateHint({ notes: plan.aggregation.notes })
        : adminText.shortenHint(),
    },
  );
}

/**
 * Sends a plan with PutGroupPolicy, refusing it when over quota or when the policy in IAM changed
 * since the plan (and its diff) was made. Returns false when the plan changes nothing.
 */
export async function applyPolicyEdit(iam: IamClient, plan: PolicyEditPlan): Promise<boolean> {
  if (!plan.changed) return false;
  assertPlanWithinQuota(plan);
  const now = await readGroupInlinePolicy(iam, plan.groupName, plan.policyName);
  const nowJson = now ? policyToJson(now) : '';
  if (nowJson !== (plan.before ? policyToJson(plan.before) : '')) {
    throw new AwsMfaError('CONFLICT', adminText.changedSinceDiff({ target: describePlanTarget(plan) }), {
      hint: adminText.runAgainHint(),
    });
  }
  await callIam({ action: 'iam:PutGroupPolicy', target: adminText.group({ name: plan.groupName }) }, () =>
    iam.send(
      new PutGroupPolicyCommand({
        GroupName: plan.groupName,
        PolicyName: plan.policyName,
        PolicyDocument: policyToJson(plan.after),
      }),
    ),
  );
  return true;
}
