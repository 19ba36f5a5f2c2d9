// Test helpers: SDK clients pointed at an emulator, and TOTP codes computed from a device seed.
import { CreateVirtualMFADeviceCommand, EnableMFADeviceCommand, IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { generateSync } from 'otplib';
import type { Emulator } from '../../src/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ClientOptions {
  /** Default 1, so errors surface as they are. */
  maxAttempts?: number;
  /** Sign as of `now()` instead of the real time (for an emulator on a test clock). */
  now?: () => Date;
}

/** The `Credentials` of an STS response (GetSessionToken, AssumeRole) as signing credentials. */
export function sessionCredentials(
  credentials: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined,
): Credentials {
  return {
    accessKeyId: credentials!.AccessKeyId!,
    secretAccessKey: credentials!.SecretAccessKey!,
    sessionToken: credentials!.SessionToken!,
  };
}

/** STS and IAM clients for `credentials`. */
export function clients(emulator: Emulator, credentials: Credentials, options: ClientOptions = {}) {
  const config = {
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials,
    maxAttempts: options.maxAttempts ?? 1,
    systemClockOffset: options.now ? options.now().getTime() - Date.now() : 0,
  };
  return { sts: new STSClient(config), iam: new IAMClient(config) };
}

/** The code a device with `seed` shows at `at` (or `stepOffset` 30 s steps later). */
export function totpCode(seed: string, at: Date, stepOffset = 0): string {
  const epoch = Math.floor(at.getTime() / 1000) + stepOffset * 30;
  return generateSync({ secret: seed, algorithm: 'sha1', digits: 6, period: 30, epoch });
}

/** The base32 seed from CreateVirtualMFADevice's Base32StringSeed (the SDK hands back the decoded bytes). */
export function seedText(base32StringSeed: Uint8Array | undefined): string {
  return Buffer.from(base32StringSeed ?? []).toString('ascii');
}

/** A clock tests can move. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Runs `promise` and returns the AWS error it rejects with (name = code, message, HTTP status). */
export async function awsError(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the request to fail');
}

/** Creates and enables a virtual MFA device for `user`; returns its serial and seed. */
export async function enrollDevice(emulator: Emulator, user: Credentials & { userName: string }, now: Date) {
  const { iam } = clients(emulator, user, { now: () => now });
  const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: user.userName }));
  const serial = created.VirtualMFADevice!.SerialNumber!;
  const seed = seedText(created.VirtualMFADevice!.Base32StringSeed);
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: user.userName,
      SerialNumber: serial,
      AuthenticationCode1: totpCode(seed, now, -2),
      AuthenticationCode2: totpCode(seed, now, -1),
    }),
  );
  return { serial, seed };
}
