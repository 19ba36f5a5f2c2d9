import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfile } from '@awsmfa/core';
import { afterEach, describe, expect, it } from 'vitest';
import { readFastProfile } from './fastProfile.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function files(config: string, credentials: string) {
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-fastprofile-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  return {
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    HOME: dir,
  };
}

const cases: Array<[string, string, string, string]> = [
  [
    'config and credentials merged, credentials win',
    '[profile dev]\nregion = eu-west-1\nmfa_serial = arn:aws:iam::1:mfa/a\naws_access_key_id = AKIACONFIG\n',
    '[dev]\naws_access_key_id = AKIACREDS\naws_secret_access_key = s/+=\n',
    'dev',
  ],
  ['default profile', '[default]\nregion = us-east-1\n', '[default]\naws_access_key_id = AKIA1\n', 'default'],
  ['`[dev]` in config is not a profile', '[dev]\nregion = x\n', '', 'dev'],
  ['empty values are missing', '[profile e]\nregion =\nmfa_serial = \n', '[e]\naws_session_token = t\n', 'e'],
  [
    'trusted ips, comments, CRLF, odd spacing',
    '# c\r\n[profile  t ]\r\nawsmfa_trusted_ips = 10.0.0.0/8,  192.0.2.1/32\r\nmfa_serial=arn:aws:iam::1:mfa/t ; not a comment\r\n',
    '',
    't',
  ],
  ['repeated sections', '[profile r]\nregion = a\n[profile r]\nregion = b\n', '', 'r'],
];

describe('readFastProfile', () => {
  it.each(cases)('agrees with loadProfile: %s', async (_name, config, credentials, profile) => {
    const env = files(config, credentials);
    const slow = await loadProfile(profile, { env }).catch(() => undefined);
    const fast = readFastProfile(profile, env);
    if (!slow) {
      expect(fast).toBeUndefined();
      return;
    }
    expect(fast).toEqual({
      name: slow.name,
      trustedCidrs: slow.trustedCidrs,
      ...Object.fromEntries(
        (['accessKeyId', 'secretAccessKey', 'sessionToken', 'mfaSerial', 'region'] as const)
          .filter((field) => slow[field] !== undefined)
          .map((field) => [field, slow[field]]),
      ),
    });
  });

  it('a profile in neither file is undefined', () => {
    expect(readFastProfile('nope', files('[profile a]\n', ''))).toBeUndefined();
  });
});
