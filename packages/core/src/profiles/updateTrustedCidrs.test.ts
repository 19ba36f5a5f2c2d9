import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './loadProfile.js';
import { tempHome } from './testing.js';
import { updateTrustedCidrs } from './updateTrustedCidrs.js';

const credentials = '[cli-user]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s3cr3t\n';

describe('updateTrustedCidrs', () => {
  it("writes into the profile's own section, never the last one of the file (the hand-appended line)", async () => {
    const config = '# team\n[profile cli-user]\nregion = us-east-1\n\n[profile other]\nregion = eu-west-1\n';
    const { env, path } = tempHome({ '.aws/config': config, '.aws/credentials': credentials });
    const result = await updateTrustedCidrs({
      env,
      profile: 'cli-user',
      change: { set: ['203.0.113.0/24', '198.51.100.7'] },
    });
    expect(result).toMatchObject({ before: [], after: ['203.0.113.0/24', '198.51.100.7/32'], changed: true });
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe(
      config.replace(
        'region = us-east-1\n',
        'region = us-east-1\nawsmfa_trusted_ips = 203.0.113.0/24, 198.51.100.7/32\n',
      ),
    );
    expect(loadProfile('other', { env }).trustedCidrs).toEqual([]);
    expect(loadProfile('cli-user', { env }).trustedCidrs).toEqual(['203.0.113.0/24', '198.51.100.7/32']);
  });

  it('a profile only in the credentials file (as import leaves it) gets a [profile NAME] section in config', async () => {
    const { env, path } = tempHome({ '.aws/credentials': credentials });
    await updateTrustedCidrs({ env, profile: 'cli-user', change: { add: ['127.0.0.1'] } });
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe(
      '[profile cli-user]\nawsmfa_trusted_ips = 127.0.0.1/32\n',
    );
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe(credentials);
  });

  it('adds and removes, noting repeats and absentees; the last removal drops the line', async () => {
    const { env, path } = tempHome({
      '.aws/config': '[profile cli-user]\nawsmfa_trusted_ips = 10.0.0.0/8 192.0.2.1\n',
      '.aws/credentials': credentials,
    });
    const added = await updateTrustedCidrs({
      env,
      profile: 'cli-user',
      change: { add: ['10.0.0.0/8', '2001:db8::/32'] },
    });
    expect(added.after).toEqual(['10.0.0.0/8', '192.0.2.1/32', '2001:db8::/32']);
    expect(added.notes.map((note) => note.english)).toEqual(['10.0.0.0/8 is already trusted']);
    const removed = await updateTrustedCidrs({
      env,
      profile: 'cli-user',
      change: { remove: ['192.0.2.1/32', '2001:db8::/32', '10.0.0.0/8', '203.0.113.9'] },
    });
    expect(removed.after).toEqual([]);
    expect(removed.notes.map((note) => note.english)).toEqual(['203.0.113.9/32 was not in the list']);
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe('[profile cli-user]\n');
  });

  it('removes a copy in the credentials file, which would win over the config file', async () => {
    const { env, path } = tempHome({ '.aws/credentials': `${credentials}awsmfa_trusted_ips = 0.0.0.0/0\n` });
    await updateTrustedCidrs({ env, profile: 'cli-user', change: { set: ['203.0.113.0/24'] } });
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe(credentials);
    expect(loadProfile('cli-user', { env }).trustedCidrs).toEqual(['203.0.113.0/24']);
  });

  it.each([
    ['the whole internet', '0.0.0.0/0', /matches every IPv4 address/],
    ['host bits set', '10.0.0.1/8', /has host bits set/],
    ['not an address', 'office', /./],
  ])('refuses %s as the admin side does, writing nothing', async (_, cidr, message) => {
    const config = '[profile cli-user]\nawsmfa_trusted_ips = 192.0.2.0/24\n';
    const { env, path } = tempHome({ '.aws/config': config, '.aws/credentials': credentials });
    await expect(
      updateTrustedCidrs({ env, profile: 'cli-user', change: { add: [cidr] } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(message),
    });
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe(config);
  });

  it('--force accepts what the validation refuses', async () => {
    const { env } = tempHome({ '.aws/credentials': credentials });
    const result = await updateTrustedCidrs({
      env,
      profile: 'cli-user',
      change: { set: ['10.0.0.1/8'] },
      force: true,
    });
    expect(result.after).toEqual(['10.0.0.0/8']);
  });

  it('an unknown profile is PROFILE_NOT_FOUND and creates nothing', async () => {
    const { env, path } = tempHome({ '.aws/credentials': credentials });
    await expect(
      updateTrustedCidrs({ env, profile: 'nobody', change: { set: ['192.0.2.0/24'] } }),
    ).rejects.toMatchObject({
      code: 'PROFILE_NOT_FOUND',
    });
    expect(() => readFileSync(path('.aws/config'))).toThrow();
  });
});
