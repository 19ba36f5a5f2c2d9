import { describe, expect, it } from 'vitest';
import {
  awsServiceUrl,
  checkEndpointUrl,
  checkRegion,
  resolveEndpoints,
  resolveProfileName,
  resolveRegion,
  withoutUserinfo,
} from './endpoints.js';

describe(resolveEndpoints.name, () => {
  it('flag beats service variable beats global variable', () => {
    const env = {
      AWS_ENDPOINT_URL: 'http://global',
      AWS_ENDPOINT_URL_STS: 'http://sts',
      AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://organizations',
    };
    expect(resolveEndpoints({ env })).toEqual({
      sts: 'http://sts',
      iam: 'http://global',
      organizations: 'http://organizations',
    });
    expect(resolveEndpoints({ env, endpointUrl: 'http://flag' })).toEqual({
      sts: 'http://flag',
      iam: 'http://flag',
      organizations: 'http://flag',
    });
    expect(resolveEndpoints({ env: {} })).toEqual({
      sts: undefined,
      iam: undefined,
      organizations: undefined,
    });
  });
  it('empty_variable_is_not_an_endpoint', () => {
    expect(resolveEndpoints({ env: { AWS_ENDPOINT_URL: '' } }).sts).toBeUndefined();
  });
  it('a bad URL is INVALID_INPUT naming where it came from', () => {
    expect(() => resolveEndpoints({ env: { AWS_ENDPOINT_URL_IAM: 'ftp://x' } })).toThrow(
      'AWS_ENDPOINT_URL_IAM ftp://x uses ftp scheme; only http and https are endpoints.',
    );
    expect(() => resolveEndpoints({ endpointUrl: 'notaurl', env: {} })).toThrow('--endpoint-url notaurl');
  });
});

describe(checkEndpointUrl.name, () => {
  it.each([
    'http://127.0.0.1:4566',
    'https://sts.eu-west-3.amazonaws.com/',
    'http://[::1]:8080/',
    'http://localhost:4566/prefix/',
  ])('accepts %s as it is', (url) => {
    expect(checkEndpointUrl(url, '--endpoint-url')).toBe(url);
  });

  it.each([
    ['file:///etc/passwd', 'uses file scheme'],
    ['ftp://x/', 'uses ftp scheme'],
    ['javascript:alert(1)', 'uses javascript scheme'],
    ['data:text/plain,x', 'uses data scheme'],
    ['notaurl', 'is not a URL'],
    [':99999', 'is not a URL'],
    ['http://[::1', 'is not a URL'],
    ['http://h:99999', 'is not a URL'],
    ['http://', 'is not a URL'],
    ['http://h/\nx', 'contains spaces or control characters'],
    ['http://h /', 'contains spaces or control characters'],
    ['http://h/?a=1', 'has a query'],
    ['http://h/#', 'has a fragment'],
    ['http://user:pass@h/', 'holds a user name or password'],
    ['http://user@h/', 'holds a user name or password'],
  ])('refuses %j: %s', (url, problem) => {
    expect(() => checkEndpointUrl(url, '--endpoint-url')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining(problem) }),
    );
  });

  it('allowQuery lets a query through (an IP lookup service), nothing else', () => {
    expect(checkEndpointUrl('https://api.example/?format=text', 'X', { allowQuery: true })).toBe(
      'https://api.example/?format=text',
    );
    expect(() => checkEndpointUrl('file:///x?y', 'X', { allowQuery: true })).toThrow('uses file scheme');
  });

  it('never repeats a password, nor raw control characters', () => {
    expect(() => checkEndpointUrl('http://alice:s3cr3t@h/', 'X')).toThrow(
      'X http://***@h/ holds a user name or password.',
    );
    expect(() => checkEndpointUrl('http://h/\u001b[2J', 'X')).toThrow('X http://h/\\u001b[2J contains');
  });
});

describe(withoutUserinfo.name, () => {
  it('drops the user name and password of URLs and of text that does not parse', () => {
    expect(withoutUserinfo('https://a:b@host:1/p@q')).toBe('https://***@host:1/p@q');
    expect(withoutUserinfo('http://a:b@[::1')).toBe('http://***@[::1');
    expect(withoutUserinfo('http://host/a@b')).toBe('http://host/a@b');
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

  it('checks the region it picks, naming its source, as botocore does', () => {
    expect(() => resolveRegion({ env: {}, profileRegion: 'x@127.0.0.1:9/#', profileName: 'dev' })).toThrow(
      "Provided region_name 'x@127.0.0.1:9/#' (region of profile dev) doesn't match a supported format.",
    );
    expect(() => resolveRegion({ env: { AWS_REGION: 'a.b' } })).toThrow('(AWS_REGION)');
    // Only the value that counts is checked.
    expect(resolveRegion({ env: { AWS_DEFAULT_REGION: 'a b' }, region: 'eu-west-3' })).toBe('eu-west-3');
  });
});

describe(checkRegion.name, () => {
  it.each(['us-east-1', 'cn-north-1', 'us-gov-west-1', 'eu-west-3', 'local', 'EU-WEST-1', 'a1'])(
    'accepts %s',
    (region) => {
      expect(checkRegion(region, 'r')).toBe(region);
    },
  );
  it.each([
    'x@y',
    'us-east-1.evil',
    'a/b',
    '-east',
    'east-',
    '123',
    'é',
    'us east',
    'us-east-1\n',
    'a'.repeat(64),
  ])('refuses %j', (region) => {
    expect(() => checkRegion(region, 'r')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe(awsServiceUrl.name, () => {
  it('builds the regional endpoint with the URL API', () => {
    expect(awsServiceUrl('sts', 'eu-west-3').href).toBe('https://sts.eu-west-3.amazonaws.com/');
    expect(awsServiceUrl('sts', 'cn-north-1').href).toBe('https://sts.cn-north-1.amazonaws.com.cn/');
    expect(() => awsServiceUrl('sts', 'x@127.0.0.1:9/#')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe(resolveProfileName.name, () => {
  it('flag, then AWS_PROFILE, then default', () => {
    expect(resolveProfileName({ env: { AWS_PROFILE: 'dev' } })).toBe('dev');
    expect(resolveProfileName({ env: { AWS_PROFILE: 'dev' }, profile: 'prod' })).toBe('prod');
    expect(resolveProfileName({ env: {} })).toBe('default');
  });
  it('AWSMFA_PROFILE (set by awsmfa env) comes after AWS_PROFILE and before default', () => {
    expect(resolveProfileName({ env: { AWSMFA_PROFILE: 'cli-user' } })).toBe('cli-user');
    expect(resolveProfileName({ env: { AWSMFA_PROFILE: 'cli-user', AWS_PROFILE: 'dev' } })).toBe('dev');
    expect(resolveProfileName({ env: { AWSMFA_PROFILE: 'cli-user' }, profile: 'prod' })).toBe('prod');
    expect(resolveProfileName({ env: { AWSMFA_PROFILE: ' ' } })).toBe('default');
  });
});
