import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isAwsMfaError } from '../errors.js';
import type { CodeSource } from './codeSource.js';
import { resolveCodeSource } from './codeSource.js';
import { stsSessionTokenIssuer } from './getSessionToken.js';
import { type ObtainSessionOptions, obtainSession } from './obtainSession.js';
import { readSessionCache, sessionCachePath } from './sessionCache.js';
import { readSpentCode, timeStepAt } from './spentCodes.js';
import { awsError, mockSts, profileFixture, serial, tempDir } from './testing/fixtures.js';

function setup(overrides: Partial<ObtainSessionOptions> = {}) {
  // 12:00:10 UTC: ten seconds into a TOTP step.
  let t = Date.parse('2026-11-29T12:00:10Z');
  const now = () => t;
  const sts = mockSts(now);
  const codes = ['111111', '222222', '333333'];
  const read = vi.fn(async () => codes.shift() ?? '999999');
  const notes: string[] = [];
  const waits: number[] = [];
  const reasons: string[] = [];
  const options: ObtainSessionOptions = {
    profile: profileFixture(),
    issueSessionToken: sts.issuer,
    codeSource: { origin: 'the prompt', renewable: true, read },
    cacheDir: tempDir(),
    now,
    notify: (m) => notes.push(m.english),
    waitForNextCode: async (until, reason) => {
      waits.push(until);
      reasons.push(reason.english);
      t = Math.max(t, until);
    },
    ...overrides,
  };
  return {
    options,
    sts,
    read,
    notes,
    waits,
    reasons,
    advance: (ms: number) => (t += ms),
    at: () => t,
  };
}

const fixed = (code: string): CodeSource => ({ origin: '--code', renewable: false, read: async () => code });

