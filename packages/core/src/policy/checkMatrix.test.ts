import { describe, expect, it } from 'vitest';
import { buildMfaPolicy } from './buildMfaPolicy.js';
import { checkResource, runCheckMatrix, standardCheckActions, standardCheckCases } from './checkMatrix.js';
import { administratorAccessPolicy } from './managed/administratorAccess.js';
import { powerUserAccessPolicy } from './managed/powerUserAccess.js';
import type { NamedPolicy, PolicyDocument } from './types.js';

const subject = { userName: 'cli-user', accountId: '123456789012' };
const inline = (document: PolicyDocument): NamedPolicy => ({
  name: 'MyUsersPolicy',
  source: { kind: 'group-inline', groupName: 'MyUsers' },
  document,
});
const managed = (policy: typeof powerUserAccessPolicy): NamedPolicy => ({
  name: policy.name,
  source: { kind: 'managed', arn: policy.arn, attachedTo: 'group MyUsers' },
  document: policy.document,
});

describe(standardCheckCases.name, () => {
  it('covers_every_action_mfa_and_source', () => {
    const cases = standardCheckCases(['192.0.2.0/24']);
    expect(cases).toHaveLength(28);
    expect(new Set(cases.map((c) => `${c.action}|${c.mfa}|${c.source}`)).size).toBe(28);
  });
  it('without_trusted_ips_only_untrusted_rows', () => {
    const cases = standardCheckCases([]);
    expect(cases).toHaveLength(14);
    expect(cases.every((c) => c.source === 'untrusted')).toBe(true);
  });
  it.each([
    ['s3:ListAllMyBuckets', false, 'untrusted', 'explicitDeny'],
    ['s3:ListAllMyBuckets', false, 'trusted', 'allowed'],
    ['ec2:DescribeInstances', true, 'untrusted', 'allowed'],
    ['iam:CreateVirtualMFADevice', false, 'untrusted', 'allowed'],
    ['iam:EnableMFADevice', false, 'untrusted', 'allowed'],
    ['sts:GetSessionToken', false, 'untrusted', 'allowed'],
    ['iam:DeactivateMFADevice', false, 'untrusted', 'explicitDeny'],
    ['iam:DeactivateMFADevice', false, 'trusted', 'implicitDeny'],
    ['iam:DeactivateMFADevice', true, 'untrusted', 'allowed'],
    ['iam:CreateAccessKey', false, 'untrusted', 'explicitDeny'],
    ['iam:CreateAccessKey', false, 'trusted', 'implicitDeny'],
    ['iam:CreateAccessKey', true, 'trusted', 'allowed'],
  ])('intends %s mfa=%s from %s: %s', (action, mfa, source, expected) => {
    const found = standardCheckCases(['192.0.2.0/24']).find(
      (c) => c.action === action && c.mfa === mfa && c.source === source,
    );
    expect(found?.expected).toBe(expected);
  });
});

describe(checkResource.name, () => {
  it('names_the_users_own_device_and_user', () => {
    expect(standardCheckActions.map((action) => checkResource(action, subject))).toEqual([
      'arn:aws:s3:::*',
      '*',
      'arn:aws:iam::123456789012:mfa/cli-user',
      'arn:aws:iam::123456789012:user/cli-user',
      '*',
      'arn:aws:iam::123456789012:user/cli-user',
      'arn:aws:iam::123456789012:user/cli-user',
    ]);
  });
});

