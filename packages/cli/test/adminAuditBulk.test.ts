// `awsmfa admin audit` reads IAM's bulk answers: its requests grow with pages, not users; it waits
// for the credential report with a progress line; users the report does not cover yet are looked up
// one by one.
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { type Emulator, startEmulator } from '@awsmfa/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminHome,
  createGroupMember,
  createPowerUserGroup,
  iamClient,
  runAdmin,
} from './support/adminScenario.js';
import { runAwsmfa, testHome } from './support/awsmfa.js';
import { testPageSize } from './support/mfaScenario.js';
import { startSandboxProcess } from './support/sandboxProcess.js';

describe('awsmfa admin audit from bulk reads', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    // A report takes a while here, as on AWS, so the audit has to wait for it.
    emulator = await startEmulator({ defaultMaxItems: testPageSize, credentialReportDelayMs: 1500 });
  });
  afterAll(() => emulator.stop());

  it('audits 60 users in a handful of requests, showing progress while IAM builds the report', async () => {
    const iam = new IAMClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: emulator.admin,
    });
    await createPowerUserGroup(iam, 'Many');
    for (let i = 0; i < 60; i++) await createGroupMember(iam, 'Many', `many-${String(i).padStart(2, '0')}`);
    iam.destroy();
    const home = adminHome(emulator);
    const before = emulator.requestLog.length;
    const audit = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'Many', '--json']);
    const actions = emulator.requestLog.slice(before).map((entry) => entry.action);
    expect(audit.status).toBe(32);
    expect(JSON.parse(audit.stdout)).toHaveLength(60);
    // Not a terminal: the wait is one line in the log, not a line per poll.
    expect(audit.stderr).toMatch(/^Waiting for IAM's credential report \(generation started, 0 s\)…\n/);
    expect(audit.stderr.match(/Waiting for/g)).toHaveLength(1);
    const polls = actions.filter((action) => action === 'GetCredentialReport').length;
    expect(polls).toBeGreaterThan(1);
    // The three bulk reads run at once, so their order varies.
    expect(actions.filter((action) => action !== 'GetCredentialReport').sort()).toEqual([
      'GenerateCredentialReport',
      'GetAccountAuthorizationDetails',
      'ListVirtualMFADevices',
    ]);
  }, 60_000);

  it('looks up users created after the report one by one, and names their keys', async () => {
    const home = adminHome(emulator);
    const iam = iamClient(emulator);
    await iam.send(new CreateUserCommand({ UserName: 'newcomer' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'newcomer' }));
    const before = emulator.requestLog.length;
    const audit = await runAdmin(emulator, home, ['admin', 'audit', '--json']);
    const actions = emulator.requestLog.slice(before).map((entry) => entry.action);
    const users = JSON.parse(audit.stdout) as Array<{
      userName: string;
      accessKeys: Array<{ accessKeyId?: string }>;
    }>;
    // The report of the first test is reused (IAM keeps one for four hours): it predates newcomer.
    expect(users.find((user) => user.userName === 'newcomer')?.accessKeys).toEqual([
      expect.objectContaining({ accessKeyId: AccessKey!.AccessKeyId }),
    ]);
    expect(users.find((user) => user.userName === 'many-00')?.accessKeys).toEqual([
      expect.not.objectContaining({ accessKeyId: expect.anything() }),
    ]);
    expect(actions.filter((action) => action === 'ListAccessKeys')).toHaveLength(1);
    expect(actions.filter((action) => action === 'GenerateCredentialReport')).toHaveLength(1);
    expect(audit.stderr).not.toContain('Waiting for');
  }, 60_000);

  it('sandbox --users 150 seeds an account the audit reads: every fiftieth user can act without MFA, as can the admin', async () => {
    const sandbox = await startSandboxProcess(['--users', '150']);
    const home = testHome({
      '.aws/credentials': `[admin]\naws_access_key_id = ${sandbox.accessKeyId}\naws_secret_access_key = ${sandbox.secretAccessKey}\n`,
    });
    const audit = await runAwsmfa(
      ['admin', 'audit', '--json', '--profile', 'admin', '--endpoint-url', sandbox.endpoint],
      {
        env: home.env,
        timeoutMs: 30_000,
      },
    );
    expect(audit.status).toBe(32);
    const users = JSON.parse(audit.stdout) as Array<{
      userName: string;
      canActWithoutMfa: boolean;
      mfaDevices: string[];
    }>;
    expect(users).toHaveLength(151);
    // The bootstrap admin too: AdministratorAccess and no MFA policy.
    expect(users.filter((user) => user.canActWithoutMfa).map((user) => user.userName)).toEqual([
      'admin',
      'user-00050',
      'user-00100',
      'user-00150',
    ]);
    expect(users.filter((user) => user.mfaDevices.length === 0).map((user) => user.userName)).toContain(
      'user-00010',
    );
    expect(audit.stderr).toMatch(
      /^awsmfa: error: 4 user\(s\) can act without MFA from outside the trusted IPs: admin /m,
    );
  }, 60_000);

  it('sandbox --users refuses a count that is not one', async () => {
    const result = await runAwsmfa(['sandbox', '--port', '0', '--users', '-3'], { timeoutMs: 15_000 });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('--users -3 is not a number from 0 to 100000.');
  });
});
