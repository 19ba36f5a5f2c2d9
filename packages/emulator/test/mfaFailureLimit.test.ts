// Repeated wrong MFA codes: a device that took `failures` wrong codes within the window is
// throttled (AWS's Throttling / "Rate exceeded"), even for the right code, until the window passes.
import {
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '../src/index.js';
import { awsError, type Credentials, clients, seedText, testClock, totpCode } from './support/clients.js';

const throttled = { name: 'Throttling', message: 'Rate exceeded', status: 400 };

describe('failed MFA codes are rate-limited per device', () => {
  const clock = testClock(new Date('2026-03-01T10:00:15Z'));
  let emulator: Emulator;
  let alice: SeededUser;
  let bob: SeededUser;
  /** Alice's device, enabled by the first test. */
  let aliceDevice: { serial: string; seed: string };
  const sts = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now }).sts;
  const iam = (credentials: Credentials) => clients(emulator, credentials, { now: clock.now }).iam;

  async function createDevice(user: SeededUser) {
    const created = await iam(user).send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: user.userName }),
    );
    return {
      serial: created.VirtualMFADevice!.SerialNumber!,
      seed: seedText(created.VirtualMFADevice!.Base32StringSeed),
    };
  }
  const enable = (user: SeededUser, serial: string, code1: string, code2: string) =>
    iam(user).send(
      new EnableMFADeviceCommand({
        UserName: user.userName,
        SerialNumber: serial,
        AuthenticationCode1: code1,
        AuthenticationCode2: code2,
      }),
    );
  const wrongCode = (seed: string) => (totpCode(seed, clock.now()) === '000000' ? '111111' : '000000');

  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now, mfaFailureLimit: { failures: 3, windowSeconds: 60 } });
    alice = await seedMfaScenario(emulator, { userName: 'alice' });
    bob = await seedMfaScenario(emulator, { userName: 'bob', groupName: 'Bobs' });
  });
  afterAll(() => emulator.stop());

  it('EnableMFADevice: after 3 wrong code pairs even the right pair is throttled, until the window passes', async () => {
    const device = await createDevice(alice);
    aliceDevice = device;
    const wrong = wrongCode(device.seed);
    for (let i = 0; i < 3; i++) {
      expect((await awsError(enable(alice, device.serial, wrong, wrong))).name).toBe(
        'InvalidAuthenticationCodeException',
      );
    }
    const right = [totpCode(device.seed, clock.now(), -1), totpCode(device.seed, clock.now())] as const;
    expect(await awsError(enable(alice, device.serial, ...right))).toEqual(throttled);
    clock.advance(61_000);
    const fresh = [totpCode(device.seed, clock.now(), -1), totpCode(device.seed, clock.now())] as const;
    await enable(alice, device.serial, ...fresh);
  });

  it('GetSessionToken: the 4th attempt is throttled even with the right code; other devices are not', async () => {
    clock.advance(60_000);
    const { serial: aliceSerial, seed: aliceSeed } = aliceDevice;
    const bobDevice = await createDevice(bob);
    await enable(
      bob,
      bobDevice.serial,
      totpCode(bobDevice.seed, clock.now(), -2),
      totpCode(bobDevice.seed, clock.now(), -1),
    );
    const token = (user: SeededUser, serial: string, code: string) =>
      sts(user).send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code }));
    for (let i = 0; i < 3; i++) {
      const refused = await awsError(token(alice, aliceSerial, '000000'));
      expect(refused.message).toBe('MultiFactorAuthentication failed with invalid MFA one time pass code. ');
    }
    expect(await awsError(token(alice, aliceSerial, totpCode(aliceSeed, clock.now())))).toEqual(throttled);
    // Throttled attempts are not counted, and bob's device is another device.
    await token(bob, bobDevice.serial, totpCode(bobDevice.seed, clock.now()));
    clock.advance(61_000);
    const { Credentials } = await token(alice, aliceSerial, totpCode(aliceSeed, clock.now()));
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('a right code clears the count; ResyncMFADevice counts wrong codes too', async () => {
    clock.advance(60_000);
    const { serial: aliceSerial, seed: aliceSeed } = aliceDevice;
    const token = (code: string) =>
      sts(alice).send(new GetSessionTokenCommand({ SerialNumber: aliceSerial, TokenCode: code }));
    for (let i = 0; i < 2; i++) await awsError(token('000000'));
    await token(totpCode(aliceSeed, clock.now()));
    // Two more wrong codes: 2, not 4, within the window.
    for (let i = 0; i < 2; i++) expect((await awsError(token('000000'))).name).toBe('AccessDenied');
    const resync = (code: string) =>
      iam(alice).send(
        new ResyncMFADeviceCommand({
          UserName: 'alice',
          SerialNumber: aliceSerial,
          AuthenticationCode1: code,
          AuthenticationCode2: code,
        }),
      );
    expect((await awsError(resync('000000'))).name).toBe('InvalidAuthenticationCodeException');
    expect(await awsError(token(totpCode(aliceSeed, clock.now(), 1)))).toEqual(throttled);
  });
});

describe('the default limit', () => {
  it('throttles a device after 10 wrong codes within 5 minutes', async () => {
    const clock = testClock(new Date('2026-03-01T10:00:15Z'));
    const emulator = await startEmulator({ clock: clock.now });
    try {
      const user = await seedMfaScenario(emulator);
      const { iam, sts } = clients(emulator, user, { now: clock.now });
      const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'cli-user' }));
      const serial = created.VirtualMFADevice!.SerialNumber!;
      const seed = seedText(created.VirtualMFADevice!.Base32StringSeed);
      await iam.send(
        new EnableMFADeviceCommand({
          UserName: 'cli-user',
          SerialNumber: serial,
          AuthenticationCode1: totpCode(seed, clock.now(), -2),
          AuthenticationCode2: totpCode(seed, clock.now(), -1),
        }),
      );
      const wrong = totpCode(seed, clock.now()) === '000000' ? '111111' : '000000';
      for (let i = 0; i < 10; i++) {
        clock.advance(20_000);
        const refused = await awsError(
          sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: wrong })),
        );
        expect(refused.name, `attempt ${i + 1}`).toBe('AccessDenied');
      }
      const right = totpCode(seed, clock.now());
      expect(
        await awsError(sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: right }))),
      ).toEqual(throttled);
      // The first failure was 180 s ago; 121 s later it is 301 s old and one slot is free again.
      clock.advance(121_000);
      const later = totpCode(seed, clock.now());
      const { Credentials } = await sts.send(
        new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: later }),
      );
      expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
    } finally {
      await emulator.stop();
    }
  });
});
