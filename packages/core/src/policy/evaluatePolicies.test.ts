// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import { describe, expect, it } from 'vitest';
import { callerContext } from './callerContext.js';
import { denialMessage } from './denialMessage.js';
import { evaluatePolicies } from './evaluatePolicies.js';
import { powerUserAccessPolicy } from './managed/powerUserAccess.js';
import type { NamedPolicy, PolicyDocument, RequestContext } from './types.js';

const accountId = '123456789012';
const userArn = `arn:aws:iam::${accountId}:user/cli-user`;

/** The seed article's MyUsersPolicy (AWS's older "self-manage MFA" example) after step 5-4. */
const seedPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowListActions',
      Effect: 'Allow',
      Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'],
      Resource: '*',
    },
    {
      Sid: 'AllowIndividualUserToListOnlyTheirOwnMFA',
      Effect: 'Allow',
      Action: ['iam:ListMFADevices'],
      Resource: ['arn:aws:iam::*:mfa/*', 'arn:aws:iam::*:user/${aws:username}'],
    },
    {
      Sid: 'AllowIndividualUserToManageTheirOwnMFA',
      Effect: 'Allow',
      Action: [
        'iam:CreateVirtualMFADevice',
        'iam:DeleteVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:ResyncMFADevice',
      ],
      Resource: ['arn:aws:iam::*:mfa/${aws:username}', 'arn:aws:iam::*:user/${aws:username}'],
    },
    {
      Sid: 'AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA',
      Effect: 'Allow',
      Action: ['iam:DeactivateMFADevice'],
      Resource: ['arn:aws:iam::*:mfa/${aws:username}', 'arn:aws:iam::*:user/${aws:username}'],
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    },
    {
      Sid: 'BlockMostAccessUnlessSignedInWithMFA',
      Effect: 'Deny',
      NotAction: [
        'iam:CreateVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:ListMFADevices',
        'iam:ListUsers',
        'iam:ListVirtualMFADevices',
        'iam:ResyncMFADevice',
      ],
      Resource: '*',
      Condition: {
        BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
        NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] },
      },
    },
  ],
};

const myUsersPolicy: NamedPolicy = {
  name: 'MyUsersPolicy',
  source: { kind: 'group-inline', groupName: 'MyUsers' },
  document: seedPolicy,
};
const powerUser: NamedPolicy = {
  name: 'PowerUserAccess',
  source: { kind: 'managed', arn: powerUserAccessPolicy.arn, attachedTo: 'group MyUsers' },
  document: powerUserAccessPolicy.document,
};
const group = [myUsersPolicy, powerUser];

const now = new Date('2026-03-01T12:00:00Z');
const fromOffice = callerContext({ accountId, userName: 'cli-user', sourceIp: '192.0.2.10', now });
const fromCafe = callerContext({ accountId, userName: 'cli-user', sourceIp: '203.0.113.9', now });
const withMfa = callerContext({
  accountId,
  userName: 'cli-user',
  sourceIp: '203.0.113.9',
  mfaPresent: true,
  now,
});
const withoutMfa = callerContext({
  accountId,
  userName: 'cli-user',
  sourceIp: '203.0.113.9',
  mfaPresent: false,
  now,
});

const request = (action: string, resource: string, context: RequestContext['context']): RequestContext => ({
  action,
  resource,
  context,
});
const ownUser = userArn;
const ownMfa = `arn:aws:iam::${accountId}:mfa/cli-user`;
const otherUser = `arn:aws:iam::${accountId}:user/alice`;

