import { GetGroupCommand } from '@aws-sdk/client-iam';
import { adminText } from '../messages/en/admin.js';
import { type CheckResult, runCheckMatrix } from '../policy/checkMatrix.js';
import { findMfaDenyStatement, getTrustedCidrs } from '../policy/trustedIps.js';
import type { NamedPolicy } from '../policy/types.js';
import { callIam, type IamClient } from './iamCall.js';
import { loadGroupPolicies } from './loadPolicies.js';

/** `policy check` for one group: the standard matrix evaluated over the group's policies. */
export interface GroupCheck {
  groupName: string;
  accountId: string;
  /** The member the requests are made as (`${aws:username}`), or a stand-in when the group is empty. */
  userName: string;
  trustedCidrs: string[];
  policies: NamedPolicy[];
  results: CheckResult[];
  /** Rows whose decision differs from the intended one. */
  failed: CheckResult[];
}

/**
 * Loads the group's identity policies (inline and attached managed) from IAM and runs the standard
 * check matrix (MFA yes/no × trusted/untrusted IP × actions) with the local evaluator.
 *
 * @example const check = await checkGroupPolicy(iam, { groupName: 'MyUsers' }); check.failed.length // 0
 */
export async function checkGroupPolicy(
  iam: IamClient,
  input: { groupName: string; userName?: string; trustedIp?: string; untrustedIp?: string; now?: Date },
): Promise<GroupCheck> {
  const { groupName } = input;
  const group = await callIam({ action: 'iam:GetGroup', target: adminText.group({ name: groupName }) }, () =>
    iam.send(new GetGroupCommand({ GroupName: groupName })),
  );
  const accountId = group.Group?.Arn?.split(':')[4] || '000000000000';
  const userName = input.userName ?? group.Users?.[0]?.UserName ?? 'cli-user';
  const policies = await loadGroupPolicies(iam, groupName);
  const results = runCheckMatrix(policies, {
    userName,
    accountId,
    trustedIp: input.trustedIp,
    untrustedIp: input.untrustedIp,
    now: input.now,
  });
  const trustedCidrs = policies.flatMap((policy) =>
    findMfaDenyStatement(policy.document) ? getTrustedCidrs(policy.document) : [],
  );
  return {
    groupName,
    accountId,
    userName,
    trustedCidrs,
    policies,
    results,
    failed: results.filter((result) => !result.ok),
  };
}
