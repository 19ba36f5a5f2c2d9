import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, myUsersPolicyDocument, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsHome, runAws } from './support/awsCli.js';
import { type Credentials, testClock, totpCode } from './support/clients.js';

describe('seed scenario through /usr/bin/aws', { timeout: 60_000 }, () => {
  let emulator: Emulator;
  // The codes are computed once; a clock that stands still keeps them in their 30-s step however
  // long the calls take (issue 17.15). Signing with the real time stays well within 15 minutes.
  const clock = testClock();
  const scratch = awsHome();
  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
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

    const now = clock.now();
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

    const [devices, virtualDevices, wrong] = await Promise.all([
      aws(['iam', 'list-mfa-devices']),
      aws(['iam', 'list-virtual-mfa-devices']),
      aws(['sts', 'get-session-token', '--serial-number', serial, '--token-code', totpCode(seed, now, 20)]),
    ]);
    expect(
      (devices.json as { MFADevices: Array<{ SerialNumber: string }> }).MFADevices[0]?.SerialNumber,
    ).toBe(serial);
    expect(virtualDevices.stdout).toContain(serial);
    expect(virtualDevices.stdout).not.toContain('Seed');
    expect(wrong.status).toBe(254);
    expect(wrong.stderr).toContain(
      'An error occurred (AccessDenied) when calling the GetSessionToken operation: MultiFactorAuthentication failed with invalid MFA one time pass code.',
    );

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
    expect((await aws(['s3', 'mb', 's3://mfa-bucket'], session)).stdout).toBe('make_bucket: mfa-bucket\n');
    const [listed, reused] = await Promise.all([
      aws(['s3', 'ls'], session),
      aws(['sts', 'get-session-token', '--serial-number', serial, '--token-code', code]),
    ]);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d mfa-bucket\n$/);
    expect(reused.status).toBe(254);
    expect(reused.stderr).toContain('MultiFactorAuthentication failed with invalid MFA one time pass code.');

    // Resync (allowed without MFA), then deactivate (needs the MFA session) and delete the device.
    const later = new Date(now.getTime() + 5 * 60_000);
    const resync = await aws([
      'iam',
      'resync-mfa-device',
      '--user-name',
      'cli-user',
      '--serial-number',
      serial,
      '--authentication-code1',
      totpCode(seed, later),
      '--authentication-code2',
      totpCode(seed, later, 1),
    ]);
    expect(resync.stderr).toBe('');
    const denied2 = await aws([
      'iam',
      'deactivate-mfa-device',
      '--user-name',
      'cli-user',
      '--serial-number',
      serial,
    ]);
    expect(denied2.stderr).toContain('with an explicit deny in an identity-based policy');
    expect(
      (
        await aws(
          ['iam', 'deactivate-mfa-device', '--user-name', 'cli-user', '--serial-number', serial],
          session,
        )
      ).status,
    ).toBe(0);
    expect((await aws(['iam', 'delete-virtual-mfa-device', '--serial-number', serial], session)).status).toBe(
      0,
    );
  });

  it('with 127.0.0.1/32 in the allowlist the long-term key works without MFA (article step 5)', async () => {
    const admin = (args: string[]) => runAws(emulator, scratch.home, emulator.admin, args);
    const user = await seedMfaScenario(emulator, { userName: 'office-user', groupName: 'Office' });
    const policy = JSON.stringify(myUsersPolicyDocument(['127.0.0.1/32']));
    const put = await admin([
      'iam',
      'put-group-policy',
      '--group-name',
      'Office',
      '--policy-name',
      'MyUsersPolicy',
      '--policy-document',
      policy,
    ]);
    expect(put.stderr).toBe('');
    const [listed, qr] = await Promise.all([
      runAws(emulator, scratch.home, user, ['s3', 'ls']),
      admin([
        'iam',
        'create-virtual-mfa-device',
        '--virtual-mfa-device-name',
        'qr-device',
        '--outfile',
        'qr.png',
        '--bootstrap-method',
        'QRCodePNG',
      ]),
    ]);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    // The article's --bootstrap-method QRCodePNG: the CLI writes the decoded PNG.
    expect(qr.status).toBe(0);
    expect(readFileSync(join(scratch.home, 'qr.png')).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });
});
