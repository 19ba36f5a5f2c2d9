// The end-to-end bed for the session commands: a started emulator with the seed scenario
// (group MyUsers requiring MFA except from trusted IPs), and users whose virtual MFA devices are
// created and enabled through the IAM SDK with codes computed from the emulator-issued seed.
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { type Emulator, type SeededUser, seedMfaScenario, startEmulator } from '@awsmfa/emulator';
import { cliPath, type RunResult, runProcess, type TestHome, testHome } from './awsmfa.js';
import { awaitStepMargin, enableVirtualMfaDevice, totpCode } from './virtualMfaDevice.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** An IAM user with long-term keys and an enabled virtual MFA device. */
export interface MfaUser {
  userName: string;
  accessKeyId: string;
  secretAccessKey: string;
  serial: string;
  seed: string;
  /**
   * The device's code `steps` 30-s steps from now (the emulator accepts -1…+1 around now). A code
   * of an earlier step (`steps` < 0) is accepted only until the current step ends, so when less
   * than `stepMarginMs` of it is left this first waits for the next step.
   */
  code(steps?: number): string;
}

export interface SessionBed {
  emulator: Emulator;
  seeded: SeededUser;
  /** An IAM client with the emulator's admin key, for breaking things on purpose. */
  admin: IAMClient;
  /** Creates a user in MyUsers with its own key and enabled device; each test takes a fresh one, since a device accepts each code step once. */
  newUser(name: string): Promise<MfaUser>;
  stop(): Promise<void>;
}

/** Starts an emulator and seeds the MFA scenario. */
export async function startSessionBed(
  options: { trustedCidrs?: string[]; clock?: () => Date } = {},
): Promise<SessionBed> {
  const emulator = await startEmulator(options.clock ? { clock: options.clock } : {});
  const seeded = await seedMfaScenario(emulator, { trustedCidrs: options.trustedCidrs });
  const admin = new IAMClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: emulator.admin,
  });
  const now = () => (options.clock ?? (() => new Date()))().getTime();
  async function enable(
    userName: string,
    keys: { accessKeyId: string; secretAccessKey: string },
  ): Promise<MfaUser> {
    const { serial, seed } = await enableVirtualMfaDevice(admin, userName, now);
    const code = (steps = 0) => {
      if (steps < 0) awaitStepMargin(now(), stepMarginMs);
      return totpCode(seed, steps, now());
    };
    return { userName, ...keys, serial, seed, code };
  }
  return {
    emulator,
    seeded,
    admin,
    async newUser(name) {
      await admin.send(new CreateUserCommand({ UserName: name }));
      await admin.send(new AddUserToGroupCommand({ GroupName: seeded.groupName, UserName: name }));
      const { AccessKey } = await admin.send(new CreateAccessKeyCommand({ UserName: name }));
      return enable(name, {
        accessKeyId: AccessKey!.AccessKeyId!,
        secretAccessKey: AccessKey!.SecretAccessKey!,
      });
    },
    async stop() {
      admin.destroy();
      await emulator.stop();
    },
  };
}

/**
 * How much of the current 30-s step a code of an earlier step must have left: enough for an
 * awsmfa process on a loaded machine to start and send it. A request that crossed into the next
 * step once failed with exit 10 (issue 17.15).
 */
const stepMarginMs = 5_000;

/** A HOME whose `[profile NAME]` holds the user's keys, mfa_serial and region. */
export function homeFor(
  user: MfaUser,
  options: { profile?: string; extraConfig?: string; serial?: string } = {},
): TestHome {
  const profile = options.profile ?? user.userName;
  return testHome({
    '.aws/config': `[profile ${profile}]\nregion = us-east-1\nmfa_serial = ${options.serial ?? user.serial}\n${options.extraConfig ?? ''}`,
    '.aws/credentials': `[${profile}]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
  });
}

/**
 * How many GetSessionToken requests the emulator has answered so far for one user's key, plus
 * those a fault answered before the key was read (tests run one at a time within a file).
 */
export function sessionTokenCalls(emulator: Emulator, user: { accessKeyId: string }): number {
  return emulator.requestLog.filter(
    (entry) =>
      entry.action === 'GetSessionToken' &&
      (entry.accessKeyId === user.accessKeyId || entry.accessKeyId === undefined),
  ).length;
}

/** What a finished process left: exit status or signal, and its output. */
export type ProcessResult = RunResult;

/** Runs any program with exactly `env` (plus PATH), stdin closed. */
export function run(
  file: string,
  args: readonly string[],
  env: Record<string, string>,
  input = '',
): Promise<ProcessResult> {
  return runProcess(file, args, {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    input,
    timeoutMs: 30_000,
    // No controlling terminal, as under cron or CI: awsmfa cannot open /dev/tty.
    detached: true,
  });
}

/** `/usr/bin/aws` (v2; the `aws` on PATH may be v1) with the test HOME and no pager. */
export function awsCli(args: readonly string[], env: Record<string, string>): Promise<ProcessResult> {
  return run('/usr/bin/aws', args, { AWS_PAGER: '', ...env });
}

/** The built awsmfa, without a controlling terminal, with the SDK's Node 20 warning off. */
export function awsmfa(
  args: readonly string[],
  env: Record<string, string>,
  input = '',
): Promise<ProcessResult> {
  return run(
    process.execPath,
    [cliPath, ...args],
    { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    input,
  );
}

/** Fails when any of `secrets` appears in `text` (stderr, debug output, error messages). */
export function expectNoSecrets(text: string, secrets: ReadonlyArray<string | undefined>): void {
  for (const secret of secrets) {
    if (secret && text.includes(secret))
      throw new Error(`secret leaked: ${secret.slice(0, 4)}… in ${JSON.stringify(text)}`);
  }
}