describe(runCheckMatrix.name, () => {
  it('the_generated_policy_with_power_user_access_passes', () => {
    const policies = [
      inline(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24', '2001:db8::/32'] })),
      managed(powerUserAccessPolicy),
    ];
    const results = runCheckMatrix(policies, subject);
    expect(results).toHaveLength(28);
    expect(results.filter((row) => !row.ok).map((row) => row.actual.explanation)).toEqual([]);
    expect(results.find((row) => row.case.source === 'trusted')?.sourceIp).toBe('192.0.2.1');
    expect(results.find((row) => row.case.source === 'untrusted')?.sourceIp).toBe('203.0.113.77');
  });

  it('passes_without_trusted_ips_too', () => {
    const results = runCheckMatrix(
      [inline(buildMfaPolicy({ trustedCidrs: [] })), managed(powerUserAccessPolicy)],
      subject,
    );
    expect(results).toHaveLength(14);
    expect(results.every((row) => row.ok)).toBe(true);
  });

  it('catches_the_plain_bool_mistake', () => {
    // The classic error: `Bool` instead of `BoolIfExists` lets long-term keys through.
    const document = buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] });
    const deny = (document.Statement as Array<{ Condition?: Record<string, unknown> }>)[4]!;
    deny.Condition = {
      Bool: { 'aws:MultiFactorAuthPresent': 'false' },
      NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] },
    };
    const failures = runCheckMatrix([inline(document), managed(powerUserAccessPolicy)], subject).filter(
      (row) => !row.ok,
    );
    expect(
      failures.map((row) => `${row.case.action} ${row.case.mfa} ${row.case.source} → ${row.actual.decision}`),
    ).toEqual([
      's3:ListAllMyBuckets false untrusted → allowed',
      'ec2:DescribeInstances false untrusted → allowed',
      'iam:DeactivateMFADevice false untrusted → implicitDeny',
      'iam:CreateAccessKey false untrusted → implicitDeny',
    ]);
  });

  it('catches_a_missing_mfa_policy', () => {
    const failures = runCheckMatrix([managed(administratorAccessPolicy)], subject).filter((row) => !row.ok);
    // AdministratorAccess alone lets a long-term key without MFA make itself a twin.
    expect(failures.map((row) => row.case.action)).toEqual([
      's3:ListAllMyBuckets',
      'ec2:DescribeInstances',
      'iam:DeactivateMFADevice',
      'iam:CreateAccessKey',
    ]);
  });

  it('catches_a_policy_from_before_key_rotation', () => {
    // A policy applied before awsmfa granted a user's own keys: rotating with MFA is refused.
    const document = buildMfaPolicy({ trustedCidrs: [] });
    document.Statement = (document.Statement as Array<{ Sid?: string }>).filter(
      (statement) => statement.Sid !== 'AllowManageOwnAccessKeysOnlyWithMFA',
    ) as PolicyDocument['Statement'];
    const failures = runCheckMatrix([inline(document), managed(powerUserAccessPolicy)], subject).filter(
      (row) => !row.ok,
    );
    expect(failures.map((row) => `${row.case.action} ${row.case.mfa} → ${row.actual.decision}`)).toEqual([
      'iam:CreateAccessKey true → implicitDeny',
    ]);
  });

  it('catches_a_missing_power_user_access', () => {
    const failures = runCheckMatrix(
      [inline(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }))],
      subject,
    ).filter((row) => !row.ok);
    expect(failures.every((row) => row.actual.decision === 'implicitDeny')).toBe(true);
    // s3 and ec2 where they should work (3 rows each) and all 4 sts:GetSessionToken rows: the
    // evaluator, like IAM's simulator, needs an Allow for it even though STS itself does not ask.
    expect(failures.map((row) => row.case.action).sort()).toEqual([
      ...Array(3).fill('ec2:DescribeInstances'),
      ...Array(3).fill('s3:ListAllMyBuckets'),
      ...Array(4).fill('sts:GetSessionToken'),
    ]);
  });

  it('uses_given_addresses_and_checks_them', () => {
    const policies = [
      inline(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] })),
      managed(powerUserAccessPolicy),
    ];
    const results = runCheckMatrix(policies, {
      ...subject,
      trustedIp: '192.0.2.200',
      untrustedIp: '2001:db8::1',
    });
    expect(new Set(results.map((row) => row.sourceIp))).toEqual(new Set(['192.0.2.200', '2001:db8::1']));
    expect(() => runCheckMatrix(policies, { ...subject, trustedIp: '10.0.0.1' })).toThrow(
      /not in the trusted IPs/,
    );
    expect(() => runCheckMatrix(policies, { ...subject, untrustedIp: '192.0.2.9' })).toThrow(
      /is in the trusted IPs/,
    );
  });

  it('finds_an_untrusted_address_when_the_usual_ones_are_trusted', () => {
    const policies = [
      inline(buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24', '198.51.100.0/24'] })),
      managed(powerUserAccessPolicy),
    ];
    const results = runCheckMatrix(policies, subject);
    expect(results.find((row) => row.case.source === 'untrusted')?.sourceIp).toBe('192.0.2.77');
    expect(results.every((row) => row.ok)).toBe(true);
  });
});
