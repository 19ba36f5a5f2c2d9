import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProfiles, loadProfile, parseTrustedCidrs, readAwsProfiles } from './loadProfile.js';
import { tempHome } from './testing.js';

describe('loadProfile', () => {
  it('merges [profile NAME] of config with [NAME] of credentials, credentials winning', () => {
    const { env } = tempHome({
      '.aws/config':
        '[profile dev]\nregion = eu-west-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nmfa_process = ykman oath code\nawsmfa_trusted_ips = 203.0.113.0/24, 198.51.100.7/32 10.0.0.0/8\nawsmfa_session_duration = 1h\ncustom = kept\n',
      '.aws/credentials':
        '[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s3cr3t\nregion = us-west-2\n',
    });
    const dev = loadProfile('dev', { env });
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

  it('[default] in config is the default profile; a bare [dev] in config is not a profile', () => {
    const { env } = tempHome({ '.aws/config': '[default]\nregion = r1\n[dev]\nregion = r2\n' });
    expect(loadProfile('default', { env }).region).toBe('r1');
    expect(() => loadProfile('dev', { env })).toThrow(expect.objectContaining({ code: 'PROFILE_NOT_FOUND' }));
  });

  it('a profile only in credentials loads with no region', () => {
    const { env } = tempHome({
      '.aws/credentials': '[ci]\naws_access_key_id = AKIA\naws_session_token = tok\n',
    });
    expect(loadProfile('ci', { env })).toMatchObject({
      name: 'ci',
      sessionToken: 'tok',
      trustedCidrs: [],
    });
  });

  it('honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', () => {
    const { env, path } = tempHome({
      'c.ini': '[profile x]\nregion = r\n',
      'k.ini': '[x]\naws_access_key_id = A\n',
    });
    const profile = loadProfile('x', {
      env: { ...env, AWS_CONFIG_FILE: path('c.ini'), AWS_SHARED_CREDENTIALS_FILE: path('k.ini') },
    });
    expect(profile).toMatchObject({ region: 'r', accessKeyId: 'A' });
  });

  it('missing profile: PROFILE_NOT_FOUND naming both files, listing known profiles in the hint', () => {
    const { env } = tempHome({ '.aws/credentials': '[a]\n[b]\n' });
    const error = catchError(() => loadProfile('nope', { env }));
    expect(error).toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    expect((error as Error).message).toMatch(/nope.*config.*credentials/);
    expect((error as { hint: string }).hint).toContain('a, b');
  });

  it('no files at all is PROFILE_NOT_FOUND, not a crash', () => {
    expect(() => loadProfile('default', { env: tempHome().env })).toThrow(
      expect.objectContaining({ code: 'PROFILE_NOT_FOUND' }),
    );
  });

  it('a directory where the credentials file should be is FILE_ERROR', () => {
    const { env, path } = tempHome();
    mkdirSync(path('.aws/credentials'), { recursive: true });
    expect(() => loadProfile('x', { env })).toThrow(expect.objectContaining({ code: 'FILE_ERROR' }));
  });

  it('a file the AWS CLI cannot parse is refused naming its line, or, for an edit, read as far as it goes', () => {
    const { env, path } = tempHome({
      '.aws/config': '[profile dev]\nregion = eu-west-1\n[profile dev]\noutput = json\n',
    });
    expect(() => readAwsProfiles({ env })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: `The AWS CLI cannot read ${path('.aws/config')}: section [profile dev] appears twice (lines 1 and 3).`,
      }),
    );
    const tolerant = readAwsProfiles({ env, tolerateUnreadable: true });
    expect(tolerant.profiles.get('dev')?.settings).toEqual({ region: 'eu-west-1', output: 'json' });
    expect(tolerant.unreadable.map((error) => error.message)).toEqual([
      `The AWS CLI cannot read ${path('.aws/config')}: section [profile dev] appears twice (lines 1 and 3).`,
    ]);
    expect(readAwsProfiles({ env: {}, home: '/nonexistent', tolerateUnreadable: true }).unreadable).toEqual(
      [],
    );
  });

  it('CRLF files with comments load the same', () => {
    const { env } = tempHome({ '.aws/config': '; c\r\n[profile w]\r\n# c\r\nregion = ap-south-1\r\n' });
    expect(loadProfile('w', { env }).region).toBe('ap-south-1');
  });
});

describe('listProfiles', () => {
  it('lists each profile once, config order first, then credentials-only ones', () => {
    const { env } = tempHome({
      '.aws/config': '[default]\n[profile b]\n[sso-session s]\n[profile a]\n',
      '.aws/credentials': '[a]\naws_access_key_id = A\n[z]\n',
    });
    expect(listProfiles({ env }).map((p) => p.name)).toEqual(['default', 'b', 'a', 'z']);
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

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
