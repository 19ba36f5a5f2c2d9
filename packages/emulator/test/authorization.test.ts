import {
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  PutUserPolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import { type Credentials, clients, seedText, testClock, totpCode } from './support/clients.js';
import { signedFetch } from './support/signedFetch.js';

describe('authorization with the seed policy', () => {
  const clock = testClock(new Date('2026-09-10T09:00:00Z'));
  let emulator: Emulator;
  let user: SeededUser;
  let trusted: SeededUser;
  let elsewhere: SeededUser;
  let session: Credentials;
  const as = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now });
  const listBuckets = (credentials: Credentials) =>
    signedFetch(emulator, credentials, { service: 's3', signingDate: clock.now() });

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
    user = await seedMfaScenario(emulator);
    trusted = await seedMfaScenario(emulator, {
      userName: 'office-user',
      groupName: 'Office',
      trustedCidrs: ['10.0.0.0/8', '127.0.0.1/32'],
    });
    elsewhere = await seedMfaScenario(emulator, {
      userName: 'remote-user',
      groupName: 'Remote',
      trustedCidrs: ['203.0.113.0/24'],
    });
    const { VirtualMFADevice } = await as(user).iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'cli-user' }),
    );
    const seed = seedText(VirtualMFADevice!.Base32StringSeed);
    const serial = VirtualMFADevice!.SerialNumber!;
    await as(user).iam.send(
      new EnableMFADeviceCommand({
        UserName: 'cli-user',
        SerialNumber: serial,
        AuthenticationCode1: totpCode(seed, clock.now(), -1),
        AuthenticationCode2: totpCode(seed, clock.now()),
      }),
    );
    const { Credentials: c } = await as(user).sts.send(
      new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: totpCode(seed, clock.now(), 1) }),
    );
    session = {
      accessKeyId: c!.AccessKeyId!,
      secretAccessKey: c!.SecretAccessKey!,
      sessionToken: c!.SessionToken!,
    };
  });
  afterAll(() => emulator.stop());

  it('S3 ListBuckets: denied with the long-term key, allowed with the MFA session', async () => {
    const denied = await listBuckets(user);
    expect(denied.status).toBe(403);
    expect(denied.body).toContain('<Code>AccessDenied</Code><Message>Access Denied</Message>');
    const allowed = await listBuckets(session);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toContain(
      '<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
    );
  });

  it('a trusted CIDR holding the caller (127.0.0.1/32) exempts the long-term key; another one does not', async () => {
    expect((await listBuckets(trusted)).status).toBe(200);
    expect((await listBuckets(elsewhere)).status).toBe(403);
  });

  it('S3 CreateBucket and ListObjectsV2 with the MFA session', async () => {
    const created = await signedFetch(emulator, session, {
      service: 's3',
      method: 'PUT',
      path: '/reports',
      signingDate: clock.now(),
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('location')).toBe('/reports');
    const again = await signedFetch(emulator, session, {
      service: 's3',
      method: 'PUT',
      path: '/reports',
      signingDate: clock.now(),
    });
    expect(again.status).toBe(409);
    expect(again.body).toContain('<Code>BucketAlreadyOwnedByYou</Code>');
    const listed = await listBuckets(session);
    expect(listed.body).toMatch(
      /<Bucket><Name>reports<\/Name><CreationDate>2026-09-10T09:00:\d\dZ<\/CreationDate><\/Bucket>/,
    );
    const objects = await signedFetch(emulator, session, {
      service: 's3',
      path: '/reports',
      signingDate: clock.now(),
    });
    expect(objects.body).toContain('<KeyCount>0</KeyCount>');
  });

  it('aws:MultiFactorAuthAge and aws:CurrentTime follow the injected clock', async () => {
    await as(emulator.admin).iam.send(
      new PutUserPolicyCommand({
        UserName: 'cli-user',
        PolicyName: 'FreshMfaOnly',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Action: 's3:*',
              Resource: '*',
              Condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } },
            },
          ],
        }),
      }),
    );
    expect((await listBuckets(session)).status).toBe(200);
    clock.advance(3601_000);
    expect((await listBuckets(session)).status).toBe(403);
  });

  it('SimulatePrincipalPolicy: the MFA and source-IP outcomes of the seed policy', async () => {
    const simulate = (
      context: Array<{
        ContextKeyName: string;
        ContextKeyValues: string[];
        ContextKeyType: 'boolean' | 'ip';
      }>,
      userName = 'cli-user',
    ) =>
      as(emulator.admin).iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: `arn:aws:iam::123456789012:user/${userName}`,
          ActionNames: ['s3:ListAllMyBuckets', 'iam:CreateVirtualMFADevice'],
          ResourceArns: ['*'],
          ContextEntries: context,
        }),
      );
    const noMfa = await simulate(
      [
        {
          ContextKeyName: 'aws:MultiFactorAuthPresent',
          ContextKeyValues: ['false'],
          ContextKeyType: 'boolean',
        },
      ],
      'remote-user',
    );
    expect(noMfa.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual([
      ['s3:ListAllMyBuckets', 'explicitDeny'],
      ['iam:CreateVirtualMFADevice', 'implicitDeny'],
    ]);
    expect(noMfa.EvaluationResults?.[0]?.MatchedStatements).toContainEqual({
      SourcePolicyId: 'MyUsersPolicy',
      SourcePolicyType: 'group',
    });
    const withMfa = await simulate([
      { ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['true'], ContextKeyType: 'boolean' },
    ]);
    expect(withMfa.EvaluationResults?.[0]?.EvalDecision).toBe('allowed');
    const office = await simulate(
      [{ ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['203.0.113.7'], ContextKeyType: 'ip' }],
      'remote-user',
    );
    expect(office.EvaluationResults?.[0]?.EvalDecision).toBe('allowed');
  });

  it('SimulatePrincipalPolicy on a group: its inline and attached managed policies', async () => {
    const simulate = (mfa: 'true' | 'false') =>
      as(emulator.admin).iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: 'arn:aws:iam::123456789012:group/MyUsers',
          ActionNames: ['s3:ListAllMyBuckets'],
          ResourceArns: ['*'],
          ContextEntries: [
            {
              ContextKeyName: 'aws:MultiFactorAuthPresent',
              ContextKeyValues: [mfa],
              ContextKeyType: 'boolean',
            },
          ],
        }),
      );
    const denied = (await simulate('false')).EvaluationResults?.[0];
    expect(denied?.EvalDecision).toBe('explicitDeny');
    expect(denied?.MatchedStatements).toContainEqual({
      SourcePolicyId: 'MyUsersPolicy',
      SourcePolicyType: 'group',
    });
    // Allowed only by PowerUserAccess, attached to the group.
    expect((await simulate('true')).EvaluationResults?.[0]?.EvalDecision).toBe('allowed');
  });

  it('SimulateCustomPolicy evaluates the given documents only', async () => {
    const result = await as(emulator.admin).iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 's3:*',
                Resource: '*',
                Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
              },
            ],
          }),
        ],
        ActionNames: ['s3:ListAllMyBuckets'],
        ContextEntries: [
          { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['192.0.2.10'], ContextKeyType: 'ip' },
        ],
      }),
    );
    expect(result.EvaluationResults?.[0]).toMatchObject({
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'IAM Policy' }],
    });
  });
});
