import {
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetUserCommand,
  ListMFADevicesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsError, clients, seedText, testClock, totpCode } from './support/clients.js';

describe('seed scenario through the SDK', () => {
  let emulator: Emulator;
  // The codes are computed once; a clock that stands still keeps them in their 30-s step however
  // long the calls take (issue 17.15). Signing with the real time stays well within 15 minutes.
  const clock = testClock();
  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
  });
  afterAll(() => emulator.stop());

  it('enrolls a device and trades a code for MFA session credentials', async () => {
    const user = await seedMfaScenario(emulator);
    const { sts, iam } = clients(emulator, user);
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe('arn:aws:iam::123456789012:user/cli-user');
    expect(identity.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);

    const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'cli-user' }));
    const serial = created.VirtualMFADevice!.SerialNumber!;
    expect(serial).toBe('arn:aws:iam::123456789012:mfa/cli-user');
    const seed = seedText(created.VirtualMFADevice!.Base32StringSeed);
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);

    const now = clock.now();
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'cli-user',
        SerialNumber: serial,
        AuthenticationCode1: totpCode(seed, now, -1),
        AuthenticationCode2: totpCode(seed, now),
      }),
    );
    const devices = await iam.send(new ListMFADevicesCommand({}));
    expect(devices.MFADevices?.map((d) => d.SerialNumber)).toEqual([serial]);

    // The long-term key may do MFA self-service and list users, and nothing else.
    expect((await iam.send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).toEqual([
      'admin',
      'cli-user',
    ]);
    const denied = await awsError(iam.send(new GetUserCommand({})));
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(denied.message).toBe(
      'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: iam:GetUser on resource: arn:aws:iam::123456789012:user/cli-user with an explicit deny in an identity-based policy',
    );
    const session = await sts.send(
      new GetSessionTokenCommand({
        SerialNumber: serial,
        TokenCode: totpCode(seed, now, 1),
        DurationSeconds: 3600,
      }),
    );
    expect(session.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });
});
