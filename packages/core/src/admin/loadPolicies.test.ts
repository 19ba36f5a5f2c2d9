import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from './loadPolicies.js';

const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

describe('parsePolicyDocument', () => {
  it('reads plain JSON and the URL-encoded JSON IAM returns', () => {
    const text = JSON.stringify(document);
    expect(parsePolicyDocument(text, 'policy.json')).toEqual(document);
    expect(parsePolicyDocument(encodeURIComponent(text), 'inline policy p of user u')).toEqual(document);
  });

  it.each([
    ['a stray percent sign (URIError from decodeURIComponent)', 'not json, 100%'],
    ['a truncated escape', '%7B%22Statement%22%3A%5'],
    ['an empty file', ''],
    ['JSON without a Statement', '{"Version":"2012-10-17"}'],
  ])('%s is POLICY_INVALID naming the source', (_name, text) => {
    let thrown: unknown;
    try {
      parsePolicyDocument(text, 'policy.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'AwsMfaError', code: 'POLICY_INVALID' });
    expect((thrown as Error).message).toContain('policy.json');
  });
});
