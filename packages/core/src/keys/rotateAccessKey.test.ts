import { describe, expect, it } from 'vitest';
import type { AccessKeyApi, AccessKeyInfo } from './accessKeyApi.js';
import type { LongTermKeys } from './keyStore.js';
import { rotateAccessKey } from './rotateAccessKey.js';

const user = { userName: 'alice', arn: 'arn:aws:iam::123456789012:user/alice' };
const oldKeys = { accessKeyId: 'AKIAOLDOLDOLDOLDOLD0', secretAccessKey: 'old-secret' };
const newKeys = { accessKeyId: 'AKIANEWNEWNEWNEWNEW0', secretAccessKey: 'new-secret' };
const awsError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 403 } });

/** An IAM user's keys in memory, recording every call; `fail` makes a call throw. */
function fakeIam(
  options: { keys?: AccessKeyInfo[]; fail?: Partial<Record<string, unknown>>; unknownFor?: number } = {},
) {
  const keys: AccessKeyInfo[] = options.keys ?? [{ accessKeyId: oldKeys.accessKeyId, status: 'Active' }];
  const calls: string[] = [];
  let unknownFor = options.unknownFor ?? 0;
  const maybeFail = (name: string) => {
    calls.push(name);
    if (options.fail?.[name]) throw options.fail[name];
  };
  const api: AccessKeyApi = {
    async listAccessKeys() {
      maybeFail('list');
      return keys.map((key) => ({ ...key }));
    },
    async lastUsed(id) {
      return id === 'AKIAOTHEROTHEROTHER0' ? new Date('2026-10-01T00:00:00Z') : undefined;
    },
    async createAccessKey() {
      maybeFail('create');
      keys.push({ accessKeyId: newKeys.accessKeyId, status: 'Active' });
      return newKeys;
    },
    async deactivateAccessKey(_, id) {
      maybeFail(`deactivate ${id}`);
      keys.find((key) => key.accessKeyId === id)!.status = 'Inactive';
    },
    async deleteAccessKey(_, id) {
      maybeFail(`delete ${id}`);
      keys.splice(
        keys.findIndex((key) => key.accessKeyId === id),
        1,
      );
    },
    async callerArn(signing) {
      calls.push(`check ${signing.accessKeyId}`);
      if (unknownFor-- > 0)
        throw awsError('InvalidClientTokenId', 'The security token included in the request is invalid.');
      return keys.some((key) => key.accessKeyId === signing.accessKeyId && key.status === 'Active')
        ? user.arn
        : '';
    },
  };
  return { api, keys, calls };
}

