// IAM's size quota for a group's inline policies, checked before PutGroupPolicy is sent.
import { AwsMfaError } from '../errors.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { aggregateCidrs } from './cidr.js';
import { findMfaDenyStatement, getTrustedCidrs, setTrustedCidrs } from './trustedIps.js';
import type { PolicyDocument } from './types.js';

/** IAM's limit on the inline policies of one group, all together, in non-whitespace characters. */
export const groupInlinePolicyQuota = 5120;

const count = (n: number) => n.toLocaleString('en-US');

function sizeOf(text: string): number {
  let size = 0;
  // IAM does not count whitespace; characters are code points.
  for (const char of text) if (!/\s/u.test(char)) size += 1;
  return size;
}

/**
 * The size IAM counts against the inline-policy quota: the non-whitespace characters of the
 * documents' JSON, summed.
 *
 * @example policySize(['{ "Version": "2012-10-17" }']) // 24
 */
export function policySize(documents: readonly PolicyDocument[] | readonly string[]): number {
  return documents.reduce<number>(
    (total, document) => total + sizeOf(typeof document === 'string' ? document : JSON.stringify(document)),
    0,
  );
}

function parsed(document: PolicyDocument | string): PolicyDocument | undefined {
  if (typeof document !== 'string') return document;
  try {
    return JSON.parse(document) as PolicyDocument;
  } catch {
    return undefined;
  }
}

/** What merging the trusted CIDRs would achieve, if anything: notes and the size afterwards. */
function aggregationHint(documents: ReadonlyArray<PolicyDocument | string>): Message | undefined {
  const notes: Message[] = [];
  const after: PolicyDocument[] = [];
  for (const document of documents) {
    const policy = parsed(document);
    if (policy === undefined || !findMfaDenyStatement(policy)) {
      if (policy) after.push(policy);
      continue;
    }
    let merged: { cidrs: string[]; notes: Message[] };
    try {
      merged = aggregateCidrs(getTrustedCidrs(policy));
    } catch {
      after.push(policy);
      continue;
    }
    notes.push(...merged.notes);
    after.push(merged.notes.length > 0 ? setTrustedCidrs(policy, merged.cidrs) : policy);
  }
  if (notes.length === 0) return undefined;
  const size = policySize(after);
  return policyText.mergeCidrsHint({ notes, size: count(size), fits: size <= groupInlinePolicyQuota });
}

/**
 * Throws POLICY_INVALID when a group's inline policies together exceed IAM's 5,120-character
 * quota, with the count; the hint offers CIDR aggregation when it would help.
 *
 * @example assertWithinGroupQuota([buildMfaPolicy({ trustedCidrs })], { groupName: 'MyUsers' })
 */
export function assertWithinGroupQuota(
  documents: readonly PolicyDocument[] | readonly string[],
  options: { groupName?: string } = {},
): void {
  const size = policySize(documents);
  if (size <= groupInlinePolicyQuota) return;
  const subject = options.groupName
    ? policyText.inlinePoliciesOfGroup({ group: options.groupName })
    : policyText.theGroupsInlinePolicies();
  throw new AwsMfaError(
    'POLICY_INVALID',
    policyText.tooBig({ subject, size: count(size), quota: count(groupInlinePolicyQuota) }),
    { hint: aggregationHint(documents) ?? policyText.tooBigHint() },
  );
}