describe(evaluatePolicies.name, () => {
  // The seed scenario, decided by the seed policy + PowerUserAccess.
  it.each<[string, RequestContext, string]>([
    [
      'long_term_key_from_outside_is_denied',
      request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', fromCafe),
      'explicitDeny',
    ],
    [
      'long_term_key_from_office_is_allowed',
      request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', fromOffice),
      'allowed',
    ],
    [
      'mfa_session_from_outside_is_allowed',
      request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', withMfa),
      'allowed',
    ],
    ['session_without_mfa_is_denied', request('ec2:DescribeInstances', '*', withoutMfa), 'explicitDeny'],
    ['enrollment_works_without_mfa', request('iam:CreateVirtualMFADevice', ownMfa, fromCafe), 'allowed'],
    ['enable_own_device_without_mfa', request('iam:EnableMFADevice', ownUser, fromCafe), 'allowed'],
    [
      'cannot_enable_someone_elses_device',
      request('iam:EnableMFADevice', otherUser, withMfa),
      'implicitDeny',
    ],
    [
      'deactivate_needs_mfa_from_outside',
      request('iam:DeactivateMFADevice', ownUser, fromCafe),
      'explicitDeny',
    ],
    [
      'deactivate_needs_mfa_even_in_office',
      request('iam:DeactivateMFADevice', ownUser, fromOffice),
      'implicitDeny',
    ],
    ['deactivate_with_mfa', request('iam:DeactivateMFADevice', ownUser, withMfa), 'allowed'],
    ['power_user_cannot_create_users', request('iam:CreateUser', otherUser, withMfa), 'implicitDeny'],
    ['power_user_may_list_roles', request('iam:ListRoles', '*', withMfa), 'allowed'],
    ['power_user_no_organizations', request('organizations:ListAccounts', '*', withMfa), 'implicitDeny'],
    [
      'action_names_are_case_insensitive',
      request('S3:LISTALLMYBUCKETS', 'arn:aws:s3:::*', withMfa),
      'allowed',
    ],
    [
      'get_session_token_is_blocked_by_the_seed_policy',
      request('sts:GetSessionToken', '*', fromCafe),
      'explicitDeny',
    ],
  ])('%s', (_name, req, decision) => {
    expect(evaluatePolicies(group, req).decision).toBe(decision);
  });

  it('explains_an_explicit_deny_with_policy_sid_and_reasons', () => {
    const result = evaluatePolicies(group, request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', fromCafe));
    expect(result.explanation).toBe(
      'Denied explicitly by statement BlockMostAccessUnlessSignedInWithMFA of group MyUsers inline policy MyUsersPolicy: aws:MultiFactorAuthPresent is absent (BoolIfExists) and aws:SourceIp 203.0.113.9 is not in [192.0.2.0/24].',
    );
    expect(result.decidingStatement).toEqual({
      policy: 'MyUsersPolicy',
      source: { kind: 'group-inline', groupName: 'MyUsers' },
      sid: 'BlockMostAccessUnlessSignedInWithMFA',
      index: 4,
      effect: 'Deny',
    });
    // PowerUserAccess also matched; the Deny still wins.
    expect(result.matched.map((statement) => statement.effect)).toEqual(['Deny', 'Allow']);
  });

  it('explains_an_allow_without_sid_by_its_position', () => {
    const result = evaluatePolicies(group, request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', fromOffice));
    expect(result.explanation).toBe(
      'Allowed by statement #1 of managed policy PowerUserAccess attached to group MyUsers: it allows s3:ListAllMyBuckets on arn:aws:s3:::* without conditions; statement BlockMostAccessUnlessSignedInWithMFA of group MyUsers inline policy MyUsersPolicy does not deny it because aws:SourceIp 192.0.2.10 is in [192.0.2.0/24].',
    );
    const withMfaResult = evaluatePolicies(group, request('iam:DeactivateMFADevice', ownUser, withMfa));
    expect(withMfaResult.explanation).toBe(
      'Allowed by statement AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA of group MyUsers inline policy MyUsersPolicy: aws:MultiFactorAuthPresent is true; statement BlockMostAccessUnlessSignedInWithMFA of group MyUsers inline policy MyUsersPolicy does not deny it because aws:MultiFactorAuthPresent is true, not false.',
    );
  });

  it('explains_an_implicit_deny_with_the_allow_that_nearly_applied', () => {
    const result = evaluatePolicies(group, request('iam:DeactivateMFADevice', ownUser, fromOffice));
    expect(result.explanation).toBe(
      `Denied implicitly: no statement allows iam:DeactivateMFADevice on ${ownUser}; statement AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA of group MyUsers inline policy MyUsersPolicy would, but aws:MultiFactorAuthPresent is absent (Bool).`,
    );
    expect(result.decidingStatement).toBeUndefined();
  });

  it('no_policies_means_implicit_deny', () => {
    const result = evaluatePolicies([], request('s3:ListAllMyBuckets', '*', withMfa));
    expect(result.decision).toBe('implicitDeny');
    expect(result.explanation).toContain('no identity-based policies');
  });

  describe('AWS example "Denies access to AWS based on the source IP"', () => {
    const denyBySourceIp: NamedPolicy = {
      name: 'DenyOutsideOffice',
      source: { kind: 'custom' },
      document: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: {
            NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
            Bool: { 'aws:ViaAWSService': 'false' },
          },
        },
      },
    };
    const policies = [denyBySourceIp, powerUser];
    it.each<[string, Record<string, string>, string]>([
      ['inside_listed_range', { 'aws:SourceIp': '203.0.113.9', 'aws:ViaAWSService': 'false' }, 'allowed'],
      [
        'outside_listed_ranges',
        { 'aws:SourceIp': '198.51.100.1', 'aws:ViaAWSService': 'false' },
        'explicitDeny',
      ],
      ['service_on_users_behalf', { 'aws:SourceIp': '198.51.100.1', 'aws:ViaAWSService': 'true' }, 'allowed'],
      [
        'ipv6_caller_is_outside',
        { 'aws:SourceIp': '2001:db8::1', 'aws:ViaAWSService': 'false' },
        'explicitDeny',
      ],
    ])('%s', (_name, context, decision) => {
      expect(evaluatePolicies(policies, request('ec2:DescribeInstances', '*', context)).decision).toBe(
        decision,
      );
    });
    it('deny_alone_allows_nothing', () => {
      const context = { 'aws:SourceIp': '203.0.113.9', 'aws:ViaAWSService': 'false' };
      expect(
        evaluatePolicies([denyBySourceIp], request('ec2:DescribeInstances', '*', context)).decision,
      ).toBe('implicitDeny');
    });
  });

  describe('statement matching', () => {
    const single = (document: PolicyDocument): NamedPolicy[] => [
      { name: 'P', source: { kind: 'custom' }, document },
    ];
    const allow = (statement: Record<string, unknown>, version: PolicyDocument['Version'] = '2012-10-17') =>
      single({ Version: version, Statement: [{ Effect: 'Allow', ...statement } as never] });
    const ctx = { 'aws:username': 'cli-user' };

    it.each<[string, NamedPolicy[], RequestContext, string]>([
      [
        'resource_is_case_sensitive',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::Bucket' }),
        request('s3:GetObject', 'arn:aws:s3:::bucket', ctx),
        'implicitDeny',
      ],
      [
        'resource_star_spans_segments',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::*' }),
        request('s3:GetObject', 'arn:aws:s3:::b/k/x', ctx),
        'allowed',
      ],
      [
        'resource_question_mark',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::b?' }),
        request('s3:GetObject', 'arn:aws:s3:::b1', ctx),
        'allowed',
      ],
      [
        'not_resource_excludes',
        allow({ Action: 's3:*', NotResource: 'arn:aws:s3:::secret*' }),
        request('s3:GetObject', 'arn:aws:s3:::secret-bucket', ctx),
        'implicitDeny',
      ],
      [
        'not_resource_includes_others',
        allow({ Action: 's3:*', NotResource: 'arn:aws:s3:::secret*' }),
        request('s3:GetObject', 'arn:aws:s3:::public', ctx),
        'allowed',
      ],
      [
        'not_action_excludes',
        allow({ NotAction: 'iam:*', Resource: '*' }),
        request('iam:CreateUser', '*', ctx),
        'implicitDeny',
      ],
      [
        'action_question_mark',
        allow({ Action: 'iam:?etUser', Resource: '*' }),
        request('iam:GetUser', '*', ctx),
        'allowed',
      ],
      [
        'username_variable',
        allow({ Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' }),
        request('iam:GetUser', userArn, ctx),
        'allowed',
      ],
      [
        'username_variable_other_user',
        allow({ Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' }),
        request('iam:GetUser', otherUser, ctx),
        'implicitDeny',
      ],
      [
        'variable_value_is_not_a_wildcard',
        allow({ Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' }),
        request('iam:GetUser', otherUser, { 'aws:username': '*' }),
        'implicitDeny',
      ],
      [
        'missing_variable_matches_nothing',
        allow({ Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' }),
        request('iam:GetUser', 'arn:aws:iam::1:user/', {}),
        'implicitDeny',
      ],
      [
        'variable_default_value',
        allow({ Action: 's3:*', Resource: "arn:aws:s3:::${aws:PrincipalTag/team, 'shared'}/*" }),
        request('s3:GetObject', 'arn:aws:s3:::shared/x', ctx),
        'allowed',
      ],
      [
        'escaped_star_is_literal',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::b/${*}' }),
        request('s3:GetObject', 'arn:aws:s3:::b/anything', ctx),
        'implicitDeny',
      ],
      [
        'escaped_star_matches_a_star',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::b/${*}' }),
        request('s3:GetObject', 'arn:aws:s3:::b/*', ctx),
        'allowed',
      ],
      [
        'escaped_dollar',
        allow({ Action: 's3:*', Resource: 'arn:aws:s3:::b/${$}x' }),
        request('s3:GetObject', 'arn:aws:s3:::b/$x', ctx),
        'allowed',
      ],
      [
        'old_version_keeps_variables_literal',
        allow({ Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' }, '2008-10-17'),
        request('iam:GetUser', userArn, ctx),
        'implicitDeny',
      ],
      [
        'action_and_not_action_together_is_invalid',
        allow({ Action: '*', NotAction: 'iam:*', Resource: '*' }),
        request('s3:GetObject', '*', ctx),
        'implicitDeny',
      ],
      [
        'missing_resource_is_invalid',
        allow({ Action: '*' }),
        request('s3:GetObject', '*', ctx),
        'implicitDeny',
      ],
      [
        'unknown_effect_is_ignored',
        single({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' } as never],
        }),
        request('s3:GetObject', '*', ctx),
        'implicitDeny',
      ],
      [
        'unknown_operator_never_applies',
        allow({ Action: '*', Resource: '*', Condition: { StringSortOf: { 'aws:username': 'x' } } }),
        request('s3:GetObject', '*', ctx),
        'implicitDeny',
      ],
    ])('%s', (_name, policies, req, decision) => {
      expect(evaluatePolicies(policies, req).decision).toBe(decision);
    });

    it('deny_anywhere_beats_allow_anywhere', () => {
      const policies: NamedPolicy[] = [
        ...allow({ Action: '*', Resource: '*' }),
        {
          name: 'Q',
          source: { kind: 'user-inline', userName: 'cli-user' },
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }],
          },
        },
      ];
      const result = evaluatePolicies(policies, request('s3:DeleteBucket', 'arn:aws:s3:::b', ctx));
      expect(result.decision).toBe('explicitDeny');
      expect(result.explanation).toBe(
        'Denied explicitly by statement #1 of user cli-user inline policy Q: it denies s3:DeleteBucket on arn:aws:s3:::b without conditions.',
      );
    });
  });
});

describe(denialMessage.name, () => {
  it('explicit_deny_text_matches_aws', () => {
    const result = evaluatePolicies(group, request('s3:ListAllMyBuckets', 'arn:aws:s3:::*', fromCafe));
    expect(denialMessage(userArn, 's3:ListAllMyBuckets', 'arn:aws:s3:::*', result)).toBe(
      'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: s3:ListAllMyBuckets on resource: arn:aws:s3:::* with an explicit deny in an identity-based policy',
    );
  });
  it('implicit_deny_text_matches_aws', () => {
    expect(
      denialMessage(userArn, 'iam:ListUsers', 'arn:aws:iam::123456789012:user/', {
        decision: 'implicitDeny',
      }),
    ).toBe(
      'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
    );
  });
  it('refuses_an_allowed_result', () => {
    expect(() => denialMessage(userArn, 's3:ListAllMyBuckets', '*', { decision: 'allowed' })).toThrow(
      /allowed/,
    );
  });
});

describe(callerContext.name, () => {
  it('long_term_key_has_no_mfa_keys', () => {
    expect(fromCafe).toEqual({
      'aws:username': 'cli-user',
      'aws:PrincipalArn': userArn,
      'aws:PrincipalAccount': accountId,
      'aws:PrincipalType': 'User',
      'aws:CurrentTime': '2026-03-01T12:00:00Z',
      'aws:EpochTime': '1772366400',
      'aws:SecureTransport': 'true',
      'aws:ViaAWSService': 'false',
      'aws:SourceIp': '203.0.113.9',
    });
  });
  it('mfa_session_carries_presence_and_age', () => {
    const context = callerContext({ accountId, userName: 'u', mfaPresent: true, mfaAgeSeconds: 61.7, now });
    expect(context['aws:MultiFactorAuthPresent']).toBe('true');
    expect(context['aws:MultiFactorAuthAge']).toBe('61');
  });
  it('session_without_mfa_says_false_and_no_age', () => {
    const context = callerContext({ accountId, userName: 'u', mfaPresent: false, mfaAgeSeconds: 5, now });
    expect(context['aws:MultiFactorAuthPresent']).toBe('false');
    expect(context['aws:MultiFactorAuthAge']).toBeUndefined();
  });
});
