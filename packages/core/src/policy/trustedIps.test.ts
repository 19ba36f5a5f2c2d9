import { describe, expect, it } from 'vitest';
import { AwsMfaError } from '../errors.js';
import { buildMfaPolicy, policyToJson } from './buildMfaPolicy.js';
import { findMfaDenyStatement, getTrustedCidrs, setTrustedCidrs } from './trustedIps.js';
import type { PolicyDocument } from './types.js';

/** An admin's policy: the seed's deny (BoolIfExists + NotIpAddress with bare IPs), plus extras of their own. */
const adminEdited: PolicyDocument = JSON.parse(`{
  "Version": "2012-10-17",
  "Id": "kept",
  "Statement": [
    { "Sid": "Mine", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::docs/*",
      "Condition": { "NotIpAddress": { "aws:SourceIp": "10.9.9.9" } } },
    { "Sid": "Block", "Effect": "Deny", "NotAction": ["sts:GetSessionToken"], "Resource": "*",
      "Condition": {
        "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" },
        "NotIpAddress": { "aws:SourceIp": ["192.0.2.1", "198.51.100.0/24"], "aws:VpcSourceIp": "10.0.0.0/8" },
        "StringLike": { "aws:username": "*" }
      } }
  ]
}`);

describe(findMfaDenyStatement.name, () => {
  it('finds_the_generated_statement_by_sid', () => {
    expect(findMfaDenyStatement(buildMfaPolicy({ trustedCidrs: [] }))?.index).toBe(4);
  });
  it('finds_an_admin_written_deny_by_its_condition', () => {
    expect(findMfaDenyStatement(adminEdited)?.statement.Sid).toBe('Block');
  });
  it('accepts_plain_bool_and_a_boolean_value', () => {
    const document: PolicyDocument = {
      Statement: {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { Bool: { 'aws:multifactorauthpresent': false } },
      },
    };
    expect(findMfaDenyStatement(document)?.index).toBe(0);
  });
  it.each<[string, PolicyDocument]>([
    [
      'allow_is_not_a_deny',
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      },
    ],
    [
      'deny_on_mfa_true',
      {
        Statement: [
          {
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ],
      },
    ],
    ['deny_without_condition', { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] }],
    ['empty_statement_list', { Statement: [] }],
  ])('none_when_%s', (_name, document) => {
    expect(findMfaDenyStatement(document)).toBeUndefined();
  });
});

describe(getTrustedCidrs.name, () => {
  it('reads_the_list_of_the_deny_statement_only', () => {
    expect(getTrustedCidrs(adminEdited)).toEqual(['192.0.2.1', '198.51.100.0/24']);
    expect(getTrustedCidrs(buildMfaPolicy({ trustedCidrs: ['2001:db8::/32'] }))).toEqual(['2001:db8::/32']);
  });
  it('empty_without_a_source_ip_condition', () => {
    expect(getTrustedCidrs(buildMfaPolicy({ trustedCidrs: [] }))).toEqual([]);
  });
  it('refuses_a_policy_without_the_mfa_deny', () => {
    const document: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    expect(() => getTrustedCidrs(document, 'Inline policy P of group G')).toThrow(
      'Inline policy P of group G has no statement that denies access without MFA',
    );
  });
});

describe(setTrustedCidrs.name, () => {
  it('replaces_only_the_source_ip_list', () => {
    const edited = setTrustedCidrs(adminEdited, ['203.0.113.0/24']);
    const expected = structuredClone(adminEdited);
    (expected.Statement as never as Array<{ Condition: Record<string, Record<string, unknown>> }>)[1]!
      .Condition.NotIpAddress!['aws:SourceIp'] = ['203.0.113.0/24'];
    expect(policyToJson(edited)).toBe(policyToJson(expected));
  });
  it('does_not_mutate_its_input', () => {
    const before = policyToJson(adminEdited);
    setTrustedCidrs(adminEdited, []);
    expect(policyToJson(adminEdited)).toBe(before);
  });
  it('removing_all_keeps_sibling_keys_of_the_operator', () => {
    const edited = setTrustedCidrs(adminEdited, []);
    const deny = findMfaDenyStatement(edited)!.statement;
    expect(deny.Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
      NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' },
      StringLike: { 'aws:username': '*' },
    });
    expect(getTrustedCidrs(edited)).toEqual([]);
  });
  it('removing_the_last_key_drops_the_operator', () => {
    const edited = setTrustedCidrs(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }), []);
    expect(policyToJson(edited)).toBe(policyToJson(buildMfaPolicy({ trustedCidrs: [] })));
  });
  it('adding_to_a_policy_without_the_exception_matches_the_builder', () => {
    const edited = setTrustedCidrs(buildMfaPolicy({ trustedCidrs: [] }), ['192.0.2.0/24', '2001:db8::/32']);
    expect(policyToJson(edited)).toBe(
      policyToJson(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24', '2001:db8::/32'] })),
    );
  });
  it('keeps_the_ifexists_spelling_an_admin_chose', () => {
    const document: PolicyDocument = {
      Statement: [
        {
          Effect: 'Deny',
          NotAction: 'sts:GetSessionToken',
          Resource: '*',
          Condition: {
            BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
            NotIpAddressIfExists: { 'AWS:SourceIP': '192.0.2.1' },
          },
        },
      ],
    };
    const edited = setTrustedCidrs(document, ['192.0.2.2/32']);
    expect((edited.Statement as never as Array<{ Condition: unknown }>)[0]!.Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
      NotIpAddressIfExists: { 'AWS:SourceIP': ['192.0.2.2/32'] },
    });
  });
  it('single_statement_object_stays_an_object', () => {
    const document: PolicyDocument = {
      Statement: {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    };
    const edited = setTrustedCidrs(document, ['192.0.2.0/24']);
    expect(Array.isArray(edited.Statement)).toBe(false);
    expect(getTrustedCidrs(edited)).toEqual(['192.0.2.0/24']);
  });
  it('touches_nothing_without_the_mfa_deny', () => {
    const document: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    let error: unknown;
    try {
      setTrustedCidrs(document, ['192.0.2.0/24']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AwsMfaError);
    expect((error as AwsMfaError).code).toBe('POLICY_INVALID');
    expect((error as AwsMfaError).message).toContain('nothing was changed');
    expect(document).toEqual({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
  });
});
