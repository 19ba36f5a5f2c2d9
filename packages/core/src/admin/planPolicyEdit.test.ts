import {
  GetGroupCommand,
  GetGroupPolicyCommand,
  ListGroupPoliciesCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { buildMfaPolicy, policyToJson } from '../policy/buildMfaPolicy.js';
import type { PolicyDocument, PolicyStatement } from '../policy/types.js';
import type { IamClient } from './iamCall.js';
import {
  applyPolicyEdit,
  assertPlanWithinQuota,
  planPolicyApply,
  planTrustedIpEdit,
} from './planPolicyEdit.js';

/** An IAM that knows groups and their inline policies (URL-encoded on the way out, as IAM does). */
function fakeIam(groups: Record<string, Record<string, PolicyDocument>>) {
  const puts: Array<{ group: string; name: string; document: string }> = [];
  const noSuchEntity = () => Object.assign(new Error('not found'), { name: 'NoSuchEntityException' });
  const iam: IamClient = {
    // biome-ignore lint/suspicious/noExplicitAny: the fake answers only the commands planning sends.
    send: (async (command: any) => {
      const input = command.input;
      const group = groups[input.GroupName];
      if (!group) throw noSuchEntity();
      if (command instanceof GetGroupCommand)
        return { Group: { Arn: `arn:aws:iam::123456789012:group/${input.GroupName}` }, Users: [] };
      if (command instanceof ListGroupPoliciesCommand) return { PolicyNames: Object.keys(group) };
      if (command instanceof GetGroupPolicyCommand) {
        const document = group[input.PolicyName];
        if (!document) throw noSuchEntity();
        return { PolicyDocument: encodeURIComponent(JSON.stringify(document)) };
      }
      if (command instanceof PutGroupPolicyCommand) {
        puts.push({ group: input.GroupName, name: input.PolicyName, document: input.PolicyDocument });
        group[input.PolicyName] = JSON.parse(input.PolicyDocument);
        return {};
      }
      throw new Error(`unexpected ${command.constructor.name}`);
      // biome-ignore lint/suspicious/noExplicitAny: see above.
    }) as any,
  };
  return { iam, puts, groups };
}

const statements = (document: PolicyDocument) => document.Statement as PolicyStatement[];

describe(planTrustedIpEdit.name, () => {
  it("changes only the aws:SourceIp list; the admin's extra statement and NotIpAddress spelling stay", async () => {
    const policy = buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] });
    statements(policy).push({ Sid: 'Extra', Effect: 'Allow', Action: 'ce:Get*', Resource: '*' });
    const { iam } = fakeIam({ MyUsers: { MyUsersPolicy: policy } });
    const plan = await planTrustedIpEdit(iam, {
      groupName: 'MyUsers',
      policyName: 'MyUsersPolicy',
      add: ['2001:DB8::/32', '203.0.113.0/24'],
      remove: ['192.0.2.1'],
    });
    const expected = structuredClone(policy);
    statements(expected)[4]!.Condition!.NotIpAddress = {
      'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'],
    };
    expect(plan.after).toEqual(expected);
    expect(plan.notes.map((note) => note.english)).toEqual([
      '203.0.113.0/24 is already trusted',
      '192.0.2.1 is not in the trusted list',
    ]);
    expect(plan.diff.split('\n').filter((line) => /^[-+]/.test(line))).toEqual([
      '-            "203.0.113.0/24"',
      '+            "203.0.113.0/24",',
      '+            "2001:db8::/32"',
    ]);
    expect(plan.changed).toBe(true);
    expect(plan.trustedCidrsBefore).toEqual(['203.0.113.0/24']);
  });

  it('refuses a policy without the MFA deny statement', async () => {
    const { iam } = fakeIam({
      G: { P: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    });
    await expect(
      planTrustedIpEdit(iam, { groupName: 'G', policyName: 'P', add: ['192.0.2.0/24'] }),
    ).rejects.toMatchObject({
      code: 'POLICY_INVALID',
      message: expect.stringContaining(
        'Inline policy P of group G has no statement that denies access without MFA',
      ),
    });
  });

  it('names a missing group and a missing policy', async () => {
    const { iam } = fakeIam({ G: {} });
    await expect(planTrustedIpEdit(iam, { groupName: 'H', policyName: 'P', add: [] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Group H does not exist.',
    });
    await expect(planTrustedIpEdit(iam, { groupName: 'G', policyName: 'P', add: [] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Group G has no inline policy P.',
    });
  });

  it('over quota: counts the other inline policies too, and offers the merge that helps', async () => {
    const big: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'x'.repeat(3400), Effect: 'Allow', Action: 's3:Get*', Resource: '*' }],
    };
    const { iam, puts } = fakeIam({ G: { Other: big, MyUsersPolicy: buildMfaPolicy({ trustedCidrs: [] }) } });
    const add = Array.from({ length: 20 }, (_, i) => `10.0.0.${i}`);
    const plan = await planTrustedIpEdit(iam, { groupName: 'G', policyName: 'MyUsersPolicy', add });
    expect(plan.size).toBeGreaterThan(plan.quota);
    expect(plan.aggregation?.cidrs).toEqual(['10.0.0.0/28', '10.0.0.16/30']);
    expect(() => assertPlanWithinQuota(plan)).toThrow(/would be [\d,]+ characters; IAM allows 5,120/);
    await expect(applyPolicyEdit(iam, plan)).rejects.toMatchObject({ code: 'POLICY_INVALID' });
    expect(puts).toEqual([]);
    const merged = await planTrustedIpEdit(iam, {
      groupName: 'G',
      policyName: 'MyUsersPolicy',
      add,
      aggregate: true,
    });
    expect(merged.trustedCidrsAfter).toEqual(['10.0.0.0/28', '10.0.0.16/30']);
    expect(merged.size).toBeLessThanOrEqual(merged.quota);
  });
});