function rotate(
  iam: ReturnType<typeof fakeIam>,
  overrides: { store?: (keys: LongTermKeys) => Promise<void> } = {},
) {
  const stored: string[] = [];
  const slept: number[] = [];
  const notes: string[] = [];
  const result = rotateAccessKey({
    profile: 'dev',
    location: 'the OS keyring (service awsmfa)',
    oldKeys,
    user,
    api: iam.api,
    store:
      overrides.store ??
      (async (keys) => {
        stored.push(keys.accessKeyId);
      }),
    notify: (line) => notes.push(line.english),
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { result, stored, slept, notes };
}

describe('rotateAccessKey', () => {
  it('create, store, check, deactivate, delete: one active key left, the new one, in the store', async () => {
    const iam = fakeIam();
    const run = rotate(iam);
    expect(await run.result).toEqual({
      userName: 'alice',
      oldAccessKeyId: oldKeys.accessKeyId,
      newAccessKeyId: newKeys.accessKeyId,
      checks: 1,
    });
    expect(iam.calls).toEqual([
      'list',
      'create',
      `check ${newKeys.accessKeyId}`,
      `deactivate ${oldKeys.accessKeyId}`,
      `delete ${oldKeys.accessKeyId}`,
    ]);
    expect(run.stored).toEqual([newKeys.accessKeyId]);
    expect(iam.keys).toEqual([{ accessKeyId: newKeys.accessKeyId, status: 'Active' }]);
    expect(run.notes).toHaveLength(5);
  });

  it('waits while IAM does not know the new key yet (bounded), then goes on', async () => {
    const iam = fakeIam({ unknownFor: 2 });
    const run = rotate(iam);
    expect((await run.result).checks).toBe(3);
    expect(run.slept).toEqual([1000, 2000]);
  });

  it('a new key that never works: the old key goes back into the store, the new one is deleted, the old one untouched', async () => {
    const iam = fakeIam({ unknownFor: 100 });
    const run = rotate(iam);
    await expect(run.result).rejects.toMatchObject({
      code: 'CREDENTIALS_INVALID',
      message: expect.stringMatching(
        /^Key rotation of profile dev undone: The new key AKIANEW\w+ still did not work after 9 checks: .*; profile dev uses AKIAOLD\w+ again and the new key AKIANEW\w+ was deleted\.$/,
      ),
    });
    expect(run.stored).toEqual([newKeys.accessKeyId, oldKeys.accessKeyId]);
    expect(iam.keys).toEqual([{ accessKeyId: oldKeys.accessKeyId, status: 'Active' }]);
    expect(iam.calls).not.toContain(`deactivate ${oldKeys.accessKeyId}`);
  });

  it('already two keys: CONFLICT naming the other one and when it was last used; nothing created', async () => {
    const iam = fakeIam({
      keys: [
        { accessKeyId: oldKeys.accessKeyId, status: 'Active' },
        {
          accessKeyId: 'AKIAOTHEROTHEROTHER0',
          status: 'Inactive',
          createDate: new Date('2026-01-02T00:00:00Z'),
        },
      ],
    });
    await expect(rotate(iam).result).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `User alice already has 2 access keys, IAM's limit: ${oldKeys.accessKeyId} (profile dev) and AKIAOTHEROTHEROTHER0 (inactive, created 2026-01-02, last used 2026-10-01); nothing was changed.`,
      hint: expect.stringContaining(
        'aws iam delete-access-key --user-name alice --access-key-id AKIAOTHEROTHEROTHER0',
      ),
    });
    expect(iam.calls).toEqual(['list']);
  });

  it("a profile key that is not the user's: CREDENTIALS_INVALID, nothing created", async () => {
    const iam = fakeIam({ keys: [{ accessKeyId: 'AKIASOMEONEELSE00000', status: 'Active' }] });
    await expect(rotate(iam).result).rejects.toMatchObject({ code: 'CREDENTIALS_INVALID' });
    expect(iam.calls).toEqual(['list']);
  });

  it('a store that cannot take the new key: the new key is deleted again, the old one untouched', async () => {
    const iam = fakeIam();
    const locked = Object.assign(new Error('The OS keyring is locked and could not be unlocked here.'), {
      name: 'AwsMfaError',
      code: 'STORE_UNAVAILABLE',
      hint: 'unlock it',
    });
    await expect(rotate(iam, { store: async () => Promise.reject(locked) }).result).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(
        /undone: The OS keyring is locked and could not be unlocked here; the new key AKIANEW\w+ was deleted\.$/,
      ),
    });
    expect(iam.keys).toEqual([{ accessKeyId: oldKeys.accessKeyId, status: 'Active' }]);
  });

  it('the undo fails too: ROTATION_INCOMPLETE with the command that finishes it', async () => {
    const iam = fakeIam({
      unknownFor: 100,
      fail: { [`delete ${newKeys.accessKeyId}`]: awsError('ServiceFailure', 'boom') },
    });
    await expect(rotate(iam).result).rejects.toMatchObject({
      code: 'ROTATION_INCOMPLETE',
      message: expect.stringContaining(
        `delete it with aws iam delete-access-key --user-name alice --access-key-id ${newKeys.accessKeyId}`,
      ),
    });
  });

  it.each([
    ['deactivating', `deactivate ${oldKeys.accessKeyId}`, /the old key AKIAOLD\w+ is still active/, 'Active'],
    [
      'deleting',
      `delete ${oldKeys.accessKeyId}`,
      /the old key AKIAOLD\w+ is inactive, but deleting it failed/,
      'Inactive',
    ],
  ])(
    '%s the old key fails: ROTATION_INCOMPLETE, the profile keeps the new working key',
    async (_, call, message, oldStatus) => {
      const iam = fakeIam({ fail: { [call]: awsError('ServiceFailure', 'IAM failed') } });
      const run = rotate(iam);
      await expect(run.result).rejects.toMatchObject({
        code: 'ROTATION_INCOMPLETE',
        message: expect.stringMatching(message),
        hint: `delete it: aws iam delete-access-key --user-name alice --access-key-id ${oldKeys.accessKeyId}`,
      });
      expect(run.stored).toEqual([newKeys.accessKeyId]);
      expect(iam.keys.find((key) => key.accessKeyId === oldKeys.accessKeyId)?.status).toBe(oldStatus);
    },
  );

  it('a policy without key rotation: ACCESS_DENIED, and the hint names what to grant', async () => {
    const iam = fakeIam({
      fail: {
        create: awsError(
          'AccessDenied',
          'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateAccessKey',
        ),
      },
    });
    await expect(rotate(iam).result).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
      hint: expect.stringContaining('awsmfa policy apply'),
    });
  });
});
