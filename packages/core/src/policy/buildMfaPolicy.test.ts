// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMfaPolicy, mfaDenySid, policyToJson } from './buildMfaPolicy.js';
import { callerContext } from './callerContext.js';
import { cidrContains, formatIp } from './cidr.js';
import { evaluatePolicies } from './evaluatePolicies.js';
import { powerUserAccessPolicy } from './managed/powerUserAccess.js';
import type { NamedPolicy, PolicyDocument, PolicyStatement } from './types.js';

const accountId = '123456789012';
const named = (document: PolicyDocument): NamedPolicy[] => [
  { name: 'MyUsersPolicy', source: { kind: 'group-inline', groupName: 'MyUsers' }, document },
  {
    name: 'PowerUserAccess',
    source: { kind: 'managed', arn: powerUserAccessPolicy.arn, attachedTo: 'group MyUsers' },
    document: powerUserAccessPolicy.document,
  },
];
const statements = (document: PolicyDocument) => document.Statement as PolicyStatement[];

describe(buildMfaPolicy.name, () => {
  it('prints_a_stable_document', () => {
    expect(policyToJson(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24', '2001:DB8::/32'] }))).toBe(
      `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowListActions",
      "Effect": "Allow",
      "Action": [
        "iam:ListUsers",
        "iam:ListVirtualMFADevices"
      ],
      "Resource": "*"
    },
    {
      "Sid": "AllowManageOwnVirtualMFADevice",
      "Effect": "Allow",
      "Action": [
        "iam:CreateVirtualMFADevice",
        "iam:DeleteVirtualMFADevice"
      ],
      "Resource": "arn:aws:iam::*:mfa/\${aws:username}"
    },
    {
      "Sid": "AllowManageOwnUserMFA",
      "Effect": "Allow",
      "Action": [
        "iam:EnableMFADevice",
        "iam:GetMFADevice",
        "iam:ListMFADevices",
        "iam:ResyncMFADevice"
      ],
      "Resource": "arn:aws:iam::*:user/\${aws:username}"
    },
    {
      "Sid": "AllowDeactivateOwnMFAOnlyWithMFA",
      "Effect": "Allow",
      "Action": [
        "iam:DeactivateMFADevice"
      ],
      "Resource": [
        "arn:aws:iam::*:mfa/\${aws:username}",
        "arn:aws:iam::*:user/\${aws:username}"
      ],
      "Condition": {
        "Bool": {
          "aws:MultiFactorAuthPresent": "true"
        }
      }
    },
    {
      "Sid": "BlockMostAccessUnlessSignedInWithMFA",
      "Effect": "Deny",
      "NotAction": [
        "iam:CreateVirtualMFADevice",
        "iam:DeleteVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:GetMFADevice",
        "iam:ListMFADevices",
        "iam:ListUsers",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice",
        "sts:GetSessionToken"
      ],
      "Resource": "*",
      "Condition": {
        "BoolIfExists": {
          "aws:MultiFactorAuthPresent": "false",
          "aws:ViaAWSService": "false"
        },
        "NotIpAddress": {
          "aws:SourceIp": [
            "192.0.2.0/24",
            "2001:db8::/32"
          ]
        }
      }
    },
    {
      "Sid": "AllowManageOwnAccessKeysOnlyWithMFA",
      "Effect": "Allow",
      "Action": [
        "iam:CreateAccessKey",
        "iam:DeleteAccessKey",
        "iam:GetAccessKeyLastUsed",
        "iam:ListAccessKeys",
        "iam:UpdateAccessKey"
      ],
      "Resource": "arn:aws:iam::*:user/\${aws:username}",
      "Condition": {
        "Bool": {
          "aws:MultiFactorAuthPresent": "true"
        }
      }
    }
  ]
}`,
    );
  });

  it('same_input_same_text', () => {
    const a = policyToJson(buildMfaPolicy({ trustedCidrs: ['10.0.0.0/8'] }));
    expect(policyToJson(buildMfaPolicy({ trustedCidrs: ['10.0.0.0/8'] }))).toBe(a);
  });

  it('no_trusted_ips_means_no_source_ip_exception', () => {
    const deny = statements(buildMfaPolicy({ trustedCidrs: [] })).find(
      (statement) => statement.Sid === mfaDenySid,
    )!;
    expect(deny.Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false', 'aws:ViaAWSService': 'false' },
    });
  });

  it('validates_trusted_cidrs', () => {
    expect(() => buildMfaPolicy({ trustedCidrs: ['0.0.0.0/0'] })).toThrow(/every IPv4 address/);
    expect(() => buildMfaPolicy({ trustedCidrs: ['10.0.0.1/8'] })).toThrow(/host bits/);
    expect(() => buildMfaPolicy({ trustedCidrs: ['office'] })).toThrow(/not an IP address/);
    const forced = statements(buildMfaPolicy({ trustedCidrs: ['10.0.0.1/8'], force: true }))[4]!;
    expect(forced.Condition?.NotIpAddress).toEqual({ 'aws:SourceIp': ['10.0.0.0/8'] });
  });

  it('writes_bare_addresses_as_single_host_blocks', () => {
    const deny = statements(buildMfaPolicy({ trustedCidrs: ['203.0.113.9'] }))[4]!;
    expect(deny.Condition?.NotIpAddress).toEqual({ 'aws:SourceIp': ['203.0.113.9/32'] });
  });

  describe('decides like the AWS "self-manage MFA" and "deny based on source IP" examples', () => {
    const policies = named(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }));
    const user = `arn:aws:iam::${accountId}:user/cli-user`;
    const device = `arn:aws:iam::${accountId}:mfa/cli-user`;
    const facts = { accountId, userName: 'cli-user' };
    const longTermOutside = callerContext({ ...facts, sourceIp: '203.0.113.9' });
    const longTermOffice = callerContext({ ...facts, sourceIp: '192.0.2.10' });
    const mfaOutside = callerContext({ ...facts, sourceIp: '203.0.113.9', mfaPresent: true });
    const noMfaSession = callerContext({ ...facts, sourceIp: '203.0.113.9', mfaPresent: false });
    const viaService = callerContext({ ...facts, sourceIp: '198.51.100.7', viaAwsService: true });
    it.each<[string, string, string, Record<string, string>, string]>([
      [
        'long_term_key_outside_denied',
        's3:ListAllMyBuckets',
        'arn:aws:s3:::*',
        longTermOutside,
        'explicitDeny',
      ],
      ['long_term_key_in_office_allowed', 's3:ListAllMyBuckets', 'arn:aws:s3:::*', longTermOffice, 'allowed'],
      ['mfa_session_anywhere_allowed', 'ec2:DescribeInstances', '*', mfaOutside, 'allowed'],
      ['session_without_mfa_denied', 'ec2:DescribeInstances', '*', noMfaSession, 'explicitDeny'],
      ['aws_service_on_users_behalf_not_blocked', 'ec2:DescribeInstances', '*', viaService, 'allowed'],
      ['get_session_token_without_mfa', 'sts:GetSessionToken', '*', longTermOutside, 'allowed'],
      ['create_own_device_without_mfa', 'iam:CreateVirtualMFADevice', device, longTermOutside, 'allowed'],
      [
        'create_device_named_after_someone_else',
        'iam:CreateVirtualMFADevice',
        `arn:aws:iam::${accountId}:mfa/alice`,
        longTermOutside,
        'implicitDeny',
      ],
      [
        'delete_own_unfinished_device_without_mfa',
        'iam:DeleteVirtualMFADevice',
        device,
        longTermOutside,
        'allowed',
      ],
      ['enable_own_device_without_mfa', 'iam:EnableMFADevice', user, longTermOutside, 'allowed'],
      [
        'enable_for_another_user_refused',
        'iam:EnableMFADevice',
        `arn:aws:iam::${accountId}:user/alice`,
        mfaOutside,
        'implicitDeny',
      ],
      ['list_own_devices_without_mfa', 'iam:ListMFADevices', user, longTermOutside, 'allowed'],
      ['deactivate_without_mfa_outside', 'iam:DeactivateMFADevice', user, longTermOutside, 'explicitDeny'],
      ['deactivate_without_mfa_in_office', 'iam:DeactivateMFADevice', user, longTermOffice, 'implicitDeny'],
      ['deactivate_with_mfa', 'iam:DeactivateMFADevice', user, mfaOutside, 'allowed'],
      ['iam_admin_actions_never', 'iam:AttachUserPolicy', user, mfaOutside, 'implicitDeny'],
      [
        'missing_source_ip_fails_closed',
        's3:ListAllMyBuckets',
        'arn:aws:s3:::*',
        callerContext(facts),
        'explicitDeny',
      ],
    ])('%s', (_name, action, resource, context, decision) => {
      expect(evaluatePolicies(policies, { action, resource, context }).decision).toBe(decision);
    });

    it('missing_via_aws_service_key_fails_closed', () => {
      const { 'aws:ViaAWSService': _, ...context } = longTermOutside;
      expect(
        evaluatePolicies(policies, { action: 's3:ListAllMyBuckets', resource: '*', context }).decision,
      ).toBe('explicitDeny');
    });
  });

  it('agrees with cidrContains for random trusted lists and source IPs', () => {
    const ipv4 = fc.nat({ max: 0xffffffff }).map((n) => formatIp({ family: 4, value: BigInt(n) }));
    // Mostly addresses near 10.0.0.0 so that matches are common.
    const nearby = fc.nat({ max: 0xffff }).map((n) => `10.0.${n >> 8}.${n & 255}`);
    const ipv6 = fc
      .bigInt({ min: 0n, max: 0xffffn })
      .map((n) => formatIp({ family: 6, value: (0x20010db8n << 96n) | n }));
    const address = fc.oneof(nearby, ipv4, ipv6);
    const cidr = fc.tuple(address, fc.nat({ max: 128 })).map(([ip, bits]) => {
      const max = ip.includes(':') ? 128 : 32;
      return `${ip}/${Math.max(1, Math.min(bits, max))}`;
    });
    fc.assert(
      fc.property(fc.array(cidr, { maxLength: 6 }), address, fc.boolean(), (trusted, sourceIp, mfa) => {
        const policies = named(buildMfaPolicy({ trustedCidrs: trusted, force: true }));
        const context = callerContext({
          accountId,
          userName: 'cli-user',
          sourceIp,
          mfaPresent: mfa ? true : undefined,
        });
        const result = evaluatePolicies(policies, {
          action: 's3:ListAllMyBuckets',
          resource: 'arn:aws:s3:::*',
          context,
        });
        const trustedSource = trusted.some((block) => cidrContains(block, sourceIp));
        expect(result.decision).toBe(mfa || trustedSource ? 'allowed' : 'explicitDeny');
      }),
      { numRuns: 300 },
    );
  });
});
