import { describe, expect, it } from 'vitest';
import { QueryParams } from './queryParams.js';

const params = new QueryParams(
  new URLSearchParams(
    'Action=SimulatePrincipalPolicy&ActionNames.member.2=s3:GetObject&ActionNames.member.1=s3:ListAllMyBuckets&ActionNames.member.10=iam:ListUsers' +
      '&ContextEntries.member.1.ContextKeyName=aws:SourceIp&ContextEntries.member.1.ContextKeyValues.member.1=10.0.0.1' +
      '&ContextEntries.member.1.ContextKeyValues.member.2=10.0.0.2&ContextEntries.member.1.ContextKeyType=ipList&Empty=',
  ),
);

describe('QueryParams', () => {
  it('reads lists in index order (10 after 2)', () => {
    expect(params.list('ActionNames')).toEqual(['s3:ListAllMyBuckets', 's3:GetObject', 'iam:ListUsers']);
    expect(params.list('Missing')).toEqual([]);
  });

  it('reads lists of structures with nested lists', () => {
    const [entry] = params.structures('ContextEntries');
    expect(entry?.get('ContextKeyName')).toBe('aws:SourceIp');
    expect(entry?.list('ContextKeyValues')).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('required: an empty value is a value; a missing one is AWS’s ValidationError', () => {
    expect(params.required('Empty')).toBe('');
    expect(() => params.required('UserName')).toThrow(
      "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('integer: digits only', () => {
    expect(new QueryParams([['DurationSeconds', '900']]).integer('DurationSeconds')).toBe(900);
    expect(new QueryParams([]).integer('DurationSeconds')).toBeUndefined();
    expect(() => new QueryParams([['DurationSeconds', '9e2']]).integer('DurationSeconds')).toThrow();
  });
});
