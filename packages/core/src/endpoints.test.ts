import { describe, expect, it } from 'vitest';
import { resolveEndpoints, resolveProfileName, resolveRegion } from './endpoints.js';

describe(resolveEndpoints.name, () => {
  it('flag beats service variable beats global variable', () => {
    const env = { AWS_ENDPOINT_URL: 'http://global', AWS_ENDPOINT_URL_STS: 'http://sts' };
    expect(resolveEndpoints({ env })).toEqual({ sts: 'http://sts', iam: 'http://global' });
    expect(resolveEndpoints({ env, endpointUrl: 'http://flag' })).toEqual({
      sts: 'http://flag',
      iam: 'http://flag',
    });
    expect(resolveEndpoints({ env: {} })).toEqual({ sts: undefined, iam: undefined });
  });
  it('empty_variable_is_not_an_endpoint', () => {
    expect(resolveEndpoints({ env: { AWS_ENDPOINT_URL: '' } }).sts).toBeUndefined();
  });
});

describe(resolveRegion.name, () => {
  it('follows the SDK order and defaults to us-east-1', () => {
    expect(resolveRegion({ env: { AWS_DEFAULT_REGION: 'b', AWS_REGION: 'a' } })).toBe('a');
    expect(resolveRegion({ env: { AWS_DEFAULT_REGION: 'b' }, profileRegion: 'c' })).toBe('b');
    expect(resolveRegion({ env: {}, profileRegion: 'c' })).toBe('c');
    expect(resolveRegion({ env: {}, region: 'd', profileRegion: 'c' })).toBe('d');
    expect(resolveRegion({ env: {} })).toBe('us-east-1');
  });
});

describe(resolveProfileName.name, () => {
  it('flag, then AWS_PROFILE, then default', () => {
    expect(resolveProfileName({ env: { AWS_PROFILE: 'dev' } })).toBe('dev');
    expect(resolveProfileName({ env: { AWS_PROFILE: 'dev' }, profile: 'prod' })).toBe('prod');
    expect(resolveProfileName({ env: {} })).toBe('default');
  });
});
