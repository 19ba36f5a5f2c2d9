import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tempDir } from './testing/fixtures.js';
import { checkTrustedNetwork, httpPublicIpLookup, matchTrustedCidr } from './trustedNetwork.js';

async function ipServer(body: string, delayMs = 0) {
  const server = createServer((_req, res) => setTimeout(() => res.end(body), delayMs));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

describe('trusted network', () => {
  it('matches IPv4 and IPv6 CIDRs, skipping malformed ones', () => {
    expect(matchTrustedCidr(['nonsense', '10.0.0.0/8'], '10.1.2.3')).toBe('10.0.0.0/8');
    expect(matchTrustedCidr(['2001:db8::/32'], '2001:db8::1')).toBe('2001:db8::/32');
    expect(matchTrustedCidr(['10.0.0.0/8'], '11.0.0.1')).toBeUndefined();
  });

  it('looks up the IP over HTTP (checkip.amazonaws.com format)', async () => {
    const server = await ipServer('198.51.100.7\n');
    try {
      const state = await checkTrustedNetwork({
        cidrs: ['198.51.100.0/24'],
        lookup: httpPublicIpLookup(server.url),
        source: server.url,
        cacheDir: tempDir(),
        nowMs: Date.now(),
      });
      expect(state).toEqual({ trusted: true, ip: '198.51.100.7', cidr: '198.51.100.0/24' });
    } finally {
      await server.close();
    }
  });

  it('a slow or garbled lookup is an error, i.e. not trusted', async () => {
    const slow = await ipServer('198.51.100.7', 2000);
    const garbled = await ipServer('<html>');
    try {
      for (const lookup of [httpPublicIpLookup(slow.url, 200), httpPublicIpLookup(garbled.url)]) {
        const state = await checkTrustedNetwork({
          cidrs: ['0.0.0.0/0'],
          lookup,
          source: 'x',
          cacheDir: tempDir(),
          nowMs: Date.now(),
        });
        expect(state.trusted).toBe(false);
        expect('error' in state && state.error).toBeTruthy();
      }
    } finally {
      await slow.close();
      await garbled.close();
    }
  });
});
