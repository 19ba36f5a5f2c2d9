import { describe, expect, it } from 'vitest';
import type { Profile } from '../profiles/profile.js';
import { chainKeys, chainMfaSession, resolveCredentialChain, withoutMfaSession } from './credentialChain.js';
import { profileFixture, serial } from './testing/fixtures.js';

const role = (name: string, overrides: Partial<Profile> = {}): Profile => ({
  name,
  roleArn: `arn:aws:iam::210987654321:role/${name}`,
  sourceProfile: 'dev',
  trustedCidrs: [],
  settings: {},
  ...overrides,
});
const lookup = (...profiles: Profile[]) => new Map(profiles.map((p) => [p.name, p]));
const user = profileFixture();

function failure(run: () => unknown): { code?: string; message?: string; hint?: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; message?: string; hint?: string };
  }
  throw new Error('expected an error');
}

describe(resolveCredentialChain.name, () => {
  it('a user profile: its long-term keys, then an MFA session', () => {
    const chain = resolveCredentialChain(user);
    expect(chain).toMatchObject({ kind: 'mfa-session', mfaSerial: serial, keys: { kind: 'keys' } });
  });

  it('a role over a user with mfa_serial rides on the user MFA session', () => {
    const chain = resolveCredentialChain(role('prod'), lookup(user));
    expect(chain).toMatchObject({ kind: 'role', roleArn: 'arn:aws:iam::210987654321:role/prod' });
    expect(chainMfaSession(chain)).toMatchObject({ profile: { name: 'dev' }, mfaSerial: serial });
    expect(chainKeys(chain).accessKeyId).toBe(user.accessKeyId);
  });

  it('mfa_serial on the role profile makes an MFA session of a source that has none', () => {
    const plain = profileFixture({ mfaSerial: undefined });
    const chain = resolveCredentialChain(role('prod', { mfaSerial: `${serial}-2` }), lookup(plain));
    expect(chainMfaSession(chain)?.mfaSerial).toBe(`${serial}-2`);
  });

  it('no mfa_serial anywhere: the role is assumed with the long-term keys', () => {
    const plain = profileFixture({ mfaSerial: undefined });
    const chain = resolveCredentialChain(role('prod'), lookup(plain));
    expect(chain).toMatchObject({ kind: 'role', source: { kind: 'keys' } });
  });

  it('chains of roles end at the user, and one MFA session serves them', () => {
    const chain = resolveCredentialChain(
      role('top', { sourceProfile: 'middle' }),
      lookup(user, role('middle', { sourceProfile: 'dev' })),
    );
    expect(chain).toMatchObject({
      kind: 'role',
      profile: { name: 'top' },
      source: { kind: 'role', profile: { name: 'middle' }, source: { kind: 'mfa-session' } },
    });
    expect(withoutMfaSession(chain)).toMatchObject({ source: { source: { kind: 'keys' } } });
  });

  it("a source profile's own keys win over its role_arn, as in botocore", () => {
    const hybrid = { ...user, roleArn: 'arn:aws:iam::210987654321:role/ignored', sourceProfile: 'nope' };
    expect(resolveCredentialChain(role('prod'), lookup(hybrid))).toMatchObject({
      kind: 'role',
      source: { kind: 'mfa-session', profile: { name: 'dev' } },
    });
  });

  it('a role profile that names itself uses its own keys', () => {
    const self = {
      ...user,
      name: 'self',
      roleArn: 'arn:aws:iam::210987654321:role/x',
      sourceProfile: 'self',
    };
    expect(resolveCredentialChain(self, lookup(self))).toMatchObject({
      kind: 'role',
      source: { kind: 'mfa-session', profile: { name: 'self' } },
    });
  });

  it.each([
    [
      'a circle of source_profile names the whole circle',
      () =>
        resolveCredentialChain(role('a', { sourceProfile: 'b' }), lookup(role('b', { sourceProfile: 'a' }))),
      { code: 'INVALID_INPUT', message: expect.stringContaining('a → b → a') },
    ],
    [
      'a missing source_profile',
      () => resolveCredentialChain(role('prod', { sourceProfile: 'nope' }), lookup(user)),
      { code: 'PROFILE_NOT_FOUND', message: expect.stringContaining('source_profile nope') },
    ],
    [
      'role_arn without source_profile',
      () => resolveCredentialChain(role('prod', { sourceProfile: undefined }), lookup(user)),
      { code: 'PROFILE_INCOMPLETE', message: expect.stringContaining('no source_profile') },
    ],
    [
      'credential_source is reported, not ignored',
      () =>
        resolveCredentialChain(
          role('prod', { sourceProfile: undefined, credentialSource: 'Ec2InstanceMetadata' }),
        ),
      { code: 'INVALID_INPUT', message: expect.stringContaining('credential_source = Ec2InstanceMetadata') },
    ],
    [
      'a role_arn that is no role ARN',
      () => resolveCredentialChain(role('prod', { roleArn: 'arn:aws:iam::1:user/x' }), lookup(user)),
      { code: 'INVALID_INPUT', message: expect.stringContaining('is not a role ARN') },
    ],
    [
      'an MFA session over session credentials',
      () => resolveCredentialChain(role('prod'), lookup(profileFixture({ sessionToken: 't' }))),
      { code: 'CREDENTIALS_INVALID' },
    ],
    [
      'a source without keys',
      () => resolveCredentialChain(role('prod'), lookup(profileFixture({ accessKeyId: undefined }))),
      { code: 'PROFILE_INCOMPLETE', message: 'Profile dev has no access key.' },
    ],
  ])('refuses before any request: %s', (_name, run, expected) => {
    expect(failure(run)).toMatchObject(expected);
  });
});
