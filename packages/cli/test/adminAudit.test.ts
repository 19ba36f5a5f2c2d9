// `awsmfa admin audit` end to end: per-user facts read back from the emulator, and the exit code
// that tells a script someone can act without MFA from outside the trusted IPs.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  adminHome,
  createGroupMember,
  createPowerUserGroup,
  enrollAndStartSession,
  iamClient,
  listBucketsStatus,
  readConsoleCsv,
  runAdmin,
} from './support/adminScenario.js';
import { useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

describe('awsmfa admin audit', () => {
  it('reports MFA devices, keys, groups and the policy, and passes when nobody can act without MFA', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const setup = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'Audited',
      '--user',
      'with-mfa',
      '--user',
      'without-mfa',
      '--trusted-ip',
      '203.0.113.0/24',
      '--csv-out',
      home.path('keys'),
      '--yes',
    ]);
    expect(setup.status).toBe(0);
    const { accessKeyId, secretAccessKey } = readConsoleCsv(home.path('keys/with-mfa_credentials.csv'));
    const { session } = await enrollAndStartSession(emulator, 'with-mfa', { accessKeyId, secretAccessKey });
    // A real request marks the session's key as used.
    expect(await listBucketsStatus(emulator, session)).toBe(200);

    const audit = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'Audited']);
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);
    // Keys come from the credential report, which numbers them instead of naming them.
    expect(audit.stdout).toMatch(
      /^with-mfa\s+Audited\s+enabled\s+group Audited inline MyUsersPolicy \[203\.0\.113\.0\/24\]\s+denied\s+key 1 \(Active, 0d old, used \d{4}-\d\d-\d\d sts\)$/m,
    );
    expect(audit.stdout).toMatch(/^without-mfa\s+Audited\s+none\s+group Audited inline MyUsersPolicy/m);

    const json = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'Audited', '--json']);
    const users = JSON.parse(json.stdout) as Array<{
      userName: string;
      mfaDevices: string[];
      canActWithoutMfa: boolean;
      accessKeys: Array<{ accessKeyId: string; ageDays: number }>;
    }>;
    expect(users.map((user) => [user.userName, user.mfaDevices.length, user.canActWithoutMfa])).toEqual([
      ['with-mfa', 1, false],
      ['without-mfa', 0, false],
    ]);
    expect(users[0]!.accessKeys).toEqual([
      {
        status: 'Active',
        ageDays: 0,
        createDate: expect.any(String),
        lastUsedDate: expect.any(String),
        lastUsedService: 'sts',
      },
    ]);
    expect(json.stdout).not.toContain(secretAccessKey);
    expect(json.stdout).not.toContain(accessKeyId);
  }, 60_000);

  it('fails with AUDIT_FAILED (exit 32) when a user can act without MFA from outside, and proves it for real', async () => {
    const { emulator } = scenario;
    const iam = iamClient(emulator);
    // PowerUserAccess without the MFA policy: the seed article before step 2-5.
    await createPowerUserGroup(iam, 'NoMfa');
    const exposedKeys = await createGroupMember(iam, 'NoMfa', 'exposed');
    const home = adminHome(emulator);
    const audit = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'NoMfa']);
    expect(audit.status).toBe(32);
    expect(audit.stdout).toMatch(/^exposed\s+NoMfa\s+none\s+none\s+CAN ACT \(from 203\.0\.113\.77\)/m);
    expect(audit.stderr).toMatch(
      /^awsmfa: error: 1 user\(s\) can act without MFA from outside the trusted IPs: exposed \(Allowed by statement/m,
    );
    expect(audit.stderr).toContain(
      'hint: put the MFA policy on their group: awsmfa policy apply --group NoMfa',
    );
    // The jq filter `admin audit --help` shows finds the exposed user in the --json output.
    const help = await runAdmin(emulator, home, ['admin', 'audit', '--help']);
    const filter = /audit --json \| jq "([^"]+)"/.exec(help.stdout)?.[1];
    expect(filter).toBeDefined();
    const json = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'NoMfa', '--json']);
    const exposed = execFileSync('jq', ['-c', filter!], { input: json.stdout, encoding: 'utf8' });
    expect(
      exposed
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).userName),
    ).toEqual(['exposed']);
    // The audit is right: the key lists buckets from 127.0.0.1 without MFA.
    expect(await listBucketsStatus(emulator, exposedKeys)).toBe(200);

    // Fix it as the hint says; the audit passes and the key is denied.
    const fixed = await runAdmin(emulator, home, ['policy', 'apply', '--group', 'NoMfa', '--yes']);
    expect(fixed.status).toBe(0);
    expect((await runAdmin(emulator, home, ['admin', 'audit', '--group', 'NoMfa'])).status).toBe(0);
    expect(await listBucketsStatus(emulator, exposedKeys)).toBe(403);
  }, 60_000);

  it('--format csv: RFC 4180 for spreadsheets, names that look like formulas defused; --json wins', async () => {
    const { emulator } = scenario;
    const iam = iamClient(emulator);
    await createPowerUserGroup(iam, 'Sheet');
    // IAM user names may hold `=`, `+` and `,`: a spreadsheet must not run one, nor split it.
    await createGroupMember(iam, 'Sheet', '=1+1');
    await createGroupMember(iam, 'Sheet', 'ops,bot');
    const home = adminHome(emulator);
    const csv = await runAdmin(emulator, home, ['admin', 'audit', '--group', 'Sheet', '--format', 'csv']);
    expect(csv.status).toBe(32);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'user,groups,mfa_devices,mfa_policies,can_act_without_mfa,probe_ip,explanation,access_keys',
    );
    expect(lines.slice(1).map((line) => line.split(',Sheet,')[0])).toEqual(["'=1+1", '"ops,bot"', '']);
    // The key's cell holds commas, so it is quoted (named when the users are newer than the
    // credential report earlier tests made IAM keep, else numbered).
    expect(lines[1]).toMatch(
      /^'=1\+1,Sheet,,none,true,203\.0\.113\.77,Allowed by statement [^,\r\n]*,"(?:AKIA\w+|key 1) \(Active, 0d old, never used\)"$/,
    );
    const json = await runAdmin(emulator, home, [
      'admin',
      'audit',
      '--group',
      'Sheet',
      '--format',
      'csv',
      '--json',
    ]);
    expect((JSON.parse(json.stdout) as Array<{ userName: string }>).map((user) => user.userName)).toEqual([
      '=1+1',
      'ops,bot',
    ]);
  }, 60_000);
});
