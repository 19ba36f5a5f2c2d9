import {
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsError, type Credentials, clients, seedText, testClock, totpCode } from './support/clients.js';
import { queryRequest, signedFetch } from './support/signedFetch.js';

describe('virtual MFA devices (SDK, seed policy)', () => {
  const clock = testClock(new Date('2026-07-01T12:00:00Z'));
  let emulator: Emulator;
  let user: SeededUser;
  let serial: string;
  let seed: string;
  const as = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now });

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now });
    user = await seedMfaScenario(emulator);
  });
  afterAll(() => emulator.stop());

  it('CreateVirtualMFADevice returns the serial, the base32 seed and a QR code PNG of the otpauth URI', async () => {
    const { VirtualMFADevice } = await as(user).iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'cli-user' }),
    );
    serial = VirtualMFADevice!.SerialNumber!;
    seed = seedText(VirtualMFADevice!.Base32StringSeed);
    expect(serial).toBe('arn:aws:iam::123456789012:mfa/cli-user');
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    const png = Buffer.from(VirtualMFADevice!.QRCodePNG!);
    const expected = await QRCode.toBuffer(
      `otpauth://totp/cli-user@123456789012?secret=${seed}&issuer=Amazon%20Web%20Services`,
      { type: 'png' },
    );
    expect(png.equals(expected)).toBe(true);

    expect(
      await awsError(
        as(user).iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'cli-user' })),
      ),
    ).toEqual({
      name: 'EntityAlreadyExistsException',
      message: 'MFADevice entity at the same path and name already exists.',
      status: 409,
    });
    // The seed policy lets users create devices named after themselves only.
    const other = await awsError(
      as(user).iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'someone-else' })),
    );
    expect(other).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(other.message).toBe(
      'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/someone-else because no identity-based policy allows the iam:CreateVirtualMFADevice action',
    );
  });

  it('ListVirtualMFADevices shows the unassigned device and never its seed', async () => {
    const listed = await as(user).iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }),
    );
    expect(listed.VirtualMFADevices?.map((d) => d.SerialNumber)).toEqual([serial]);
    const raw = await signedFetch(emulator, user, {
      ...queryRequest('iam', { Action: 'ListVirtualMFADevices' }),
      signingDate: clock.now(),
    });
    expect(raw.body).toContain(`<SerialNumber>${serial}</SerialNumber>`);
    expect(raw.body).not.toMatch(/Seed|QRCode/);
  });

  it('EnableMFADevice wants two consecutive codes', async () => {
    const now = clock.now();
    const enable = (code1: string, code2: string) =>
      as(user).iam.send(
        new EnableMFADeviceCommand({
          UserName: 'cli-user',
          SerialNumber: serial,
          AuthenticationCode1: code1,
          AuthenticationCode2: code2,
        }),
      );
    const invalid = {
      name: 'InvalidAuthenticationCodeException',
      message: 'Authentication code for device is not valid.',
      status: 403,
    };
    expect(await awsError(enable(totpCode(seed, now), totpCode(seed, now)))).toEqual(invalid);
    expect(await awsError(enable(totpCode(seed, now, -2), totpCode(seed, now)))).toEqual(invalid);
    expect(await awsError(enable(totpCode(seed, now, -30), totpCode(seed, now, -29)))).toEqual(invalid);
    await enable(totpCode(seed, now), totpCode(seed, now, 1));
    expect((await awsError(enable(totpCode(seed, now), totpCode(seed, now, 1)))).name).toBe(
      'EntityAlreadyExistsException',
    );
    const devices = await as(user).iam.send(new ListMFADevicesCommand({}));
    expect(devices.MFADevices).toEqual([{ UserName: 'cli-user', SerialNumber: serial, EnableDate: now }]);
    expect(
      (await as(user).iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' })))
        .VirtualMFADevices?.[0]?.User?.UserName,
    ).toBe('cli-user');
  });

  it('ResyncMFADevice accepts two consecutive codes from a drifted device', async () => {
    clock.advance(60_000);
    const drifted = new Date(clock.now().getTime() + 10 * 60_000);
    await as(user).iam.send(
      new ResyncMFADeviceCommand({
        UserName: 'cli-user',
        SerialNumber: serial,
        AuthenticationCode1: totpCode(seed, drifted),
        AuthenticationCode2: totpCode(seed, drifted, 1),
      }),
    );
    expect(
      (
        await awsError(
          as(user).iam.send(
            new ResyncMFADeviceCommand({
              UserName: 'cli-user',
              SerialNumber: serial,
              AuthenticationCode1: '123456',
              AuthenticationCode2: '654321',
            }),
          ),
        )
      ).name,
    ).toBe('InvalidAuthenticationCodeException');
  });

  it('DeactivateMFADevice needs MFA; the device can be deleted only once deactivated', async () => {
    const deactivate = (credentials: Credentials) =>
      as(credentials).iam.send(
        new DeactivateMFADeviceCommand({ UserName: 'cli-user', SerialNumber: serial }),
      );
    expect((await awsError(deactivate(user))).message).toBe(
      'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: iam:DeactivateMFADevice on resource: arn:aws:iam::123456789012:user/cli-user with an explicit deny in an identity-based policy',
    );
    // Resync spent the codes of ten minutes ahead; codes up to then count as used.
    clock.advance(11 * 60_000);
    const { Credentials: session } = await as(user).sts.send(
      new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: totpCode(seed, clock.now()) }),
    );
    const mfa = {
      accessKeyId: session!.AccessKeyId!,
      secretAccessKey: session!.SecretAccessKey!,
      sessionToken: session!.SessionToken!,
    };
    expect(
      await awsError(as(mfa).iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }))),
    ).toMatchObject({ name: 'DeleteConflictException', status: 409 });
    await deactivate(mfa);
    expect((await as(mfa).iam.send(new ListMFADevicesCommand({}))).MFADevices).toEqual([]);
    await as(mfa).iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }));
    expect(
      (await awsError(as(mfa).iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })))).name,
    ).toBe('NoSuchEntityException');
  });
});
