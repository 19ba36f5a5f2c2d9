// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import { describe, expect, it } from 'vitest';
import { contextLookup } from './contextLookup.js';
import { resolvePolicyVariables, substitutePolicyVariables } from './policyVariables.js';
import { patternText } from './wildcard.js';

const context = contextLookup({ 'aws:username': 'cli-user', 'aws:TagKeys': ['a', 'b'], weird: 'x*y' });

describe(substitutePolicyVariables.name, () => {
  it.each([
    ['plain', 'plain'],
    ['user/${aws:username}', 'user/cli-user'],
    ['user/${AWS:UserName}', 'user/cli-user'],
    ['${aws:username}${aws:username}', 'cli-usercli-user'],
    ["${aws:PrincipalTag/team, 'shared'}", 'shared'],
    ["${aws:username, 'shared'}", 'cli-user'],
    ["${aws:PrincipalTag/team,'x y'}", 'x y'],
    ['${*}${?}${$}', '*?$'],
    ['${unterminated', '${unterminated'],
    ['$ {aws:username}', '$ {aws:username}'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(substitutePolicyVariables(text, context)).toBe(expected);
  });

  it.each([
    ['missing_key', '${aws:PrincipalTag/team}'],
    ['multivalued_key', '${aws:TagKeys}'],
    ['empty_name', '${}'],
    ['garbage_default', '${aws:x, shared}'],
  ])('unresolved_%s', (_name, text) => {
    expect(substitutePolicyVariables(text, context)).toBeUndefined();
  });
});

describe(resolvePolicyVariables.name, () => {
  it('keeps_wildcards_of_the_policy_and_literals_of_values', () => {
    const pattern = resolvePolicyVariables('arn:*:${weird}/${*}?', context)!;
    expect(patternText(pattern)).toBe('arn:*:x*y/*?');
    expect(pattern.filter((unit) => unit === 'ANY' || unit === 'ONE')).toEqual(['ANY', 'ONE']);
  });
});
