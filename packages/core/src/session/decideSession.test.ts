import { describe, expect, it } from 'vitest';
import { tempHome } from '../profiles/testing.js';
import { resolveCredentialChain } from './credentialChain.js';
import { decideSession, decideSessionFor, refreshWindowFor } from './decideSession.js';
import { sessionCacheDir, writeSessionCache } from './sessionCache.js';
import { profileFixture, serial, tempDir } from './testing/fixtures.js';

const nowMs = Date.parse('2026-11-29T12:00:00Z');
const keyId = 'AKIAIOSFODNN7EXAMPLE';

function cachedFor(dir: string, minutesLeft: number, sourceAccessKeyId = keyId) {
  writeSessionCache(dir, {
    profile: 'dev',
    mfaSerial: serial,
    sourceAccessKeyId,
    accessKeyId: 'ASIACACHED',
    secretAccessKey: 's',
    sessionToken: 't',
    expiration: new Date(nowMs + minutesLeft * 60_000).toISOString(),
    obtainedAt: new Date(nowMs).toISOString(),
  });
}

describe(decideSession.name, () => {
  const base = (overrides: Partial<Parameters<typeof decideSession>[0]> = {}) => ({
    chain: resolveCredentialChain(profileFixture()),
    cacheDir: tempDir(),
    nowMs,
    refreshWindowSeconds: 300,
    publicIp: 'unknown' as const,
    ...overrides,
  });

  it('hands out a cached session valid beyond the refresh window, and renews inside it', () => {
    const input = base();
    cachedFor(input.cacheDir, 10);
    expect(decideSession(input)).toMatchObject({ kind: 'cached', session: { accessKeyId: 'ASIACACHED' } });
    expect(
      decideSession({ ...input, refreshWindowSeconds: refreshWindowFor('credential-process') }),
    ).toMatchObject({ kind: 'renew' });
    expect(decideSession({ ...input, refresh: true })).toMatchObject({ kind: 'renew' });
  });

  it('a session made with a rotated key is not handed out', () => {
    const input = base();
    cachedFor(input.cacheDir, 50, 'AKIAOLDKEY0000000000');
    expect(decideSession(input)).toMatchObject({ kind: 'renew' });
  });

  it('with trusted IPs: looks the IP up first, then trusts it or goes on to the cache', () => {
    const chain = resolveCredentialChain(profileFixture({ trustedCidrs: ['203.0.113.0/24'] }));
    const input = base({ chain });
    cachedFor(input.cacheDir, 50);
    expect(decideSession({ ...input, publicIp: 'not-looked-up' })).toEqual({ kind: 'check-network' });
    expect(decideSession({ ...input, publicIp: { ip: '203.0.113.7' } })).toEqual({
      kind: 'trusted',
      ip: '203.0.113.7',
      cidr: '203.0.113.0/24',
    });
    expect(decideSession({ ...input, publicIp: { ip: '198.51.100.1' } })).toMatchObject({ kind: 'cached' });
    expect(decideSession({ ...input, publicIp: 'unknown' })).toMatchObject({ kind: 'cached' });
    expect(decideSession({ ...input, publicIp: { ip: '203.0.113.7' }, forceMfa: true })).toMatchObject({
      kind: 'cached',
    });
  });
});

describe(decideSessionFor.name, () => {
  const files = {
    '.aws/config': `[profile dev]\nregion = eu-west-1\nmfa_serial = ${serial}\n`,
    '.aws/credentials': `[dev]\naws_access_key_id = ${keyId}\naws_secret_access_key = secret\n`,
  };

  it('reads the profile named by --profile, else AWS_PROFILE, and its cached session', () => {
    const { env } = tempHome(files);
    cachedFor(sessionCacheDir(env), 20);
    const at = { purpose: 'env' as const, nowMs, ipSource: 'test' };
    expect(decideSessionFor({ ...at, env, profile: 'dev' }).decision.kind).toBe('cached');
    expect(decideSessionFor({ ...at, env: { ...env, AWS_PROFILE: 'dev' } }).profile.region).toBe('eu-west-1');
    expect(() => decideSessionFor({ ...at, env })).toThrow(/Profile default is in neither/);
  });
});