describe('obtainSession', () => {
  it('a cold cache costs one code and one GetSessionToken; the next call costs nothing', async () => {
    const s = setup();
    const first = await obtainSession(s.options);
    expect(first).toMatchObject({ kind: 'session', source: 'sts', session: { accessKeyId: 'ASIAMOCK1' } });
    expect(s.sts.send).toHaveBeenCalledTimes(1);
    expect(s.sts.send.mock.calls[0]![0].input).toEqual({
      SerialNumber: serial,
      TokenCode: '111111',
      DurationSeconds: 3600,
    });
    const path = sessionCachePath(s.options.cacheDir, 'dev', serial);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    s.advance(50 * 60_000);
    const second = await obtainSession(s.options);
    expect(second).toMatchObject({ kind: 'session', source: 'cache', session: { accessKeyId: 'ASIAMOCK1' } });
    expect(s.sts.send).toHaveBeenCalledTimes(1);
    expect(s.read).toHaveBeenCalledTimes(1);
  });

  it('refreshes inside the window: 5 min by default, 15 min for credential-process', async () => {
    const s = setup();
    await obtainSession(s.options);
    s.advance(46 * 60_000);
    expect((await obtainSession(s.options)).kind === 'session' && s.sts.send.mock.calls.length).toBe(1);
    await obtainSession({ ...s.options, refreshWindowSeconds: 900 });
    expect(s.sts.send).toHaveBeenCalledTimes(2);
  });

  it('uses --duration, then awsmfa_session_duration, and refuses bad ones before asking for a code', async () => {
    const s = setup({ profile: profileFixture({ sessionDuration: '90m' }) });
    await obtainSession(s.options);
    expect(s.sts.send.mock.calls[0]![0].input.DurationSeconds).toBe(5400);
    await obtainSession({ ...s.options, duration: '2h', refresh: true });
    expect(s.sts.send.mock.calls[1]![0].input.DurationSeconds).toBe(7200);

    const bad = setup({ duration: '10m' });
    await expect(obtainSession(bad.options)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const badProfile = setup({ profile: profileFixture({ sessionDuration: '2d' }) });
    await expect(obtainSession(badProfile.options)).rejects.toThrow(/awsmfa_session_duration of profile dev/);
    expect(bad.read).not.toHaveBeenCalled();
    expect(bad.sts.send).not.toHaveBeenCalled();
  });

  it('parallel callers in one process share one request and one code', async () => {
    const s = setup();
    const results = await Promise.all(Array.from({ length: 8 }, () => obtainSession(s.options)));
    expect(s.sts.send).toHaveBeenCalledTimes(1);
    expect(s.read).toHaveBeenCalledTimes(1);
    const keys = new Set(results.map((r) => (r.kind === 'session' ? r.session.accessKeyId : '')));
    expect(keys).toEqual(new Set(['ASIAMOCK1']));
  });

  it('a fixed code that was already spent is refused without a request', async () => {
    const s = setup({ codeSource: fixed('123456') });
    await obtainSession(s.options);
    s.advance(20_000);
    const error = await obtainSession({ ...s.options, refresh: true }).catch((e: unknown) => e);
    expect(isAwsMfaError(error) && error.code).toBe('MFA_CODE_REUSED');
    expect((error as Error).message).toContain('--code');
    expect(s.sts.send).toHaveBeenCalledTimes(1);
  });

  it('a renewable source waits for the next time step when the current code was spent', async () => {
    const s = setup();
    await obtainSession(s.options);
    const spentStep = timeStepAt(s.at());
    const result = await obtainSession({ ...s.options, refresh: true });
    expect(s.waits).toEqual([(spentStep + 1) * 30_000]);
    // One message, said by the wait (the CLI's countdown), not a second line beside it.
    expect(s.reasons).toEqual([`The current MFA code for ${serial} was already used`]);
    expect(s.notes.join('\n')).not.toContain('already used');
    expect(result).toMatchObject({ source: 'sts', session: { accessKeyId: 'ASIAMOCK2' } });
    expect(s.sts.send.mock.calls[1]![0].input.TokenCode).toBe('222222');
  });

  it('a prompt answered with the spent code waits and asks again instead of sending it', async () => {
    const s = setup();
    const codes = ['111111', '111111', '222222'];
    s.read.mockImplementation(async () => codes.shift()!);
    await obtainSession(s.options);
    s.advance(30_000); // next step: no wait before asking, but the user types the old code
    await obtainSession({ ...s.options, refresh: true });
    expect(s.read).toHaveBeenCalledTimes(3);
    expect(s.sts.send).toHaveBeenCalledTimes(2);
    expect(s.sts.send.mock.calls[1]![0].input.TokenCode).toBe('222222');
  });

  it('marks a code spent only when AWS answered: a network failure leaves it usable', async () => {
    const s = setup({ codeSource: fixed('123456') });
    const send = vi
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    send.mockResolvedValueOnce({
      Credentials: {
        AccessKeyId: 'ASIAOK',
        SecretAccessKey: 's',
        SessionToken: 't',
        Expiration: new Date(s.at() + 3600_000),
      },
    });
    const options = { ...s.options, issueSessionToken: stsSessionTokenIssuer(() => ({ send })) };
    await expect(obtainSession(options)).rejects.toMatchObject({ code: 'ENDPOINT_UNREACHABLE' });
    expect(readSpentCode(options.cacheDir, serial)).toBeUndefined();
    await expect(obtainSession(options)).resolves.toMatchObject({ session: { accessKeyId: 'ASIAOK' } });
    expect(readSpentCode(options.cacheDir, serial)?.timeStep).toBe(timeStepAt(s.at()));
  });

  it('a wrong code is MFA_CODE_INVALID and is not marked spent', async () => {
    const s = setup({ codeSource: fixed('123456') });
    const send = vi
      .fn()
      .mockRejectedValue(
        awsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '),
      );
    const options = { ...s.options, issueSessionToken: stsSessionTokenIssuer(() => ({ send })) };
    await expect(obtainSession(options)).rejects.toMatchObject({ code: 'MFA_CODE_INVALID' });
    expect(readSpentCode(options.cacheDir, serial)).toBeUndefined();
  });

  it('AWS saying the code was used marks it spent', async () => {
    const s = setup({ codeSource: fixed('123456') });
    const send = vi
      .fn()
      .mockRejectedValue(
        awsError('AccessDenied', 'MultiFactorAuthentication failed: MFA one time pass code already used.'),
      );
    const options = { ...s.options, issueSessionToken: stsSessionTokenIssuer(() => ({ send })) };
    await expect(obtainSession(options)).rejects.toMatchObject({ code: 'MFA_CODE_REUSED' });
    expect(readSpentCode(options.cacheDir, serial)).toBeDefined();
    await expect(obtainSession(options)).rejects.toMatchObject({ code: 'MFA_CODE_REUSED' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a corrupt cache entry is replaced, with a warning', async () => {
    const s = setup();
    writeFileSync(sessionCachePath(s.options.cacheDir, 'dev', serial), '{"version":1', { mode: 0o600 });
    await expect(obtainSession(s.options)).resolves.toMatchObject({ source: 'sts' });
    expect(s.notes.join('\n')).toMatch(/corrupt/);
    expect(
      readSessionCache({
        dir: s.options.cacheDir,
        profile: 'dev',
        mfaSerial: serial,
        nowMs: s.at(),
        refreshWindowSeconds: 300,
      }).hit,
    ).toBe(true);
  });

  it('a rotated long-term key invalidates the cached session', async () => {
    const s = setup();
    await obtainSession(s.options);
    const rotated = { ...s.options, profile: profileFixture({ accessKeyId: 'AKIANEWKEY0000000000' }) };
    await expect(obtainSession(rotated)).resolves.toMatchObject({ source: 'sts' });
    expect(s.sts.send.mock.calls.length).toBe(2);
  });

  describe('trusted networks', () => {
    const trusted = profileFixture({ trustedCidrs: ['203.0.113.0/24', 'garbage'] });
    it('inside awsmfa_trusted_ips: the long-term profile, no code, no request', async () => {
      const s = setup({ profile: trusted, publicIp: { lookup: async () => '203.0.113.9', source: 'test' } });
      await expect(obtainSession(s.options)).resolves.toEqual({
        kind: 'trusted',
        ip: '203.0.113.9',
        cidr: '203.0.113.0/24',
      });
      expect(s.read).not.toHaveBeenCalled();
    });
    it('--mfa forces a session; outside gets one too', async () => {
      const inside = setup({
        profile: trusted,
        forceMfa: true,
        publicIp: { lookup: async () => '203.0.113.9', source: 'test' },
      });
      await expect(obtainSession(inside.options)).resolves.toMatchObject({ kind: 'session' });
      const outside = setup({
        profile: trusted,
        publicIp: { lookup: async () => '198.51.100.1', source: 'test' },
      });
      await expect(obtainSession(outside.options)).resolves.toMatchObject({ kind: 'session' });
    });
    it('a failed lookup falls back to MFA and says so', async () => {
      const s = setup({
        profile: trusted,
        publicIp: {
          lookup: async () => {
            throw new Error('timed out');
          },
          source: 'test',
        },
      });
      await expect(obtainSession(s.options)).resolves.toMatchObject({ kind: 'session' });
      expect(s.notes.join('\n')).toContain('Could not look up the public IP (timed out); using MFA.');
    });
    it('the looked-up IP is cached for a minute', async () => {
      const lookup = vi.fn(async () => '203.0.113.9');
      const s = setup({ profile: trusted, publicIp: { lookup, source: 'test' } });
      await obtainSession(s.options);
      s.advance(30_000);
      await obtainSession(s.options);
      expect(lookup).toHaveBeenCalledTimes(1);
      s.advance(31_000);
      await obtainSession(s.options);
      expect(lookup).toHaveBeenCalledTimes(2);
    });
  });

  it.each([
    ['no mfa_serial', profileFixture({ mfaSerial: undefined }), 'PROFILE_INCOMPLETE', /has no mfa_serial/],
    ['no keys', profileFixture({ accessKeyId: undefined }), 'PROFILE_INCOMPLETE', /has no access key/],
    [
      'session keys',
      profileFixture({ accessKeyId: 'ASIAXXXXXXXXXXXXXXXX', sessionToken: 't' }),
      'CREDENTIALS_INVALID',
      /session credentials \(ASIA\*+\)/,
    ],
  ])('a profile with %s is refused before any request', async (_name, profile, code, message) => {
    const s = setup({ profile });
    const error = await obtainSession(s.options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
    expect(s.sts.send).not.toHaveBeenCalled();
  });

  it('reports a clock skew over 30 s, and adds it to a rejected code', async () => {
    const s = setup({ clockSkewSeconds: () => -95 });
    await obtainSession(s.options);
    expect(s.notes.join('\n')).toContain('clock is 95 s behind AWS');
    const send = vi
      .fn()
      .mockRejectedValue(
        awsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '),
      );
    const error = await obtainSession({
      ...s.options,
      codeSource: fixed('654321'),
      refresh: true,
      issueSessionToken: stsSessionTokenIssuer(() => ({ send })),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MFA_CODE_INVALID' });
    expect((error as { hint: string }).hint).toContain('95 s behind');
  });

  it('without any code source: MFA_CODE_UNAVAILABLE, and no request', async () => {
    const s = setup({ codeSource: resolveCodeSource({ env: {}, profile: profileFixture() }) });
    await expect(obtainSession(s.options)).rejects.toMatchObject({ code: 'MFA_CODE_UNAVAILABLE' });
    expect(s.sts.send).not.toHaveBeenCalled();
  });

  it('leaves no temporary files behind', async () => {
    const s = setup();
    await obtainSession(s.options);
    expect(readdirSync(s.options.cacheDir).filter((n) => n.startsWith('.tmp'))).toEqual([]);
  });
});

describe('obtainSession with keys in a key store', () => {
  const stored = () =>
    profileFixture({
      accessKeyId: undefined,
      secretAccessKey: undefined,
      keyStore: 'keyring',
      storedAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    });
  const keys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'from-the-keyring' };

  it('opens the keys only for a request, before the code is asked; a cached session never opens them', async () => {
    const order: string[] = [];
    const openKeys = vi.fn(async () => {
      order.push('keys');
      return keys;
    });
    const s = setup({ profile: stored(), openKeys });
    s.read.mockImplementation(async () => {
      order.push('code');
      return '111111';
    });
    expect(await obtainSession(s.options)).toMatchObject({ kind: 'session', source: 'sts' });
    expect(order).toEqual(['keys', 'code']);
    expect(openKeys).toHaveBeenCalledWith(expect.objectContaining({ name: 'dev' }));
    expect(
      readSessionCache({
        dir: s.options.cacheDir,
        profile: 'dev',
        mfaSerial: serial,
        nowMs: s.at(),
        refreshWindowSeconds: 0,
      }),
    ).toMatchObject({
      hit: true,
      session: { sourceAccessKeyId: keys.accessKeyId },
    });
    s.advance(10 * 60_000);
    expect(await obtainSession(s.options)).toMatchObject({ kind: 'session', source: 'cache' });
    expect(openKeys).toHaveBeenCalledTimes(1);
  });

  it('a store that cannot be opened fails before any code is asked or request made', async () => {
    const locked = Object.assign(new Error('locked'), { name: 'AwsMfaError', code: 'STORE_UNAVAILABLE' });
    const s = setup({ profile: stored(), openKeys: async () => Promise.reject(locked) });
    await expect(obtainSession(s.options)).rejects.toBe(locked);
    expect(s.read).not.toHaveBeenCalled();
    expect(s.sts.send).not.toHaveBeenCalled();
  });

  it('without awsmfa_access_key_id no cached session counts (the key it was made with is unknown)', async () => {
    const s = setup({ profile: stored(), openKeys: async () => keys });
    await obtainSession(s.options);
    const unrecorded = { ...stored(), storedAccessKeyId: undefined };
    expect(await obtainSession({ ...s.options, profile: unrecorded })).toMatchObject({ source: 'sts' });
  });
});
