import { describe, expect, it, vi } from 'vitest';
import type { Profile } from '../profiles/profile.js';
import { type ObtainSessionOptions, obtainSession } from './obtainSession.js';
import { defaultRoleSessionName } from './roleSessionProvider.js';
import { awsError, mockStsWithRoles, profileFixture, serial, tempDir } from './testing/fixtures.js';

const role = (name: string, overrides: Partial<Profile> = {}): Profile => ({
  name,
  roleArn: `arn:aws:iam::210987654321:role/${name}`,
  sourceProfile: 'dev',
  trustedCidrs: [],
  settings: {},
  ...overrides,
});

function setup(profiles: Profile[], options: { fail?: () => Error } = {}) {
  let t = Date.parse('2026-11-29T12:00:10Z');
  const now = () => t;
  const sts = mockStsWithRoles(now, options);
  const read = vi.fn(async () => '123456');
  const notes: string[] = [];
  const lookup = new Map(profiles.map((p) => [p.name, p]));
  const cacheDir = tempDir();
  const get = (name: string, overrides: Partial<ObtainSessionOptions> = {}) =>
    obtainSession({
      profile: lookup.get(name)!,
      profiles: lookup,
      issueSessionToken: sts.issuer,
      roles: sts.roles,
      codeSource: { origin: 'the prompt', renewable: true, read },
      cacheDir,
      now,
      notify: (m) => notes.push(m.english),
      waitForNextCode: async (until) => {
        t = Math.max(t, until);
      },
      ...overrides,
    });
  return { sts, read, notes, get, advance: (ms: number) => (t += ms) };
}

