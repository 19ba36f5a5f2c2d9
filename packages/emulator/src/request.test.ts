import { describe, expect, it } from 'vitest';
import { QueryParams } from './queryParams.js';
import { serviceOf, splitUrl } from './request.js';

describe('splitUrl', () => {
  it.each([
    ['/', '/', {}],
    ['/bucket?prefix=a%2Fb&x-id=ListObjectsV2', '/bucket', { prefix: 'a/b', 'x-id': 'ListObjectsV2' }],
    ['/?a=1&a=2', '/', { a: ['1', '2'] }],
    ['/?plus=a+b&space=a%20b', '/', { plus: 'a+b', space: 'a b' }],
    ['/?flag', '/', { flag: '' }],
    ['/?bad=%E0%A4%A', '/', { bad: '%E0%A4%A' }],
  ])('%s', (url, path, query) => {
    expect(splitUrl(url)).toEqual({ path, query });
  });
});

describe('serviceOf', () => {
  it('prefers the credential scope, else guesses from the API version', () => {
    const none = new QueryParams([]);
    expect(serviceOf('AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/iam/aws4_request, …', none)).toBe(
      'iam',
    );
    expect(serviceOf(undefined, new QueryParams([['Version', '2010-05-08']]))).toBe('iam');
    expect(serviceOf(undefined, new QueryParams([['Action', 'GetCallerIdentity']]))).toBe('sts');
    expect(serviceOf(undefined, none)).toBe('s3');
  });
});
