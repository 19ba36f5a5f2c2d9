import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateUserCommand, GetUserCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, clients } from './support/clients.js';

describe('fault injection', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      faults: { 'sts:GetCallerIdentity': { error: 'Throttling', times: 1 } },
    });
  });
  afterAll(() => emulator.stop());
  const lastStatuses = (n: number) => emulator.requestLog.slice(-n).map((e) => `${e.action}:${e.status}`);

  it('initial rules apply; Throttling for `times` requests, which the SDK retries', async () => {
    const { sts } = clients(emulator, emulator.admin, { maxAttempts: 3 });
    await sts.send(new GetCallerIdentityCommand({}));
    expect(lastStatuses(2)).toEqual(['GetCallerIdentity:400', 'GetCallerIdentity:200']);
  });

  it('InternalError and ServiceUnavailable answer 500 and 503 in AWS error format', async () => {
    const { sts } = clients(emulator, emulator.admin);
    emulator.setFaults({ GetCallerIdentity: { error: 'InternalError' } });
    expect(await awsError(sts.send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'InternalFailure',
      message: 'The request processing has failed because of an unknown error, exception or failure.',
      status: 500,
    });
    emulator.setFaults({ '*': { error: 'ServiceUnavailable', times: 1 } });
    expect(await awsError(sts.send(new GetCallerIdentityCommand({})))).toMatchObject({
      name: 'ServiceUnavailable',
      status: 503,
    });
    // times: 1 is used up, and setFaults replaced the InternalError rule.
    await sts.send(new GetCallerIdentityCommand({}));
  });

  it('reset drops the connection; errorRate 0 never fails; rules match by action only where given', async () => {
    const { sts, iam } = clients(emulator, emulator.admin);
    emulator.setFaults({ GetCallerIdentity: { error: 'reset', times: 1 } });
    const reset = await awsError(sts.send(new GetCallerIdentityCommand({})));
    expect(reset.status).toBeUndefined();
    expect(emulator.requestLog.at(-1)).toMatchObject({
      service: 'sts',
      action: 'GetCallerIdentity',
      status: 0,
    });
    emulator.setFaults({
      GetUser: { error: 'Throttling', errorRate: 0 },
      GetCallerIdentity: { latencyMs: 30 },
    });
    await iam.send(new GetUserCommand({}));
    await sts.send(new GetCallerIdentityCommand({}));
    expect(lastStatuses(2)).toEqual(['GetUser:200', 'GetCallerIdentity:200']);
    emulator.setFaults({});
  });
});

describe('state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
  const stateFile = join(dir, 'nested', 'state.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is written 0600 in a 0700 folder after each change and reloaded on the next start', async () => {
    const first = await startEmulator({ stateFile, accountId: '111122223333' });
    await clients(first, first.admin).iam.send(new CreateUserCommand({ UserName: 'kept' }));
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).users.kept.userName).toBe('kept');
    await first.stop();
    expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);

    const second = await startEmulator({ stateFile });
    try {
      expect(second.accountId).toBe('111122223333');
      expect(second.admin).toMatchObject({
        userName: 'admin',
        accessKeyId: first.admin.accessKeyId,
        secretAccessKey: first.admin.secretAccessKey,
      });
      const { User } = await clients(second, second.admin).iam.send(new GetUserCommand({ UserName: 'kept' }));
      expect(User?.Arn).toBe('arn:aws:iam::111122223333:user/kept');
    } finally {
      await second.stop();
    }
    await expect(startEmulator({ stateFile, accountId: '123456789012' })).rejects.toThrow(
      /belongs to account 111122223333/,
    );
  });
});
