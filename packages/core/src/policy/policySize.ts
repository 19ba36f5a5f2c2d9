// IAM's size quota for a group's inline policies, checked before PutGroupPolicy is sent.
import { AwsMfaError } from '../errors.js';
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
function aggregationHint(documents: ReadonlyArray<PolicyDocument | string>): string | undefined {
  const notes: string[] = [];
  const after: PolicyDocument[] = [];
  for (const document of documents) {
    const policy = parsed(document);
    if (policy === undefined || !findMfaDenyStatement(policy)) {
      if (policy) after.push(policy);
      continue;
    }
    let merged: { cidrs: string[]; notes: string[] };
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
  const verdict = size <= groupInlinePolicyQuota ? 'fits' : 'still too big: also shorten the trusted-IP list';
  return `merge CIDRs: ${notes.join('; ')} (${count(size)} characters afterwards, ${verdict})`;
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
    ? `The inline policies of group ${options.groupName}`
    : "The group's inline policies";
  throw new AwsMfaError(
    'POLICY_INVALID',
    `${subject} are ${count(size)} characters (IAM allows ${count(groupInlinePolicyQuota)} for a group's inline policies).`,
    {
      hint:
        aggregationHint(documents) ??
        'shorten the trusted-IP list (wider CIDRs), or move statements into a customer managed policy (6,144 characters each)',
    },
  );
}
