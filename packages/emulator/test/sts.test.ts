import { ListUsersCommand } from '@aws-sdk/client-iam';
import {
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  type GetSessionTokenCommandInput,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsError, type Credentials, clients, enrollDevice, testClock, totpCode } from './support/clients.js';

describe('STS', () => {
  const clock = testClock(new Date('2026-03-01T10:00:00Z'));
  let emulator: Emulator;
  let user: SeededUser;
  let device: { serial: string; seed: string };
  let other: SeededUser;
  let otherDevice: { serial: string; seed: string };

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
    user = await seedMfaScenario(emulator);
    other = await seedMfaScenario(emulator, { userName: 'other-user', groupName: 'Others' });
    device = await enrollDevice(emulator, user, clock.now());
    otherDevice = await enrollDevice(emulator, other, clock.now());
  });
  afterAll(() => emulator.stop());

  // The SDK signs with the real time; the emulator's clock is pinned elsewhere. Sign as of its clock.
  const sts = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now }).sts;
  const iam = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now }).iam;

  it('GetCallerIdentity answers for any valid key, whatever the policies say', async () => {
    const identity = await sts(user).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: '123456789012',
      Arn: 'arn:aws:iam::123456789012:user/cli-user',
    });
    const admin = await sts(emulator.admin).send(new GetCallerIdentityCommand({}));
    expect(admin.Arn).toBe('arn:aws:iam::123456789012:user/admin');
  });

  it('GetSessionToken with a fresh code gives MFA session credentials for 12 hours by default', async () => {
    clock.advance(60_000);
    const { Credentials } = await sts(user).send(
      new GetSessionTokenCommand({
        SerialNumber: device.serial,
        TokenCode: totpCode(device.seed, clock.now()),
      }),
    );
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(Credentials?.SecretAccessKey).toHaveLength(40);
    expect(Credentials?.Expiration?.getTime()).toBe(clock.now().getTime() + 43_200_000);
    const session = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    };
    expect((await sts(session).send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:iam::123456789012:user/cli-user',
    );
    // IAM works with an MFA session (ListUsers is allowed by MyUsersPolicy).
    expect((await iam(session).send(new ListUsersCommand({}))).Users?.length).toBe(3);
    expect(await awsError(sts(session).send(new GetSessionTokenCommand({})))).toEqual({
      name: 'AccessDenied',
      message: 'Cannot call GetSessionToken with session credentials',
      status: 403,
    });
  });

  it('refuses a code already accepted for the device, a wrong code, and a code of another user', async () => {
    clock.advance(60_000);
    const code = totpCode(device.seed, clock.now());
    await sts(user).send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: code }));
    const reused = await awsError(
      sts(user).send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: code })),
    );
    expect(reused).toEqual({
      name: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
      status: 403,
    });
    // A code from five minutes ahead is well-formed but outside the ±30 s window.
    const wrongCode = totpCode(device.seed, clock.now(), 10);
    expect(
      (
        await awsError(
          sts(user).send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: wrongCode })),
        )
      ).message,
    ).toBe('MultiFactorAuthentication failed with invalid MFA one time pass code. ');
    const foreign = await awsError(
      sts(user).send(
        new GetSessionTokenCommand({
          SerialNumber: otherDevice.serial,
          TokenCode: totpCode(otherDevice.seed, clock.now()),
        }),
      ),
    );
    expect(foreign.message).toBe(
      'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
    );
  });

  it('accepts the code of the next 30-second step once, then the step after it', async () => {
    clock.advance(120_000);
    await sts(user).send(
      new GetSessionTokenCommand({
        SerialNumber: device.serial,
        TokenCode: totpCode(device.seed, clock.now(), 1),
      }),
    );
    // The current step's code is older than the accepted one: refused like a reuse.
    const older = await awsError(
      sts(user).send(
        new GetSessionTokenCommand({
          SerialNumber: device.serial,
          TokenCode: totpCode(device.seed, clock.now()),
        }),
      ),
    );
    expect(older.name).toBe('AccessDenied');
  });

  it('validates parameters as AWS does', async () => {
    const cases: Array<[GetSessionTokenCommandInput, string]> = [
      [
        { DurationSeconds: 899 },
        "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      ],
      [
        { DurationSeconds: 129_601 },
        "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600",
      ],
      [
        { SerialNumber: device.serial, TokenCode: '12a456' },
        "1 validation error detected: Value '12a456' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*",
      ],
      [
        { SerialNumber: device.serial, TokenCode: '1234567' },
        "1 validation error detected: Value '1234567' at 'tokenCode' failed to satisfy constraint: Member must have length less than or equal to 6",
      ],
    ];
    for (const [input, message] of cases) {
      expect(await awsError(sts(user).send(new GetSessionTokenCommand(input)))).toEqual({
        name: 'ValidationError',
        message,
        status: 400,
      });
    }
    expect(
      (await awsError(sts(user).send(new GetSessionTokenCommand({ SerialNumber: device.serial })))).message,
    ).toBe('MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.');
  });

  it('a session without MFA may call STS but not IAM (InvalidClientTokenId), and expires', async () => {
    const { Credentials } = await sts(user).send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const session = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    };
    await sts(session).send(new GetCallerIdentityCommand({}));
    expect(await awsError(iam(session).send(new ListUsersCommand({})))).toEqual({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
    clock.advance(901_000);
    expect(await awsError(sts(session).send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
      status: 403,
    });
  });

  it('the request log counts GetSessionToken calls per key', () => {
    const calls = emulator.requestLog.filter(
      (e) => e.action === 'GetSessionToken' && e.accessKeyId === user.accessKeyId,
    );
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(calls.every((e) => e.service === 'sts')).toBe(true);
    expect(calls.some((e) => e.status === 200)).toBe(true);
    expect(calls.some((e) => e.status === 403)).toBe(true);
  });
});