describe('role sessions (obtainSession over roleSessionProvider)', () => {
  it('two roles over one source cost one code and one MFA session; each role session is cached', async () => {
    const s = setup([profileFixture(), role('prod'), role('audit')]);
    const prod = await s.get('prod');
    const audit = await s.get('audit');
    expect(prod).toMatchObject({
      kind: 'session',
      source: 'sts',
      session: { roleArn: role('prod').roleArn },
    });
    expect(audit).toMatchObject({ kind: 'session', source: 'sts', session: { profile: 'audit' } });
    expect(s.read).toHaveBeenCalledTimes(1);
    expect(s.sts.of('GetSessionToken')).toHaveLength(1);
    const mfaKey = s.sts.of('GetSessionToken')[0]!.signedBy;
    expect(mfaKey).toBe('AKIAIOSFODNN7EXAMPLE');
    // Both roles were assumed with the MFA session, not with the long-term key.
    expect(s.sts.of('AssumeRole').map((c) => c.signedBy)).toEqual(['ASIAMOCK1', 'ASIAMOCK1']);
    await expect(s.get('prod')).resolves.toMatchObject({ source: 'cache', session: { profile: 'prod' } });
    expect(s.sts.of('AssumeRole')).toHaveLength(2);
  });

  it('role chaining is capped at 1 h with one notice; long-term keys get what they ask', async () => {
    const s = setup([profileFixture(), role('prod', { durationSeconds: '7200' })]);
    await s.get('prod');
    expect(s.sts.of('AssumeRole')[0]!.input.DurationSeconds).toBe(3600);
    expect(s.notes.filter((n) => n.includes('role chaining'))).toEqual([
      'Profile prod: AWS allows a role assumed with session credentials (role chaining) 1 h at most, so the session lasts 1 h, not the 7200 s of duration_seconds of profile prod.',
    ]);

    const plain = setup([
      profileFixture({ mfaSerial: undefined }),
      role('prod', { durationSeconds: '7200' }),
    ]);
    await plain.get('prod');
    expect(plain.sts.of('AssumeRole')[0]).toMatchObject({
      signedBy: 'AKIAIOSFODNN7EXAMPLE',
      input: { DurationSeconds: 7200 },
    });
    expect(plain.notes.join('\n')).not.toContain('role chaining');
    expect(plain.read).not.toHaveBeenCalled();
  });

  it('--refresh renews the role session but reuses the MFA session under it', async () => {
    const s = setup([profileFixture(), role('prod')]);
    await s.get('prod');
    await s.get('prod', { refresh: true });
    expect(s.sts.of('AssumeRole')).toHaveLength(2);
    expect(s.sts.of('GetSessionToken')).toHaveLength(1);
    expect(s.read).toHaveBeenCalledTimes(1);
  });

  it('passes role_session_name and external_id; derives a session name from the user otherwise', async () => {
    const s = setup([
      profileFixture(),
      role('named', { roleSessionName: 'ops-bob', externalId: 'xyz-123' }),
      role('plain'),
    ]);
    await s.get('named');
    await s.get('plain');
    const [named, plain] = s.sts.of('AssumeRole');
    expect(named!.input).toMatchObject({ RoleSessionName: 'ops-bob', ExternalId: 'xyz-123' });
    expect(plain!.input.RoleSessionName).toBe('alice');
    expect(plain!.input).not.toHaveProperty('ExternalId');
  });

  it('a chain of roles: each role is assumed with the session of the one below', async () => {
    const s = setup([profileFixture(), role('middle'), role('top', { sourceProfile: 'middle' })]);
    await expect(s.get('top')).resolves.toMatchObject({ session: { profile: 'top', mfaSerial: serial } });
    expect(s.sts.of('AssumeRole').map((c) => [c.input.RoleArn, c.signedBy])).toEqual([
      [role('middle').roleArn, 'ASIAMOCK1'],
      [role('top').roleArn, 'ASIAROLE2'],
    ]);
  });

  it('on a trusted network a role is assumed with the long-term keys, without a code', async () => {
    const trusted = profileFixture({ trustedCidrs: ['203.0.113.0/24'] });
    const s = setup([trusted, role('prod')]);
    const result = await s.get('prod', { publicIp: { lookup: async () => '203.0.113.9', source: 'test' } });
    expect(result).toMatchObject({
      kind: 'session',
      session: { mfaSerial: '' },
      trustedNetwork: { ip: '203.0.113.9', cidr: '203.0.113.0/24' },
    });
    expect(s.sts.of('AssumeRole')[0]!.signedBy).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(s.read).not.toHaveBeenCalled();
    const forced = await s.get('prod', { forceMfa: true });
    expect(forced).toMatchObject({ session: { mfaSerial: serial } });
  });

  it('a duration AWS would refuse for a role is refused before any request', async () => {
    const s = setup([profileFixture(), role('prod', { durationSeconds: '50000' })]);
    await expect(s.get('prod')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('duration_seconds of profile prod 50000'),
    });
    expect(s.sts.calls).toEqual([]);
  });

  it.each([
    [
      'MaxSessionDuration',
      awsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        400,
      ),
      {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('Role arn:aws:iam::210987654321:role/prod allows shorter sessions'),
      },
    ],
    [
      'AccessDenied without MFA or ExternalId',
      awsError(
        'AccessDenied',
        'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/prod',
      ),
      {
        code: 'ACCESS_DENIED',
        message:
          'AWS refused to let arn:aws:iam::123456789012:user/alice assume role arn:aws:iam::210987654321:role/prod.',
        hint: expect.stringMatching(/MFA \(set mfa_serial in \[profile prod\].*ExternalId/),
      },
    ],
  ])('%s: one line naming the role and the missing condition', async (_name, error, expected) => {
    const s = setup([profileFixture({ mfaSerial: undefined }), role('prod')], { fail: () => error });
    await expect(s.get('prod')).rejects.toMatchObject(expected);
  });
});

describe(defaultRoleSessionName.name, () => {
  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'alice'],
    ['arn:aws:iam::123456789012:user/ops/team/bob', 'bob'],
    ['arn:aws:sts::123456789012:assumed-role/Admin/carol', 'carol'],
    ['arn:aws:iam::123456789012:root', 'awsmfa-1796040000'],
    [undefined, 'awsmfa-1796040000'],
  ])('%s → %s', (arn, name) => {
    expect(defaultRoleSessionName(arn, 1_796_040_000_000)).toBe(name);
  });
});
