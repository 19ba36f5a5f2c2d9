// The authenticator app of the end-to-end tests: TOTP codes of a device's seed, and a virtual MFA
// device created and enabled through the IAM SDK with such codes.
import { CreateVirtualMFADeviceCommand, EnableMFADeviceCommand, type IAMClient } from '@aws-sdk/client-iam';
import { generateSync } from 'otplib';

/** The phone: the code of `seed` `steps` 30-s periods from `nowMs` (SHA-1, 6 digits, as IAM's devices). */
export function totpCode(seed: string, steps = 0, nowMs = Date.now()): string {
  return generateSync({
    secret: seed,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(nowMs / 1000) + steps * 30,
  });
}

/**
 * Blocks until the 30-s step of `nowMs` has at least `marginMs` left (waits at most `marginMs`),
 * so that codes computed next are not of a step about to end. Synchronous, because tests compute
 * codes inline in argument lists; no request of the test is in flight then.
 */
export function awaitStepMargin(nowMs: number, marginMs: number): void {
  const left = 30_000 - (nowMs % 30_000);
  if (left < marginMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, left + 50);
}

/**
 * Creates the virtual MFA device `userName` with `iam` (the admin's or the user's own key) and
 * enables it for that user; `now` is the emulator's clock when the test sets one.
 */
export async function enableVirtualMfaDevice(
  iam: IAMClient,
  userName: string,
  now: () => number = Date.now,
): Promise<{ serial: string; seed: string }> {
  const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: userName }));
  const serial = created.VirtualMFADevice!.SerialNumber!;
  const seed = Buffer.from(created.VirtualMFADevice!.Base32StringSeed ?? []).toString('ascii');
  const nowMs = now();
  // Two old consecutive codes: the device then still accepts the previous, current and next
  // step's codes once each, so the test's first GetSessionToken is not refused as a reused code.
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: userName,
      SerialNumber: serial,
      AuthenticationCode1: totpCode(seed, -3, nowMs),
      AuthenticationCode2: totpCode(seed, -2, nowMs),
    }),
  );
  return { serial, seed };
}
