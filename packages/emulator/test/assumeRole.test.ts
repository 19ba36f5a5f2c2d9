import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  AssumeRoleCommand,
  type AssumeRoleCommandInput,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import {
  awsError,
  type Credentials,
  clients,
  enrollDevice,
  sessionCredentials,
  testClock,
  totpCode,
} from './support/clients.js';
import { signedFetch } from './support/signedFetch.js';

const accountId = '123456789012';
const roleArn = (name: string) => `arn:aws:iam::${accountId}:role/${name}`;
const trust = (statement: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }],
  });
const accountRoot = { AWS: `arn:aws:iam::${accountId}:root` };

describe('STS AssumeRole', () => {
  const clock = testClock(new Date('2026-03-01T10:00:00Z'));
  let emulator: Emulator;
  let user: SeededUser;
  let device: { serial: string; seed: string };
  /** A user with no policies at all. */
  let bare: Credentials;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
    user = await seedMfaScenario(emulator);
    device = await enrollDevice(emulator, user, clock.now());
    const admin = iam(emulator.admin);
    await admin.send(new CreateUserCommand({ UserName: 'bare' }));
    const { AccessKey } = await admin.send(new CreateAccessKeyCommand({ UserName: 'bare' }));
    bare = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    const role = async (name: string, trustPolicy: string, policy?: object) => {
      await admin.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trustPolicy }));
      if (policy) {
        await admin.send(
          new PutRolePolicyCommand({
            RoleName: name,
            PolicyName: 'Inline',
            PolicyDocument: JSON.stringify(policy),
          }),
        );
      }
    };
    await role('NamesBare', trust({ Principal: { AWS: `arn:aws:iam::${accountId}:user/bare` } }));
    await role('TrustsAccount', trust({ Principal: accountRoot }));
    await role('TrustsNamesBare', trust({ Principal: { AWS: `arn:aws:iam::${accountId}:role/NamesBare` } }));
    await role(
      'External',
      trust({ Principal: accountRoot, Condition: { StringEquals: { 'sts:ExternalId': 'partner-42' } } }),
    );
    await role(
      'FromLoopback',
      trust({ Principal: accountRoot, Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } } }),
    );
    await role(
      'FromElsewhere',
      trust({ Principal: accountRoot, Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }),
    );
    // Buckets may be listed within 10 minutes of the MFA code, as the trust policy allows.
    await role(
      'FreshMfa',
      trust({
        Principal: accountRoot,
        Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '600' } },
      }),
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:ListAllMyBuckets',
            Resource: '*',
            Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '600' } },
          },
        ],
      },
    );
  });
  afterAll(() => emulator.stop());

  const sts = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now }).sts;
  function iam(credentials: Credentials) {
    return clients(emulator, credentials, { now: clock.now }).iam;
  }
  const assume = (credentials: Credentials, input: Partial<AssumeRoleCommandInput> & { RoleArn: string }) =>
    sts(credentials).send(new AssumeRoleCommand({ RoleSessionName: 'test', ...input }));
  /** A fresh code: each test moves the clock a step on, since a code is accepted once. */
  const freshCode = () => {
    clock.advance(30_000);
    return { SerialNumber: device.serial, TokenCode: totpCode(device.seed, clock.now()) };
  };
  const listBuckets = (credentials: Credentials) =>
    signedFetch(emulator, credentials, { service: 's3', signingDate: clock.now() });
  const denied = (who: string, role: string) =>
    `User: ${who} is not authorized to perform: sts:AssumeRole on resource: ${roleArn(role)}`;
  const cliUser = `arn:aws:iam::${accountId}:user/cli-user`;

  it('the seeded roles require MFA: a long-term key is refused, a code on AssumeRole is accepted', async () => {
    expect(await awsError(assume(user, { RoleArn: user.roleArns.Admin! }))).toEqual({
      name: 'AccessDenied',
      // MyUsersPolicy already denies a key without MFA, before the trust policy is asked.
      message: `${denied(cliUser, 'Admin')} with an explicit deny in an identity-based policy`,
      status: 403,
    });
    // The admin's own policy allows everything; the trust policy still wants MFA.
    expect(await awsError(assume(emulator.admin, { RoleArn: user.roleArns.Admin! }))).toEqual({
      name: 'AccessDenied',
      message: denied(`arn:aws:iam::${accountId}:user/admin`, 'Admin'),
      status: 403,
    });

    const code = freshCode();
    const result = await assume(user, {
      RoleArn: user.roleArns.Admin!,
      RoleSessionName: 'alice@ops',
      ...code,
    });
    expect(result.AssumedRoleUser).toEqual({
      Arn: `arn:aws:sts::${accountId}:assumed-role/Admin/alice@ops`,
      AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:alice@ops$/),
    });
    expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(result.Credentials?.Expiration?.getTime()).toBe(clock.now().getTime() + 3600_000);
    const session = sessionCredentials(result.Credentials);
    const identity = await sts(session).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: accountId,
      Arn: `arn:aws:sts::${accountId}:assumed-role/Admin/alice@ops`,
      UserId: result.AssumedRoleUser?.AssumedRoleId,
    });
    // The role's AdministratorAccess applies, not the user's MyUsersPolicy.
    expect((await iam(session).send(new ListUsersCommand({}))).Users?.length).toBeGreaterThan(1);
    // The same code again is refused, as for GetSessionToken.
    expect((await awsError(assume(user, { RoleArn: user.roleArns.Admin!, ...code }))).message).toBe(
      'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
    );
  });

  it('an MFA session assumes the role without a code; a session without MFA is refused', async () => {
    const mfa = sessionCredentials(
      (await sts(user).send(new GetSessionTokenCommand({ ...freshCode(), DurationSeconds: 7200 })))
        .Credentials,
    );
    const role = await assume(mfa, { RoleArn: user.roleArns.ReadOnly! });
    expect(role.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/ReadOnly/test`);
    const readOnly = sessionCredentials(role.Credentials);
    expect((await listBuckets(readOnly)).status).toBe(200);
    // ReadOnlyAccess does not create buckets.
    const create = await signedFetch(emulator, readOnly, {
      service: 's3',
      method: 'PUT',
      path: '/role-bucket',
      signingDate: clock.now(),
    });
    expect(create.status).toBe(403);
    expect(create.body).toContain('<Code>AccessDenied</Code>');

    const plain = sessionCredentials(
      (await sts(emulator.admin).send(new GetSessionTokenCommand({ DurationSeconds: 900 }))).Credentials,
    );
    expect(await awsError(assume(plain, { RoleArn: user.roleArns.Admin! }))).toMatchObject({
      name: 'AccessDenied',
      message: denied(`arn:aws:iam::${accountId}:user/admin`, 'Admin'),
    });
  });

  it('a role session keeps the MFA age of the original code (aws:MultiFactorAuthAge)', async () => {
    const mfa = sessionCredentials(
      (await sts(user).send(new GetSessionTokenCommand({ ...freshCode(), DurationSeconds: 3600 })))
        .Credentials,
    );
    clock.advance(300_000);
    const role = sessionCredentials((await assume(mfa, { RoleArn: roleArn('FreshMfa') })).Credentials);
    expect((await listBuckets(role)).status).toBe(200);
    // 400 s after AssumeRole, but 700 s after the code: the role's condition no longer holds.
    clock.advance(400_000);
    expect((await listBuckets(role)).status).toBe(403);
    // …and the trust policy now refuses the old MFA session too.
    expect((await awsError(assume(mfa, { RoleArn: roleArn('FreshMfa') }))).message).toBe(
      denied(cliUser, 'FreshMfa'),
    );
  });

  it('caps chained sessions at one hour with AWS text, and the role at its MaxSessionDuration', async () => {
    const chaining =
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.';
    const maxDuration = 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.';
    // Admin allows 12 hours: directly with a code, 12 hours are granted.
    const direct = await assume(user, {
      RoleArn: user.roleArns.Admin!,
      DurationSeconds: 43_200,
      ...freshCode(),
    });
    expect(direct.Credentials?.Expiration?.getTime()).toBe(clock.now().getTime() + 43_200_000);
    const admin = sessionCredentials(direct.Credentials);
    // A role session assuming a role: at most an hour, whatever the target allows.
    expect(await awsError(assume(admin, { RoleArn: user.roleArns.Admin!, DurationSeconds: 3601 }))).toEqual({
      name: 'ValidationError',
      message: chaining,
      status: 400,
    });
    const chained = await assume(admin, { RoleArn: user.roleArns.ReadOnly!, RoleSessionName: 'hop' });
    expect(chained.Credentials?.Expiration?.getTime()).toBe(clock.now().getTime() + 3600_000);
    // The MFA of the first hop carries along the chain: ReadOnly's trust policy wants it.
    expect(
      (await sts(sessionCredentials(chained.Credentials)).send(new GetCallerIdentityCommand({}))).Arn,
    ).toBe(`arn:aws:sts::${accountId}:assumed-role/ReadOnly/hop`);
    // A GetSessionToken session counts as chaining too.
    const mfa = sessionCredentials(
      (await sts(user).send(new GetSessionTokenCommand({ ...freshCode(), DurationSeconds: 7200 })))
        .Credentials,
    );
    expect(
      (await awsError(assume(mfa, { RoleArn: user.roleArns.Admin!, DurationSeconds: 7200 }))).message,
    ).toBe(chaining);
    // ReadOnly keeps the default 1-hour maximum.
    expect(
      await awsError(
        assume(user, { RoleArn: user.roleArns.ReadOnly!, DurationSeconds: 7200, ...freshCode() }),
      ),
    ).toEqual({ name: 'ValidationError', message: maxDuration, status: 400 });
  });

  it('validates DurationSeconds, RoleSessionName, RoleArn and ExternalId as AWS does', async () => {
    const validation = (value: string, member: string, constraint: string) =>
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`;
    const cases: Array<[Partial<AssumeRoleCommandInput>, string]> = [
      [
        { DurationSeconds: 899 },
        validation('899', 'durationSeconds', 'Member must have value greater than or equal to 900'),
      ],
      [
        { DurationSeconds: 43_201 },
        validation('43201', 'durationSeconds', 'Member must have value less than or equal to 43200'),
      ],
      [
        { RoleSessionName: 'a' },
        validation('a', 'roleSessionName', 'Member must have length greater than or equal to 2'),
      ],
      [
        { RoleSessionName: 'ops/alice' },
        validation(
          'ops/alice',
          'roleSessionName',
          'Member must satisfy regular expression pattern: [\\w+=,.@-]*',
        ),
      ],
      [
        { RoleSessionName: 's'.repeat(65) },
        validation('s'.repeat(65), 'roleSessionName', 'Member must have length less than or equal to 64'),
      ],
      [
        { RoleArn: 'arn:aws:iam::1' },
        validation('arn:aws:iam::1', 'roleArn', 'Member must have length greater than or equal to 20'),
      ],
      [{ RoleArn: 'this is not an ARN at all' }, 'Request ARN is invalid'],
      [
        { ExternalId: 'has space' },
        validation(
          'has space',
          'externalId',
          'Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*',
        ),
      ],
    ];
    for (const [input, message] of cases) {
      expect(await awsError(assume(emulator.admin, { RoleArn: roleArn('TrustsAccount'), ...input }))).toEqual(
        {
          name: 'ValidationError',
          message,
          status: 400,
        },
      );
    }
  });

  it('refuses a wrong or missing ExternalId, and a role that does not exist, alike', async () => {
    const admin = `arn:aws:iam::${accountId}:user/admin`;
    for (const ExternalId of [undefined, 'partner-41']) {
      expect(
        (await awsError(assume(emulator.admin, { RoleArn: roleArn('External'), ExternalId }))).message,
      ).toBe(denied(admin, 'External'));
    }
    await assume(emulator.admin, { RoleArn: roleArn('External'), ExternalId: 'partner-42' });
    for (const missing of ['Missing', 'ops/TrustsAccount']) {
      expect((await awsError(assume(emulator.admin, { RoleArn: roleArn(missing) }))).message).toBe(
        denied(admin, missing),
      );
    }
  });

  it('decides by aws:SourceIp in the trust policy (requests come from 127.0.0.1)', async () => {
    await assume(emulator.admin, { RoleArn: roleArn('FromLoopback') });
    expect((await awsError(assume(emulator.admin, { RoleArn: roleArn('FromElsewhere') }))).name).toBe(
      'AccessDenied',
    );
  });

  it('a trust policy naming the user is enough; trusting the account needs the identity policy too', async () => {
    const role = sessionCredentials((await assume(bare, { RoleArn: roleArn('NamesBare') })).Credentials);
    // A role without policies may do nothing but GetCallerIdentity.
    expect((await sts(role).send(new GetCallerIdentityCommand({}))).Arn).toBe(
      `arn:aws:sts::${accountId}:assumed-role/NamesBare/test`,
    );
    expect((await listBuckets(role)).status).toBe(403);
    expect(await awsError(iam(role).send(new ListUsersCommand({})))).toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:sts::${accountId}:assumed-role/NamesBare/test is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${accountId}:user/ because no identity-based policy allows the iam:ListUsers action`,
    });
    // Any session of a role named in a trust policy may assume it, policies or not.
    const hop = await assume(role, { RoleArn: roleArn('TrustsNamesBare'), RoleSessionName: 'hop' });
    expect(hop.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${accountId}:assumed-role/TrustsNamesBare/hop`);
    expect((await awsError(assume(bare, { RoleArn: roleArn('TrustsNamesBare') }))).message).toBe(
      denied(`arn:aws:iam::${accountId}:user/bare`, 'TrustsNamesBare'),
    );
    expect(await awsError(assume(bare, { RoleArn: roleArn('TrustsAccount') }))).toMatchObject({
      name: 'AccessDenied',
      message: `${denied(`arn:aws:iam::${accountId}:user/bare`, 'TrustsAccount')} because no identity-based policy allows the sts:AssumeRole action`,
    });
  });

  it('a role session cannot call GetSessionToken, nor GetUser without a user name', async () => {
    const role = sessionCredentials((await assume(bare, { RoleArn: roleArn('NamesBare') })).Credentials);
    expect((await awsError(sts(role).send(new GetSessionTokenCommand({})))).message).toBe(
      'Cannot call GetSessionToken with session credentials',
    );
    const admin = sessionCredentials(
      (await assume(user, { RoleArn: user.roleArns.Admin!, ...freshCode() })).Credentials,
    );
    expect(await awsError(iam(admin).send(new GetUserCommand({})))).toEqual({
      name: 'ValidationError',
      message: 'Must specify userName when calling with non-User credentials',
      status: 400,
    });
  });

  it('a role session expires like any session', async () => {
    const role = sessionCredentials(
      (await assume(emulator.admin, { RoleArn: roleArn('TrustsAccount'), DurationSeconds: 900 })).Credentials,
    );
    await sts(role).send(new GetCallerIdentityCommand({}));
    clock.advance(900_000);
    expect(await awsError(sts(role).send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
      status: 403,
    });
  });
});
