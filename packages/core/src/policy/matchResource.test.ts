// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import { describe, expect, it } from 'vitest';
import { contextLookup } from './contextLookup.js';
import { matchAction } from './matchAction.js';
import { matchResource } from './matchResource.js';

const context = contextLookup({ 'aws:username': 'cli-user' });

describe(matchAction.name, () => {
  it.each([
    [['*'], 'sts:GetSessionToken', true],
    [['iam:*'], 'IAM:CreateUser', true],
    [['iam:List*', 'sts:*'], 'sts:GetCallerIdentity', true],
    [['iam:List*'], 'iam:GetUser', false],
    [['s3:listallmybuckets'], 's3:ListAllMyBuckets', true],
    [['iam'], 'iam:ListUsers', false],
    [[], 'iam:ListUsers', false],
  ])('%j ~ %s: %s', (patterns, action, expected) => {
    expect(matchAction(patterns, action)).toBe(expected);
  });
});

describe(matchResource.name, () => {
  it.each([
    [['*'], 'arn:aws:s3:::*', true, true],
    [['arn:aws:iam::*:user/${aws:username}'], 'arn:aws:iam::123456789012:user/cli-user', true, true],
    [['arn:aws:iam::*:user/${aws:username}'], 'arn:aws:iam::123456789012:user/cli-user2', true, false],
    [['arn:aws:iam::*:user/${aws:username}'], 'arn:aws:iam::123456789012:user/${aws:username}', false, true],
    [['arn:aws:iam::*:user/CLI-user'], 'arn:aws:iam::123456789012:user/cli-user', true, false],
    [['arn:aws:s3:::bucket/*'], 'arn:aws:s3:::bucket', true, false],
  ])('%j ~ %s (variables %s): %s', (patterns, resource, variables, expected) => {
    expect(matchResource(patterns, resource, context, variables)).toBe(expected);
  });
});