describe(applyPolicyEdit.name, () => {
  it('sends the pretty-printed document, and nothing when the plan changes nothing', async () => {
    const { iam, puts } = fakeIam({ G: {} });
    const plan = await planPolicyApply(iam, {
      groupName: 'G',
      policyName: 'P',
      trustedCidrs: ['192.0.2.0/24'],
    });
    expect(plan.before).toBeUndefined();
    expect(await applyPolicyEdit(iam, plan)).toBe(true);
    expect(puts).toEqual([{ group: 'G', name: 'P', document: policyToJson(plan.after) }]);
    const again = await planPolicyApply(iam, {
      groupName: 'G',
      policyName: 'P',
      trustedCidrs: ['192.0.2.0/24'],
    });
    expect(again.changed).toBe(false);
    expect(again.diff).toBe('');
    expect(await applyPolicyEdit(iam, again)).toBe(false);
    expect(puts).toHaveLength(1);
  });

  it('refuses (CONFLICT) when the policy changed after the diff was shown', async () => {
    const { iam, groups, puts } = fakeIam({ G: { P: buildMfaPolicy({ trustedCidrs: [] }) } });
    const plan = await planTrustedIpEdit(iam, { groupName: 'G', policyName: 'P', add: ['192.0.2.0/24'] });
    groups.G!.P = buildMfaPolicy({ trustedCidrs: ['198.51.100.0/24'] });
    await expect(applyPolicyEdit(iam, plan)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(puts).toEqual([]);
  });

  it('validates CIDRs before anything is sent', async () => {
    const { iam, puts } = fakeIam({ G: {} });
    await expect(
      planPolicyApply(iam, { groupName: 'G', policyName: 'P', trustedCidrs: ['0.0.0.0/0'] }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const forced = await planPolicyApply(iam, {
      groupName: 'G',
      policyName: 'P',
      trustedCidrs: ['0.0.0.0/0'],
      force: true,
    });
    expect(forced.trustedCidrsAfter).toEqual(['0.0.0.0/0']);
    expect(puts).toEqual([]);
  });
});
