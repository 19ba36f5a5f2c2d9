// End-to-end fixtures for enrollment: a started emulator, a fresh IAM user per test (the seed
// article's MyUsers group and policy), a HOME holding that user's key, /usr/bin/aws to check what
// AWS holds, and a simulated authenticator app.
import { execFile } from 'node:child_process';
import {
  type Emulator,
  type EmulatorOptions,
  type SeedMfaScenarioOptions,
  seedMfaScenario,
  startEmulator,
} from '@awsmfa/emulator';
import { afterAll, beforeAll } from 'vitest';
import { type RunOptions, runAwsmfa, type TestHome, testHome } from './awsmfa.js';
import { totpCode } from './virtualMfaDevice.js';

/**
 * The emulator's IAM page size in these tests: one item a page, so that every paging loop in
 * awsmfa is crossed by any listing of two or more (IAM's own default is 100).
 */
export const testPageSize = 1;

/** Starts one emulator for the test file; `scenario.emulator` is set in beforeAll. */
export function useEmulator(options: EmulatorOptions = {}) {
  const scenario = { emulator: undefined as unknown as Emulator };
  beforeAll(async () => {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    scenario.emulator = await startEmulator({ defaultMaxItems: testPageSize, ...options });
  });
  afterAll(async () => {
    await scenario.emulator?.stop();
  });
  return scenario;
}

let users = 0;

/** A user enrolling for the first time: profile `cli-user` holds its key, nothing else. */
export interface Enrollee {
  userName: string;
  home: TestHome;
  /** Runs awsmfa with `--profile cli-user --endpoint-url …` appended. */
  run(args: readonly string[], options?: RunOptions): ReturnType<typeof runAwsmfa>;
  /**
   * `/usr/bin/aws … --output json` as the administrator; parsed stdout. Asynchronous on purpose:
   * the emulator answers from this very process, so a blocking spawn would deadlock.
   */
  aws(args: readonly string[]): Promise<unknown>;
  /** The account's virtual MFA devices named for this user, with their user if enabled. */
  virtualDevices(): Promise<Array<{ SerialNumber: string; User?: { UserName: string } }>>;
  /** Serial numbers of the MFA devices enabled for this user. */
  enabledDevices(): Promise<string[]>;
  serial: string;
}

/** Seeds a fresh user (and group) in the emulator and a HOME whose profile `cli-user` holds its key. */
export async function newEnrollee(
  emulator: Emulator,
  options: SeedMfaScenarioOptions = {},
): Promise<Enrollee> {
  users += 1;
  const userName = `enrollee${users}-${process.pid}`;
  const user = await seedMfaScenario(emulator, { userName, groupName: `MyUsers${users}`, ...options });
  const home = testHome({
    '.aws/credentials': `[cli-user]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
    '.aws/config': '# team settings\n[profile cli-user]\nregion = us-east-1\n',
  });
  const aws = (args: readonly string[]) =>
    new Promise<unknown>((resolve, reject) => {
      execFile(
        '/usr/bin/aws',
        [...args, '--endpoint-url', emulator.endpoint, '--region', 'us-east-1', '--output', 'json'],
        {
          encoding: 'utf8',
          env: {
            PATH: '/usr/bin:/bin',
            HOME: home.home,
            AWS_ACCESS_KEY_ID: emulator.admin.accessKeyId,
            AWS_SECRET_ACCESS_KEY: emulator.admin.secretAccessKey,
            AWS_CONFIG_FILE: '/dev/null',
            AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          },
        },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`aws ${args.join(' ')} failed: ${stderr}`));
          else resolve(stdout.trim() === '' ? undefined : JSON.parse(stdout));
        },
      );
    });
  const serial = `arn:aws:iam::${emulator.accountId}:mfa/${userName}`;
  return {
    userName,
    home,
    serial,
    run: (args, options = {}) =>
      runAwsmfa([...args, '--profile', 'cli-user', '--endpoint-url', emulator.endpoint], {
        ...options,
        env: { ...home.env, ...options.env },
      }),
    aws,
    virtualDevices: async () =>
      (
        (await aws(['iam', 'list-virtual-mfa-devices'])) as {
          VirtualMFADevices: Array<{ SerialNumber: string; User?: { UserName: string } }>;
        }
      ).VirtualMFADevices.filter((d) => d.SerialNumber.endsWith(`/${userName}`)),
    enabledDevices: async () =>
      (
        (await aws(['iam', 'list-mfa-devices', '--user-name', userName])) as {
          MFADevices: Array<{ SerialNumber: string }>;
        }
      ).MFADevices.map((d) => d.SerialNumber),
  };
}

/**
 * The phone: TOTP codes of a seed, `offset` periods from the moment it was set up. One moment for
 * all codes, so that `code(-1)` and `code(0)` are always consecutive, however long the prompts
 * between them take (two readings of the clock could straddle a 30-s step; issue 17.15). `code(0)`
 * works for an MFA session for at least 30 s after the setup (the emulator accepts one step of drift).
 */
export function authenticator(seed: string) {
  const setUpAt = Date.now();
  return (offset = 0) => totpCode(seed, offset, setUpAt);
}

/** The secret key printed by `--show-secret`. */
export function secretFrom(stderr: string): string {
  const match = /Secret key for manual entry[^:]*: ([A-Z2-7]+)/.exec(stderr);
  if (!match) throw new Error(`no secret in:\n${stderr}`);
  return match[1]!;
}
