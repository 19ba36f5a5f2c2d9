// credential_process end to end: the profile setup-credential-process writes, used by the real
// AWS CLI v2, and twenty parallel cold-cache callers sharing one GetSessionToken.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsCli,
  awsmfa,
  expectNoSecrets,
  homeFor,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(() => bed.stop());

describe('awsmfa credential-process', () => {
  it('setup-credential-process writes a P-mfa profile the AWS CLI uses; the second call is cached', async () => {
    const user = await bed.newUser('cp-setup');
    const home = homeFor(user, { profile: 'cli-user' });
    const endpoint = bed.emulator.endpoint;
    const setup = await awsmfa(
      ['setup-credential-process', '--profile', 'cli-user', '--endpoint-url', endpoint],
      home.env,
    );
    expect(setup.status).toBe(0);
    expect(setup.stdout).toBe('');
    const config = readFileSync(home.path('.aws/config'), 'utf8');
    expect(config).toContain('[profile cli-user-mfa]');
    expect(config).toMatch(
      /credential_process = \/\S+ \/\S+\/dist\/cli\.js credential-process --profile cli-user --endpoint-url http:\/\/127\.0\.0\.1:\d+\n/,
    );

    const before = sessionTokenCalls(bed.emulator, user);
    const env = { ...home.env, AWSMFA_CODE: user.code() };
    const ls = await awsCli(['--profile', 'cli-user-mfa', 's3', 'ls', '--endpoint-url', endpoint], env);
    expect(ls.stderr).toBe('');
    expect(ls.status).toBe(0);
    const who = await awsCli(
      [
        '--profile',
        'cli-user-mfa',
        'sts',
        'get-caller-identity',
        '--endpoint-url',
        endpoint,
        '--output',
        'text',
        '--query',
        'Arn',
      ],
      home.env,
    );
    expect(who.stdout.trim()).toBe(`arn:aws:iam::123456789012:user/${user.userName}`);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);
  });

  it('prints Version 1 JSON with more than 15 minutes left', async () => {
    const user = await bed.newUser('cp-json');
    const home = homeFor(user);
    const result = await awsmfa(
      [
        'credential-process',
        '--profile',
        user.userName,
        '--endpoint-url',
        bed.emulator.endpoint,
        '--code',
        user.code(),
      ],
      home.env,
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'Version',
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
    ]);
    expect(json.Version).toBe(1);
    expect(json.AccessKeyId).toMatch(/^ASIA/);
    expect(Date.parse(json.Expiration) - Date.now()).toBeGreaterThan(15 * 60_000);
  });

  it('20 parallel callers with a cold cache: one GetSessionToken, the same credentials for all', async () => {
    const user = await bed.newUser('cp-parallel');
    const home = homeFor(user);
    const before = sessionTokenCalls(bed.emulator, user);
    const env = { ...home.env, AWSMFA_CODE: user.code() };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        awsmfa(
          ['credential-process', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint],
          env,
        ),
      ),
    );
    for (const result of results) {
      expect(result.status, result.stderr).toBe(0);
      expectNoSecrets(result.stderr, [user.secretAccessKey]);
    }
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);
    const keys = new Set(results.map((r) => JSON.parse(r.stdout).AccessKeyId));
    expect(keys.size).toBe(1);
  });
});
