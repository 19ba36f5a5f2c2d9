// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import { describe, expect, it } from 'vitest';
import { evaluateConditions, isConditionOperator } from './conditions.js';
import { contextLookup } from './contextLookup.js';
import type { ConditionBlock, RequestContext } from './types.js';

type Context = RequestContext['context'];
const holds = (block: ConditionBlock, context: Context, policyVariables = true) =>
  evaluateConditions(block, contextLookup(context), policyVariables).holds;

const longTermKey: Context = { 'aws:username': 'cli-user', 'aws:SourceIp': '203.0.113.9' };
const mfaSession: Context = {
  ...longTermKey,
  'aws:MultiFactorAuthPresent': 'true',
  'aws:MultiFactorAuthAge': '120',
};
const noMfaSession: Context = { ...longTermKey, 'aws:MultiFactorAuthPresent': 'false' };

describe(evaluateConditions.name, () => {
  // Each row: operator, key, policy value(s), request context, expected. Names follow the
  // "IAM JSON policy elements: Condition operators" page.
  it.each<[string, string, string, string | string[], Context, boolean]>([
    // Bool and the reason the MFA policy needs BoolIfExists.
    [
      'bool_false_matches_session_without_mfa',
      'Bool',
      'aws:MultiFactorAuthPresent',
      'false',
      noMfaSession,
      true,
    ],
    ['bool_false_misses_long_term_key', 'Bool', 'aws:MultiFactorAuthPresent', 'false', longTermKey, false],
    [
      'boolifexists_false_catches_long_term_key',
      'BoolIfExists',
      'aws:MultiFactorAuthPresent',
      'false',
      longTermKey,
      true,
    ],
    [
      'boolifexists_false_misses_mfa_session',
      'BoolIfExists',
      'aws:MultiFactorAuthPresent',
      'false',
      mfaSession,
      false,
    ],
    ['bool_true_needs_mfa', 'Bool', 'aws:MultiFactorAuthPresent', 'true', mfaSession, true],
    ['bool_true_absent_key_is_false', 'Bool', 'aws:MultiFactorAuthPresent', 'true', longTermKey, false],
    ['bool_is_case_insensitive', 'Bool', 'aws:MultiFactorAuthPresent', 'TRUE', mfaSession, true],
    ['bool_garbage_value_never_matches', 'Bool', 'aws:MultiFactorAuthPresent', 'yes', mfaSession, false],
    // Strings.
    ['string_equals', 'StringEquals', 'aws:username', 'cli-user', longTermKey, true],
    ['string_equals_is_case_sensitive', 'StringEquals', 'aws:username', 'CLI-user', longTermKey, false],
    [
      'string_equals_values_are_ored',
      'StringEquals',
      'aws:username',
      ['alice', 'cli-user'],
      longTermKey,
      true,
    ],
    ['string_equals_star_is_literal', 'StringEquals', 'aws:username', 'cli-*', longTermKey, false],
    ['string_equals_absent_key_is_false', 'StringEquals', 'aws:PrincipalTag/team', 'ops', longTermKey, false],
    ['string_not_equals', 'StringNotEquals', 'aws:username', ['alice', 'bob'], longTermKey, true],
    [
      'string_not_equals_any_listed_value_fails',
      'StringNotEquals',
      'aws:username',
      ['alice', 'cli-user'],
      longTermKey,
      false,
    ],
    [
      'string_not_equals_absent_key_is_true',
      'StringNotEquals',
      'aws:PrincipalTag/team',
      'ops',
      longTermKey,
      true,
    ],
    ['string_equals_ignore_case', 'StringEqualsIgnoreCase', 'aws:username', 'CLI-USER', longTermKey, true],
    [
      'string_not_equals_ignore_case',
      'StringNotEqualsIgnoreCase',
      'aws:username',
      'CLI-USER',
      longTermKey,
      false,
    ],
    ['string_like_star', 'StringLike', 'aws:username', 'cli-*', longTermKey, true],
    ['string_like_question_mark', 'StringLike', 'aws:username', 'cli-use?', longTermKey, true],
    ['string_like_is_anchored', 'StringLike', 'aws:username', 'cli', longTermKey, false],
    ['string_not_like', 'StringNotLike', 'aws:username', 'admin-*', longTermKey, true],
    ['string_not_like_absent_key_is_true', 'StringNotLike', 'aws:PrincipalTag/team', '*', longTermKey, true],
    [
      'string_like_ifexists_absent_is_true',
      'StringLikeIfExists',
      'aws:PrincipalTag/team',
      'ops',
      longTermKey,
      true,
    ],
    [
      'string_like_ifexists_present_is_checked',
      'StringLikeIfExists',
      'aws:username',
      'ops',
      longTermKey,
      false,
    ],
    ['policy_variable_in_value', 'StringEquals', 'aws:username', '${aws:username}', longTermKey, true],
    ['key_names_are_case_insensitive', 'StringEquals', 'AWS:UserName', 'cli-user', longTermKey, true],
    // Numbers.
    ['numeric_less_than', 'NumericLessThan', 'aws:MultiFactorAuthAge', '3600', mfaSession, true],
    [
      'numeric_less_than_equals_edge',
      'NumericLessThanEquals',
      'aws:MultiFactorAuthAge',
      '120',
      mfaSession,
      true,
    ],
    ['numeric_greater_than', 'NumericGreaterThan', 'aws:MultiFactorAuthAge', '3600', mfaSession, false],
    [
      'numeric_greater_than_equals',
      'NumericGreaterThanEquals',
      'aws:MultiFactorAuthAge',
      '120',
      mfaSession,
      true,
    ],
    ['numeric_equals_decimal', 'NumericEquals', 'aws:MultiFactorAuthAge', '120.0', mfaSession, true],
    ['numeric_not_equals', 'NumericNotEquals', 'aws:MultiFactorAuthAge', '5', mfaSession, true],
    ['numeric_absent_key_is_false', 'NumericLessThan', 'aws:MultiFactorAuthAge', '3600', longTermKey, false],
    [
      'numeric_ifexists_absent_is_true',
      'NumericLessThanIfExists',
      'aws:MultiFactorAuthAge',
      '3600',
      longTermKey,
      true,
    ],
    ['numeric_garbage_never_matches', 'NumericLessThan', 'aws:MultiFactorAuthAge', 'soon', mfaSession, false],
    // Dates: ISO 8601 and epoch seconds.
    [
      'date_greater_than_iso',
      'DateGreaterThan',
      'aws:CurrentTime',
      '2020-01-01T00:00:00Z',
      { 'aws:CurrentTime': '2026-03-01T12:00:00Z' },
      true,
    ],
    [
      'date_less_than_iso',
      'DateLessThan',
      'aws:CurrentTime',
      '2020-01-01T00:00:00Z',
      { 'aws:CurrentTime': '2026-03-01T12:00:00Z' },
      false,
    ],
    [
      'date_epoch_policy_value',
      'DateLessThanEquals',
      'aws:CurrentTime',
      '1772366400',
      { 'aws:CurrentTime': '2026-03-01T12:00:00Z' },
      true,
    ],
    [
      'date_equals',
      'DateEquals',
      'aws:EpochTime',
      '2026-03-01T12:00:00Z',
      { 'aws:EpochTime': '1772366400' },
      true,
    ],
    [
      'date_not_equals',
      'DateNotEquals',
      'aws:EpochTime',
      '2026-03-01T12:00:01Z',
      { 'aws:EpochTime': '1772366400' },
      true,
    ],
    [
      'date_garbage_never_matches',
      'DateGreaterThan',
      'aws:CurrentTime',
      'yesterday',
      { 'aws:CurrentTime': '2026-03-01T12:00:00Z' },
      false,
    ],
    // IP addresses.
    ['ip_address_in_block', 'IpAddress', 'aws:SourceIp', '203.0.113.0/24', longTermKey, true],
    ['ip_address_bare_ip', 'IpAddress', 'aws:SourceIp', '203.0.113.9', longTermKey, true],
    ['ip_address_other_block', 'IpAddress', 'aws:SourceIp', '192.0.2.0/24', longTermKey, false],
    ['ip_address_absent_key_is_false', 'IpAddress', 'aws:SourceIp', '0.0.0.0/0', {}, false],
    [
      'not_ip_address_outside',
      'NotIpAddress',
      'aws:SourceIp',
      ['192.0.2.0/24', '2001:db8::/32'],
      longTermKey,
      true,
    ],
    [
      'not_ip_address_inside',
      'NotIpAddress',
      'aws:SourceIp',
      ['192.0.2.0/24', '203.0.113.9/32'],
      longTermKey,
      false,
    ],
    ['not_ip_address_absent_key_is_true', 'NotIpAddress', 'aws:SourceIp', '192.0.2.0/24', {}, true],
    [
      'not_ip_address_ifexists_absent_is_true',
      'NotIpAddressIfExists',
      'aws:SourceIp',
      '192.0.2.0/24',
      {},
      true,
    ],
    [
      'ip_address_ipv6',
      'IpAddress',
      'aws:SourceIp',
      '2001:db8::/32',
      { 'aws:SourceIp': '2001:db8::7' },
      true,
    ],
    [
      'ip_address_garbage_value_ignored',
      'IpAddress',
      'aws:SourceIp',
      ['nope', '203.0.113.9'],
      longTermKey,
      true,
    ],
    [
      'ip_address_garbage_request_value',
      'IpAddress',
      'aws:SourceIp',
      '0.0.0.0/0',
      { 'aws:SourceIp': 'localhost' },
      false,
    ],
    // ARNs: each of the six parts matched on its own.
    [
      'arn_like',
      'ArnLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:user/cli-*',
      { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/cli-user' },
      true,
    ],
    [
      'arn_equals_allows_wildcards_too',
      'ArnEquals',
      'aws:PrincipalArn',
      'arn:aws:iam::*:user/cli-user',
      { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/cli-user' },
      true,
    ],
    [
      'arn_star_stays_inside_its_part',
      'ArnLike',
      'aws:PrincipalArn',
      'arn:aws:*:user/cli-user',
      { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/cli-user' },
      false,
    ],
    [
      'arn_resource_part_may_hold_colons',
      'ArnLike',
      'aws:SourceArn',
      'arn:aws:logs:*:*:log-group:*',
      { 'aws:SourceArn': 'arn:aws:logs:us-east-1:123456789012:log-group:app' },
      true,
    ],
    [
      'arn_not_like',
      'ArnNotLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:role/*',
      { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/cli-user' },
      true,
    ],
    ['arn_not_equals_absent_is_true', 'ArnNotEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*', {}, true],
    [
      'arn_like_non_arn_value',
      'ArnLike',
      'aws:PrincipalArn',
      'arn:aws:iam::*:user/*',
      { 'aws:PrincipalArn': 'cli-user' },
      false,
    ],
    // Binary and Null.
    ['binary_equals', 'BinaryEquals', 'key', 'QmluYXJ5VmFsdWU=', { key: 'QmluYXJ5VmFsdWU=' }, true],
    ['binary_equals_absent_is_false', 'BinaryEquals', 'key', 'QmluYXJ5VmFsdWU=', {}, false],
    ['null_true_means_absent', 'Null', 'aws:TokenIssueTime', 'true', longTermKey, true],
    ['null_true_with_key_present', 'Null', 'aws:SourceIp', 'true', longTermKey, false],
    ['null_false_means_present', 'Null', 'aws:SourceIp', 'false', longTermKey, true],
    ['null_false_with_key_absent', 'Null', 'aws:TokenIssueTime', 'false', longTermKey, false],
    // Set operators over multivalued keys (documented aws:TagKeys examples).
    [
      'for_all_values_subset',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['environment', 'cost-center'],
      { 'aws:TagKeys': ['environment'] },
      true,
    ],
    [
      'for_all_values_extra_value',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['environment', 'cost-center'],
      { 'aws:TagKeys': ['environment', 'owner'] },
      false,
    ],
    [
      'for_all_values_absent_key_is_true',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['environment'],
      {},
      true,
    ],
    [
      'for_all_values_empty_list_is_true',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['environment'],
      { 'aws:TagKeys': [] },
      true,
    ],
    [
      'for_any_value_one_match',
      'ForAnyValue:StringEquals',
      'aws:TagKeys',
      ['environment'],
      { 'aws:TagKeys': ['environment', 'owner'] },
      true,
    ],
    [
      'for_any_value_no_match',
      'ForAnyValue:StringEquals',
      'aws:TagKeys',
      ['project'],
      { 'aws:TagKeys': ['environment', 'owner'] },
      false,
    ],
    [
      'for_any_value_absent_key_is_false',
      'ForAnyValue:StringEquals',
      'aws:TagKeys',
      ['environment'],
      {},
      false,
    ],
    [
      'for_any_value_like',
      'ForAnyValue:StringLike',
      'aws:TagKeys',
      'env*',
      { 'aws:TagKeys': ['owner', 'environment'] },
      true,
    ],
    [
      'for_all_values_not_equals',
      'ForAllValues:StringNotEquals',
      'aws:TagKeys',
      ['secret'],
      { 'aws:TagKeys': ['a', 'b'] },
      true,
    ],
    [
      'for_all_values_not_equals_one_forbidden',
      'ForAllValues:StringNotEquals',
      'aws:TagKeys',
      ['secret'],
      { 'aws:TagKeys': ['a', 'secret'] },
      false,
    ],
    [
      'for_any_value_not_equals',
      'ForAnyValue:StringNotEquals',
      'aws:TagKeys',
      ['secret'],
      { 'aws:TagKeys': ['a', 'secret'] },
      true,
    ],
    ['for_any_value_ifexists_absent', 'ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['x'], {}, true],
    [
      'multivalued_without_set_operator_matches_any',
      'StringEquals',
      'aws:TagKeys',
      'owner',
      { 'aws:TagKeys': ['environment', 'owner'] },
      true,
    ],
    // Operators IAM does not know never hold.
    ['unknown_operator', 'StringSortOf', 'aws:username', 'cli-user', longTermKey, false],
    ['null_has_no_ifexists_form', 'NullIfExists', 'aws:username', 'false', longTermKey, false],
  ])('%s', (_name, operator, key, value, context, expected) => {
    expect(holds({ [operator]: { [key]: value } }, context)).toBe(expected);
  });

  it('keys_and_operators_are_anded', () => {
    const block = {
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false', 'aws:ViaAWSService': 'false' },
      NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] },
    };
    expect(holds(block, { ...longTermKey, 'aws:ViaAWSService': 'false' })).toBe(true);
    expect(holds(block, { ...longTermKey, 'aws:ViaAWSService': 'true' })).toBe(false);
    expect(holds(block, { ...longTermKey, 'aws:SourceIp': '192.0.2.1' })).toBe(false);
    expect(holds(block, { ...mfaSession })).toBe(false);
  });

  it('empty_or_missing_block_holds', () => {
    expect(holds({}, {})).toBe(true);
    expect(evaluateConditions(undefined, contextLookup({}), true).holds).toBe(true);
  });

  it('boolean_and_number_values_in_json_are_read_as_text', () => {
    expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': true } }, mfaSession)).toBe(true);
    expect(holds({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } }, mfaSession)).toBe(true);
  });

  it('policy_variables_only_in_version_2012_10_17', () => {
    expect(holds({ StringEquals: { 'aws:username': '${aws:username}' } }, longTermKey, false)).toBe(false);
    expect(
      holds(
        { StringEquals: { 'aws:username': '${aws:username}' } },
        { 'aws:username': '${aws:username}' },
        false,
      ),
    ).toBe(true);
  });

  it('unresolvable_variable_matches_nothing', () => {
    expect(holds({ StringEquals: { 'aws:username': '${aws:PrincipalTag/team}' } }, longTermKey)).toBe(false);
    expect(holds({ StringNotEquals: { 'aws:username': '${aws:PrincipalTag/team}' } }, longTermKey)).toBe(
      true,
    );
  });

  it.each([
    [
      'BoolIfExists',
      'aws:MultiFactorAuthPresent',
      'false',
      longTermKey,
      'aws:MultiFactorAuthPresent is absent (BoolIfExists)',
    ],
    [
      'Bool',
      'aws:MultiFactorAuthPresent',
      'true',
      noMfaSession,
      'aws:MultiFactorAuthPresent is false, not true',
    ],
    ['Bool', 'aws:ViaAWSService', 'false', { 'aws:ViaAWSService': 'false' }, 'aws:ViaAWSService is false'],
    [
      'NotIpAddress',
      'aws:SourceIp',
      ['192.0.2.0/24'],
      longTermKey,
      'aws:SourceIp 203.0.113.9 is not in [192.0.2.0/24]',
    ],
    [
      'NotIpAddress',
      'aws:SourceIp',
      ['203.0.113.0/24'],
      longTermKey,
      'aws:SourceIp 203.0.113.9 is in [203.0.113.0/24]',
    ],
    ['StringLike', 'aws:username', ['adm*'], longTermKey, 'aws:username cli-user matches none of [adm*]'],
    [
      'NumericLessThan',
      'aws:MultiFactorAuthAge',
      '3600',
      mfaSession,
      'aws:MultiFactorAuthAge 120 is less than one of [3600]',
    ],
    ['Null', 'aws:TokenIssueTime', 'true', longTermKey, 'aws:TokenIssueTime is absent (Null [true])'],
    [
      'ForAnyValue:StringEquals',
      'aws:TagKeys',
      'a',
      { 'aws:TagKeys': ['a', 'b'] },
      'aws:TagKeys [a, b] is one of [a] (ForAnyValue:StringEquals)',
    ],
    [
      'StringEquals',
      'aws:username',
      'x',
      { 'aws:username': 'evil\nname' },
      'aws:username "evil\\nname" is none of [x]',
    ],
  ])('reason for %s %s', (operator, key, value, context, reason) => {
    const { outcomes } = evaluateConditions({ [operator]: { [key]: value } }, contextLookup(context), true);
    expect(outcomes.map((outcome) => outcome.reason)).toEqual([reason]);
  });
});

describe(isConditionOperator.name, () => {
  it.each([
    ['StringEquals', true],
    ['ForAllValues:StringLikeIfExists', true],
    ['forallvalues:stringlike', true],
    ['Null', true],
    ['NullIfExists', false],
    ['IfExists', false],
    ['StringEqualz', false],
    ['ForSomeValues:StringEquals', false],
  ])('%s: %s', (operator, expected) => {
    expect(isConditionOperator(operator)).toBe(expected);
  });
});
