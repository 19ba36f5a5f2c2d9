import { describe, expect, it } from 'vitest';
import { ipLookupUrl } from './publicIpLookup.js';

const checkip = 'https://checkip.amazonaws.com/';

describe('ipLookupUrl', () => {
  it.each([
    ['no endpoint: AWS', undefined, checkip],
    ['a regional STS endpoint', 'https://sts.eu-west-1.amazonaws.com', checkip],
    ['a FIPS endpoint', 'https://sts-fips.us-east-1.amazonaws.com', checkip],
    ['a VPC endpoint', 'https://vpce-0abc-1234.sts.us-east-1.vpce.amazonaws.com', checkip],
    ['China', 'https://sts.cn-north-1.amazonaws.com.cn', checkip],
    ['dual-stack', 'https://sts.us-east-1.api.aws', checkip],
    ['the sandbox', 'http://127.0.0.1:4599', 'http://127.0.0.1:4599/_awsmfa/checkip'],
    ['the sandbox with a path', 'http://localhost:4599/base/', 'http://localhost:4599/_awsmfa/checkip'],
    ['IPv6 sandbox', 'http://[::1]:4599', 'http://[::1]:4599/_awsmfa/checkip'],
    [
      'a lookalike host',
      'https://amazonaws.com.example.net',
      'https://amazonaws.com.example.net/_awsmfa/checkip',
    ],
  ])('%s', (_, endpoint, expected) => {
    expect(ipLookupUrl({}, endpoint)).toBe(expected);
  });

  it('AWSMFA_IP_LOOKUP_URL wins over both, and a malformed one is INVALID_INPUT', () => {
    const env = { AWSMFA_IP_LOOKUP_URL: 'http://192.0.2.1:8080/ip?format=text' };
    expect(ipLookupUrl(env, 'http://127.0.0.1:4599')).toBe('http://192.0.2.1:8080/ip?format=text');
    expect(() => ipLookupUrl({ AWSMFA_IP_LOOKUP_URL: 'ftp://x' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
