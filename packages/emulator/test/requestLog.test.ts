import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { type RequestLogEntry, startEmulator } from '../src/index.js';
import { awsError, clients, testClock } from './support/clients.js';

describe('request log', () => {
  it('holds only the last requestLogSize requests, so a long-running sandbox stays in bounded memory', async () => {
    const emulator = await startEmulator({ requestLogSize: 3 });
    try {
      const { sts, iam } = clients(emulator, emulator.admin);
      for (let i = 0; i < 4; i++) await sts.send(new GetCallerIdentityCommand({}));
      await iam.send(new GetUserCommand({}));
      expect(emulator.requestLog.map((entry) => entry.action)).toEqual([
        'GetCallerIdentity',
        'GetCallerIdentity',
        'GetUser',
      ]);
      expect(emulator.requestCount).toBe(5);
    } finally {
      await emulator.stop();
    }
  });

  it('hands each request to onRequest: time, source, caller, action, policy decision, status', async () => {
    const clock = testClock(new Date('2026-05-04T08:00:00Z'));
    const seen: RequestLogEntry[] = [];
    const emulator = await startEmulator({ clock: clock.now, onRequest: (entry) => seen.push(entry) });
    try {
      const admin = clients(emulator, emulator.admin, { now: clock.now });
      await admin.iam.send(new CreateUserCommand({ UserName: 'bob' }));
      await admin.iam.send(
        new PutUserPolicyCommand({
          UserName: 'bob',
          PolicyName: 'NoGetUser',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'iam:GetUser', Resource: '*' }],
          }),
        }),
      );
      const { AccessKey } = await admin.iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
      const bobKey = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
      const bob = clients(emulator, bobKey, { now: clock.now });
      seen.length = 0;

      await bob.sts.send(new GetCallerIdentityCommand({}));
      await awsError(bob.iam.send(new GetUserCommand({})));
      await awsError(bob.iam.send(new ListUsersCommand({})));
      await admin.iam.send(new ListUsersCommand({}));
      const forged = clients(emulator, { ...bobKey, secretAccessKey: 'wrong' }, { now: clock.now });
      await awsError(forged.sts.send(new GetCallerIdentityCommand({})));

      const bobArn = 'arn:aws:iam::123456789012:user/bob';
      const common = { time: '2026-05-04T08:00:00.000Z', sourceIp: '127.0.0.1' };
      expect(seen).toEqual([
        {
          ...common,
          service: 'sts',
          action: 'GetCallerIdentity',
          accessKeyId: bobKey.accessKeyId,
          caller: bobArn,
          status: 200,
        },
        {
          ...common,
          service: 'iam',
          action: 'GetUser',
          accessKeyId: bobKey.accessKeyId,
          caller: bobArn,
          decision: 'explicitDeny',
          status: 403,
          errorCode: 'AccessDenied',
        },
        {
          ...common,
          service: 'iam',
          action: 'ListUsers',
          accessKeyId: bobKey.accessKeyId,
          caller: bobArn,
          decision: 'implicitDeny',
          status: 403,
          errorCode: 'AccessDenied',
        },
        {
          ...common,
          service: 'iam',
          action: 'ListUsers',
          accessKeyId: emulator.admin.accessKeyId,
          caller: 'arn:aws:iam::123456789012:user/admin',
          decision: 'allowed',
          status: 200,
        },
        {
          ...common,
          service: 'sts',
          action: 'GetCallerIdentity',
          accessKeyId: bobKey.accessKeyId,
          status: 403,
          errorCode: 'SignatureDoesNotMatch',
        },
      ]);
    } finally {
      await emulator.stop();
    }
  });
});
