import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deleteSessionCache,
  listSessionCache,
  readSessionCache,
  sessionCacheDir,
  sessionCachePath,
  writeSessionCache,
} from './sessionCache.js';
import type { StsSession } from './stsSession.js';
import { serial, tempDir } from './testing/fixtures.js';

const now = Date.parse('2026-11-29T12:00:00Z');
const session = (overrides: Partial<StsSession> = {}): StsSession => ({
  profile: 'dev',
  mfaSerial: serial,
  sourceAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret',
  sessionToken: 'token',
  expiration: new Date(now + 3600_000).toISOString(),
  obtainedAt: new Date(now).toISOString(),
  ...overrides,
});
const lookup = (dir: string, extra: { nowMs?: number; window?: number; key?: string } = {}) =>
  readSessionCache({
    dir,
    profile: 'dev',
    mfaSerial: serial,
    sourceAccessKeyId: extra.key ?? 'AKIAIOSFODNN7EXAMPLE',
    nowMs: extra.nowMs ?? now,
    refreshWindowSeconds: extra.window ?? 300,
  });

describe('session cache', () => {
  it('defaults to ~/.aws/awsmfa/cache and honours AWSMFA_CACHE_DIR', () => {
    expect(sessionCacheDir({ HOME: '/home/a' })).toBe('/home/a/.aws/awsmfa/cache');
    expect(sessionCacheDir({ HOME: '/home/a', AWSMFA_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c');
  });

  it('round-trips a session in a 0600 file inside a 0700 folder', () => {
    const dir = join(tempDir(), 'cache');
    const path = writeSessionCache(dir, session());
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(lookup(dir)).toEqual({ hit: true, session: session(), path });
    expect(readdirSync(dir).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('one entry per profile + serial, never shared', () => {
    const dir = tempDir();
    const paths = new Set([
      sessionCachePath(dir, 'dev', serial),
      sessionCachePath(dir, 'dev', `${serial}2`),
      sessionCachePath(dir, 'dev/x', serial),
      sessionCachePath(dir, 'dev_x', serial),
    ]);
    expect(paths.size).toBe(4);
  });

  it('is a miss when expired, inside the refresh window, or made with a rotated key', () => {
    const dir = tempDir();
    writeSessionCache(dir, session());
    expect(lookup(dir, { nowMs: now + 3600_000 })).toMatchObject({ hit: false, reason: 'expired' });
    expect(lookup(dir, { nowMs: now + 3600_000 - 299_000 })).toMatchObject({
      hit: false,
      reason: 'refresh-window',
    });
    expect(lookup(dir, { nowMs: now + 3600_000 - 301_000 })).toMatchObject({ hit: true });
    // credential-process asks for 15 minutes of validity: the AWS CLI calls again below that.
    expect(lookup(dir, { nowMs: now + 46 * 60_000, window: 900 })).toMatchObject({
      reason: 'refresh-window',
    });
    expect(lookup(dir, { key: 'AKIAROTATEDKEY000000' })).toMatchObject({ hit: false, reason: 'key-rotated' });
  });

  it.each([
    ['truncated JSON', '{"version":1,"profile":"dev"'],
    ['empty file (the AWS CLI breaks on these, aws-cli#5528)', ''],
    ['wrong version', JSON.stringify({ ...session(), version: 2 })],
    ['missing token', JSON.stringify({ ...session(), version: 1, sessionToken: undefined })],
    ['bad date', JSON.stringify({ ...session(), version: 1, expiration: 'soon' })],
    ['another profile', JSON.stringify({ ...session(), version: 1, profile: 'prod' })],
    ['not an object', '[1,2]'],
  ])('a corrupt entry (%s) is a miss with a warning', (_name, content) => {
    const dir = tempDir();
    chmodSync(dir, 0o700);
    writeFileSync(sessionCachePath(dir, 'dev', serial), content, { mode: 0o600 });
    const result = lookup(dir);
    expect(result).toMatchObject({ hit: false, reason: 'corrupt' });
    expect(result.hit ? '' : result.warning?.english).toMatch(/corrupt/);
  });

  it('a group/world-readable entry is a miss with a warning, and a rewrite makes it 0600', () => {
    const dir = tempDir();
    const path = writeSessionCache(dir, session());
    chmodSync(path, 0o644);
    const result = lookup(dir);
    expect(result).toMatchObject({ hit: false, reason: 'permissions' });
    expect(result.hit ? '' : result.warning?.english).toContain('0644');
    writeSessionCache(dir, session());
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(lookup(dir).hit).toBe(true);
  });

  it('a cache folder others can enter is a miss, and writing tightens it to 0700', () => {
    const dir = tempDir();
    writeSessionCache(dir, session());
    chmodSync(dir, 0o755);
    const result = lookup(dir);
    expect(result).toMatchObject({ hit: false, reason: 'permissions' });
    expect(result.hit ? '' : result.warning?.english).toContain('0755');
    writeSessionCache(dir, session());
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(lookup(dir).hit).toBe(true);
  });

  it('a crash before the rename leaves the old entry intact', () => {
    const dir = tempDir();
    const path = writeSessionCache(dir, session());
    const before = readFileSync(path, 'utf8');
    expect(() =>
      writeSessionCache(dir, session({ accessKeyId: 'ASIANEW' }), {
        beforeRename: () => {
          throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('logout deletes one profile or all, and list shows what is there', () => {
    const dir = tempDir();
    writeSessionCache(dir, session());
    writeSessionCache(dir, session({ profile: 'prod' }));
    writeSessionCache(dir, session({ profile: 'dev_x' }));
    expect(listSessionCache(dir).map((e) => e.session.profile)).toEqual(['dev', 'dev_x', 'prod']);
    expect(deleteSessionCache(dir, { profile: 'dev' })).toHaveLength(1);
    expect(listSessionCache(dir).map((e) => e.session.profile)).toEqual(['dev_x', 'prod']);
    expect(deleteSessionCache(dir)).toHaveLength(2);
    expect(listSessionCache(dir)).toEqual([]);
    expect(deleteSessionCache(join(dir, 'missing'))).toEqual([]);
  });
});
