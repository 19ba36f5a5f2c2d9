import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProfiles, loadProfile, parseTrustedCidrs } from './loadProfile.js';
import { tempHome } from './testing.js';

describe('loadProfile', () => {
  it('merges [profile NAME] of config with [NAME] of credentials, credentials winning', async () => {
    const { env } = tempHome({
      '.aws/config':
        '[profile dev]\nregion = eu-west-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nmfa_process = ykman oath code\nawsmfa_trusted_ips = 203.0.113.0/24, 198.51.100.7/32 10.0.0.0/8\nawsmfa_session_duration = 1h\ncustom = kept\n',
      '.aws/credentials':
        '[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s3cr3t\nregion = us-west-2\n',
    });
    const dev = await loadProfile('dev', { env });
    expect(dev).toMatchObject({
      name: 'dev',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 's3cr3t',
      region: 'us-west-2',
      mfaSerial: 'arn:aws:iam::123456789012:mfa/alice',
      mfaProcess: 'ykman oath code',
      trustedCidrs: ['203.0.113.0/24', '198.51.100.7/32', '10.0.0.0/8'],
      sessionDuration: '1h',
      sources: ['config', 'credentials'],
    });
    expect(dev.settings.custom).toBe('kept');
    expect(dev.sessionToken).toBeUndefined();
  });

  it('[default] in config is the default profile; a bare [dev] in config is not a profile', async () => {
    const { env } = tempHome({ '.aws/config': '[default]\nregion = r1\n[dev]\nregion = r2\n' });
    expect((await loadProfile('default', { env })).region).toBe('r1');
    await expect(loadProfile('dev', { env })).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });

  it('a profile only in credentials loads with no region', async () => {
    const { env } = tempHome({
      '.aws/credentials': '[ci]\naws_access_key_id = AKIA\naws_session_token = tok\n',
    });
    expect(await loadProfile('ci', { env })).toMatchObject({
      name: 'ci',
      sessionToken: 'tok',
      trustedCidrs: [],
    });
  });

  it('honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', async () => {
    const { env, path } = tempHome({
      'c.ini': '[profile x]\nregion = r\n',
      'k.ini': '[x]\naws_access_key_id = A\n',
    });
    const profile = await loadProfile('x', {
      env: { ...env, AWS_CONFIG_FILE: path('c.ini'), AWS_SHARED_CREDENTIALS_FILE: path('k.ini') },
    });
    expect(profile).toMatchObject({ region: 'r', accessKeyId: 'A' });
  });

  it('missing profile: PROFILE_NOT_FOUND naming both files, listing known profiles in the hint', async () => {
    const { env } = tempHome({ '.aws/credentials': '[a]\n[b]\n' });
    const error = await loadProfile('nope', { env }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    expect((error as Error).message).toMatch(/nope.*config.*credentials/);
    expect((error as { hint: string }).hint).toContain('a, b');
  });

  it('no files at all is PROFILE_NOT_FOUND, not a crash', async () => {
    await expect(loadProfile('default', { env: tempHome().env })).rejects.toMatchObject({
      code: 'PROFILE_NOT_FOUND',
    });
  });

  it('a directory where the credentials file should be is FILE_ERROR', async () => {
    const { env, path } = tempHome();
    mkdirSync(path('.aws/credentials'), { recursive: true });
    await expect(loadProfile('x', { env })).rejects.toMatchObject({ code: 'FILE_ERROR' });
  });

  it('CRLF files with comments load the same', async () => {
    const { env } = tempHome({ '.aws/config': '; c\r\n[profile w]\r\n# c\r\nregion = ap-south-1\r\n' });
    expect((await loadProfile('w', { env })).region).toBe('ap-south-1');
  });
});

describe('listProfiles', () => {
  it('lists each profile once, config order first, then credentials-only ones', async () => {
    const { env } = tempHome({
      '.aws/config': '[default]\n[profile b]\n[sso-session s]\n[profile a]\n',
      '.aws/credentials': '[a]\naws_access_key_id = A\n[z]\n',
    });
    expect((await listProfiles({ env })).map((p) => p.name)).toEqual(['default', 'b', 'a', 'z']);
  });
});

describe('parseTrustedCidrs', () => {
  it('splits on commas and whitespace', () => {
    expect(parseTrustedCidrs(' 1.2.3.4/32,,5.6.7.0/24  9.9.9.9/32 ')).toEqual([
      '1.2.3.4/32',
      '5.6.7.0/24',
      '9.9.9.9/32',
    ]);
    expect(parseTrustedCidrs(undefined)).toEqual([]);
  });
});
