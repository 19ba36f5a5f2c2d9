import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsHome, runAws } from './support/awsCli.js';
import { type Credentials, totpCode } from './support/clients.js';

describe('seed scenario through /usr/bin/aws', () => {
  let emulator: Emulator;
  const scratch = awsHome();
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.stop();
    scratch.remove();
  });

  it('denies s3 ls without MFA, enrolls, and allows s3 ls with an MFA session', async () => {
    const user = await seedMfaScenario(emulator);
    const aws = (args: string[], credentials: Credentials = user) =>
      runAws(emulator, scratch.home, credentials, args);

    const denied = await aws(['s3', 'ls']);
    expect(denied.status).toBe(254);
    expect(denied.stderr).toContain(
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied',
    );

    const created = await aws([
      'iam',
      'create-virtual-mfa-device',
      '--virtual-mfa-device-name',
      'cli-user',
      '--outfile',
      'seed.txt',
      '--bootstrap-method',
      'Base32StringSeed',
    ]);
    expect(created.stderr).toBe('');
    const serial = (created.json as { VirtualMFADevice: { SerialNumber: string } }).VirtualMFADevice
      .SerialNumber;
    expect(serial).toBe('arn:aws:iam::123456789012:mfa/cli-user');
    const seed = readFileSync(join(scratch.home, 'seed.txt'), 'ascii');
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);

    const now = new Date();
    const enabled = await aws([
      'iam',
      'enable-mfa-device',
      '--user-name',
      'cli-user',
      '--serial-number',
      serial,
      '--authentication-code1',
      totpCode(seed, now, -1),
      '--authentication-code2',
      totpCode(seed, now),
    ]);
    expect(enabled.stderr).toBe('');
    expect(enabled.status).toBe(0);

    const code = totpCode(seed, now, 1);
    const token = await aws(['sts', 'get-session-token', '--serial-number', serial, '--token-code', code]);
    expect(token.status).toBe(0);
    const credentials = (token.json as { Credentials: Record<string, string> }).Credentials;
    expect(credentials.AccessKeyId).toMatch(/^ASIA/);

    const session = {
      accessKeyId: credentials.AccessKeyId!,
      secretAccessKey: credentials.SecretAccessKey!,
      sessionToken: credentials.SessionToken!,
    };
    await aws(['s3api', 'create-bucket', '--bucket', 'mfa-bucket'], session);
    const listed = await aws(['s3', 'ls'], session);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d mfa-bucket\n$/);

    const reused = await aws(['sts', 'get-session-token', '--serial-number', serial, '--token-code', code]);
    expect(reused.status).toBe(254);
    expect(reused.stderr).toContain('MultiFactorAuthentication failed with invalid MFA one time pass code.');
  });
});
