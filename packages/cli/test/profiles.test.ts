// End-to-end: the built `awsmfa profiles` against a temporary HOME.
import { describe, expect, it } from 'vitest';
import { runAwsmfa, testHome } from './support/awsmfa.js';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('awsmfa profiles', () => {
  const files = {
    '.aws/config':
      '[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nawsmfa_trusted_ips = 203.0.113.0/24, 198.51.100.7/32\n\n[profile prod]\nrole_arn = arn:aws:iam::210987654321:role/Admin\nsource_profile = dev\n\n[sso-session corp]\nsso_region = us-east-1\n',
    '.aws/credentials': `[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n\n[tmp]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\naws_session_token = token\n`,
  };

  it('prints a table of every profile on stdout, never a key', async () => {
    const t = testHome(files);
    const { status, stdout, stderr } = await runAwsmfa(['profiles'], { env: t.env });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'PROFILE  KEYS       REGION     MFA  ROLE/SOURCE    SESSION  TRUSTED IPS',
        '-------  ---------  ---------  ---  -------------  -------  ------------------------------',
        'default  -          us-east-1  -    -              -        -',
        'dev      long-term  eu-west-1  yes  -              -        203.0.113.0/24,198.51.100.7/32',
        'prod     -          -          -    Admin via dev  -        -',
        'tmp      session    -          -    -              -        -',
        '',
      ].join('\n'),
    );
    expect(stdout).not.toContain('AKIA');
  });

  it('--json gives one object per profile', async () => {
    const t = testHome(files);
    const { status, stdout } = await runAwsmfa(['profiles', '--json'], { env: t.env });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        name: 'default',
        hasLongTermKeys: false,
        region: 'us-east-1',
        mfaSerial: null,
        role: null,
        session: null,
        trustedCidrs: [],
      },
      {
        name: 'dev',
        hasLongTermKeys: true,
        region: 'eu-west-1',
        mfaSerial: 'arn:aws:iam::123456789012:mfa/alice',
        role: null,
        session: null,
        trustedCidrs: ['203.0.113.0/24', '198.51.100.7/32'],
      },
      {
        name: 'prod',
        hasLongTermKeys: false,
        region: null,
        mfaSerial: null,
        role: { arn: 'arn:aws:iam::210987654321:role/Admin', sourceProfile: 'dev' },
        session: null,
        trustedCidrs: [],
      },
      {
        name: 'tmp',
        hasLongTermKeys: false,
        region: null,
        mfaSerial: null,
        role: null,
        session: null,
        trustedCidrs: [],
      },
    ]);
    expect(stdout).not.toContain(secret);
  });

  it('honours AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', async () => {
    const t = testHome({ c: '[profile x]\nregion = r\n', k: '[y]\n' });
    const env = { ...t.env, AWS_CONFIG_FILE: t.path('c'), AWS_SHARED_CREDENTIALS_FILE: t.path('k') };
    const { stdout } = await runAwsmfa(['profiles', '--json'], { env });
    expect((JSON.parse(stdout) as Array<{ name: string }>).map((p) => p.name)).toEqual(['x', 'y']);
  });

  it('no profiles: says so on stderr and suggests awsmfa import; stdout stays empty', async () => {
    const { status, stdout, stderr } = await runAwsmfa(['profiles'], { env: testHome().env });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('No profiles');
    expect(stderr).toContain('awsmfa import');
  });

  it('--help has examples', async () => {
    const { stdout } = await runAwsmfa(['profiles', '--help'], { env: testHome().env });
    expect(stdout).toContain('Examples:');
  });
});
