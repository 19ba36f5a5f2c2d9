import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import { type AwsResult, awsHome, runAws } from './support/awsCli.js';
import { type Credentials, enrollDevice, testClock, totpCode } from './support/clients.js';

// biome-ignore lint/suspicious/noExplicitAny: AWS CLI JSON output is read field by field.
type Json = any;

function ok(result: AwsResult): Json {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.json;
}

/** The AWS CLI's exit code for a service error, with AWS's code and text on stderr. */
function failed(result: AwsResult, operation: string, code: string, message: string): void {
  expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
    status: 254,
    stderr: `An error occurred (${code}) when calling the ${operation} operation: ${message}`,
  });
}

const accountId = '123456789012';
const sessionOf = (json: Json): Credentials => ({
  accessKeyId: json.Credentials.AccessKeyId,
  secretAccessKey: json.Credentials.SecretAccessKey,
  sessionToken: json.Credentials.SessionToken,
});

describe('roles and AssumeRole through /usr/bin/aws', { timeout: 90_000 }, () => {
  // The AWS CLI signs with the real time; the emulator's clock starts there and moves on by a
  // 30-second step per MFA code (a code is accepted once), well within the 15 minutes of skew.
  const clock = testClock(new Date());
  let emulator: Emulator;
  let user: SeededUser;
  let device: { serial: string; seed: string };
  const scratch = awsHome();
  const aws = (credentials: Credentials, ...args: string[]) =>
    runAws(emulator, scratch.home, credentials, args);
  const admin = (...args: string[]) => aws(emulator.admin, ...args);
  const freshCode = () => {
    clock.advance(30_000);
    return ['--serial-number', device.serial, '--token-code', totpCode(device.seed, clock.now())];
  };
  const denied = (who: string, role: string) =>
    `User: ${who} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${accountId}:role/${role}`;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
    user = await seedMfaScenario(emulator);
    device = await enrollDevice(emulator, user, clock.now());
    writeFileSync(
      join(scratch.home, 'trust.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: accountId },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'partner-42' } },
          },
        ],
      }),
    );
  });
  afterAll(async () => {
    await emulator.stop();
    scratch.remove();
  });

  it('create-role, get-role, list-roles, update-role, role policies and delete-role', async () => {
    const { Role } = ok(
      await admin(
        'iam',
        'create-role',
        '--role-name',
        'Partner',
        '--assume-role-policy-document',
        'file://trust.json',
        '--description',
        'for the partner',
      ),
    );
    expect(Role).toMatchObject({
      RoleName: 'Partner',
      Arn: `arn:aws:iam::${accountId}:role/Partner`,
      MaxSessionDuration: 3600,
      // The AWS CLI decodes IAM's URL-encoded documents back into JSON.
      AssumeRolePolicyDocument: { Statement: [{ Principal: { AWS: accountId } }] },
    });
    ok(await admin('iam', 'update-role', '--role-name', 'Partner', '--max-session-duration', '7200'));
    const [got, listed] = await Promise.all([
      admin('iam', 'get-role', '--role-name', 'Partner'),
      admin('iam', 'list-roles'),
    ]);
    expect(ok(got).Role.MaxSessionDuration).toBe(7200);
    expect(ok(listed).Roles.map((role: Json) => role.RoleName)).toEqual(['Admin', 'Partner', 'ReadOnly']);

    const allowS3 = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:List*', Resource: '*' }] });
    ok(
      await admin(
        'iam',
        'put-role-policy',
        '--role-name',
        'Partner',
        '--policy-name',
        'S3',
        '--policy-document',
        allowS3,
      ),
    );
    ok(
      await admin(
        'iam',
        'attach-role-policy',
        '--role-name',
        'Partner',
        '--policy-arn',
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
      ),
    );
    const [policy, names, attached] = await Promise.all([
      admin('iam', 'get-role-policy', '--role-name', 'Partner', '--policy-name', 'S3'),
      admin('iam', 'list-role-policies', '--role-name', 'Partner'),
      admin('iam', 'list-attached-role-policies', '--role-name', 'Partner'),
    ]);
    expect(ok(policy).PolicyDocument).toEqual(JSON.parse(allowS3));
    expect(ok(names).PolicyNames).toEqual(['S3']);
    expect(ok(attached).AttachedPolicies).toEqual([
      { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    ]);
    failed(
      await admin('iam', 'delete-role', '--role-name', 'Partner'),
      'DeleteRole',
      'DeleteConflict',
      'Cannot delete entity, must detach all policies first.',
    );
    failed(
      await admin('iam', 'update-role', '--role-name', 'Partner', '--max-session-duration', '50000'),
      'UpdateRole',
      'ValidationError',
      "1 validation error detected: Value '50000' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
  });

  it('assume-role: a key without a code is refused, --serial-number/--token-code are accepted', async () => {
    const roleArn = user.roleArns.ReadOnly!;
    failed(
      await aws(user, 'sts', 'assume-role', '--role-arn', roleArn, '--role-session-name', 'cli'),
      'AssumeRole',
      'AccessDenied',
      `${denied(`arn:aws:iam::${accountId}:user/cli-user`, 'ReadOnly')} with an explicit deny in an identity-based policy`,
    );
    failed(
      await admin('sts', 'assume-role', '--role-arn', roleArn, '--role-session-name', 'cli'),
      'AssumeRole',
      'AccessDenied',
      denied(`arn:aws:iam::${accountId}:user/admin`, 'ReadOnly'),
    );
    const assumed = ok(
      await aws(
        user,
        'sts',
        'assume-role',
        '--role-arn',
        roleArn,
        '--role-session-name',
        'cli',
        ...freshCode(),
      ),
    );
    expect(assumed.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/ReadOnly/cli`);
    expect(assumed.Credentials.AccessKeyId).toMatch(/^ASIA/);
    const role = sessionOf(assumed);
    const [identity, buckets, create] = await Promise.all([
      aws(role, 'sts', 'get-caller-identity'),
      aws(role, 's3', 'ls'),
      aws(role, 's3', 'mb', 's3://role-bucket'),
    ]);
    expect(ok(identity)).toMatchObject({
      Arn: `arn:aws:sts::${accountId}:assumed-role/ReadOnly/cli`,
      UserId: assumed.AssumedRoleUser.AssumedRoleId,
    });
    expect(buckets.stderr).toBe('');
    expect(buckets.status).toBe(0);
    // ReadOnlyAccess lists buckets but creates none.
    expect(create.status).not.toBe(0);
    expect(create.stderr).toContain('AccessDenied');
  });

  it('an MFA session assumes the role; chaining is capped at one hour, as AWS words it', async () => {
    const mfa = sessionOf(ok(await aws(user, 'sts', 'get-session-token', ...freshCode())));
    const role = ok(
      await aws(
        mfa,
        'sts',
        'assume-role',
        '--role-arn',
        user.roleArns.Admin!,
        '--role-session-name',
        'via-session',
      ),
    );
    expect(role.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/Admin/via-session`);
    failed(
      await aws(
        mfa,
        'sts',
        'assume-role',
        '--role-arn',
        user.roleArns.Admin!,
        '--role-session-name',
        'long',
        '--duration-seconds',
        '7200',
      ),
      'AssumeRole',
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
    // Straight from the long-term key with a code, Admin grants its 12 hours.
    const direct = ok(
      await aws(
        user,
        'sts',
        'assume-role',
        '--role-arn',
        user.roleArns.Admin!,
        '--role-session-name',
        'long',
        '--duration-seconds',
        '43200',
        ...freshCode(),
      ),
    );
    expect(Date.parse(direct.Credentials.Expiration) - clock.now().getTime()).toBeGreaterThan(43_199_000);
  });

  it('duration bounds and external ids', async () => {
    const assume = (...args: string[]) =>
      admin(
        'sts',
        'assume-role',
        '--role-arn',
        `arn:aws:iam::${accountId}:role/Partner`,
        '--role-session-name',
        'partner',
        ...args,
      );
    // The CLI itself checks the model's minimum; the maximum is the service's to refuse.
    const short = await assume('--external-id', 'partner-42', '--duration-seconds', '899');
    expect(short.status).toBe(252);
    expect(short.stderr).toContain('valid min value: 900');
    failed(
      await assume('--external-id', 'partner-42', '--duration-seconds', '43201'),
      'AssumeRole',
      'ValidationError',
      "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
    failed(
      await assume('--external-id', 'partner-42', '--duration-seconds', '7201'),
      'AssumeRole',
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    failed(
      await assume('--external-id', 'partner-41'),
      'AssumeRole',
      'AccessDenied',
      denied(`arn:aws:iam::${accountId}:user/admin`, 'Partner'),
    );
    const partner = ok(await assume('--external-id', 'partner-42', '--duration-seconds', '7200'));
    expect(partner.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/Partner/partner`);
  });
});
