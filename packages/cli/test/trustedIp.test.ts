// Trusted networks on the user's side, end to end and offline: `awsmfa sandbox` (a real process)
// answers its own IP-echo endpoint, `admin setup --trusted-ip` prints the command each user runs,
// `awsmfa trusted-ip` writes the profile's awsmfa_trusted_ips, and `awsmfa env` then takes the
// trusted path with no code, which the real AWS CLI confirms against the sandbox.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cliPath, runAwsmfa, runProcess, testHome } from './support/awsmfa.js';
import { authenticator, secretFrom } from './support/mfaScenario.js';

interface SandboxInfo {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** `awsmfa sandbox --port 0 --json` as a user starts it; stopped when the test ends. */
async function startSandbox(env: Record<string, string>): Promise<SandboxInfo> {
  const child = spawn(process.execPath, [cliPath, 'sandbox', '--port', '0', '--json'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', () => reject(new Error('the sandbox did not start')));
  });
  return JSON.parse(line) as SandboxInfo;
}

describe('awsmfa trusted-ip (the user side)', () => {
  const credentials =
    '[cli-user]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s3cr3t\n';

  it("set, add, remove and list the profile's CIDRs in its own config section, every other byte kept", async () => {
    const config =
      '# team settings\n[profile cli-user]\nregion = eu-west-1\n\n[profile last]\nregion = us-east-1\n';
    const t = testHome({ '.aws/config': config, '.aws/credentials': credentials });
    const awsmfa = (args: string[]) =>
      runAwsmfa(['trusted-ip', ...args, '--profile', 'cli-user'], { env: t.env });

    const set = await awsmfa(['set', '203.0.113.0/24,198.51.100.7']);
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toBe('');
    expect(set.stderr).toContain('Profile cli-user trusts 203.0.113.0/24, 198.51.100.7/32');
    expect(readFileSync(t.path('.aws/config'), 'utf8')).toBe(
      config.replace(
        'region = eu-west-1\n',
        'region = eu-west-1\nawsmfa_trusted_ips = 203.0.113.0/24, 198.51.100.7/32\n',
      ),
    );
    expect((await awsmfa(['add', '2001:db8::/32'])).status).toBe(0);
    expect((await awsmfa(['remove', '198.51.100.7/32'])).status).toBe(0);
    const list = await awsmfa(['list']);
    expect(list.stdout).toBe('203.0.113.0/24\n2001:db8::/32\n');
    expect(JSON.parse((await awsmfa(['list', '--json'])).stdout)).toEqual([
      '203.0.113.0/24',
      '2001:db8::/32',
    ]);

    const cleared = await awsmfa(['remove', '--all']);
    expect(cleared.stderr).toContain('Profile cli-user trusts no network: awsmfa asks for MFA everywhere.');
    expect(readFileSync(t.path('.aws/config'), 'utf8')).toBe(config);
  });

  it.each([
    [['add', '0.0.0.0/0'], 3, /matches every IPv4 address/],
    [['set', '10.0.0.1/8'], 3, /has host bits set/],
    [['remove'], 2, /Name the addresses to remove, or --all\./],
    [['set'], 2, /cidrs/],
  ])('trusted-ip %j is refused (exit %i) and changes nothing', async (args, code, message) => {
    const config = '[profile cli-user]\nawsmfa_trusted_ips = 192.0.2.0/24\n';
    const t = testHome({ '.aws/config': config, '.aws/credentials': credentials });
    const result = await runAwsmfa(['trusted-ip', ...args, '--profile', 'cli-user'], { env: t.env });
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(t.path('.aws/config'), 'utf8')).toBe(config);
  });

  it('an unknown profile is exit 4, and no file is created', async () => {
    const t = testHome({ '.aws/credentials': credentials });
    const result = await runAwsmfa(['trusted-ip', 'set', '192.0.2.0/24', '--profile', 'nobody'], {
      env: t.env,
    });
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/Profile nobody is in neither/);
    expect(() => readFileSync(t.path('.aws/config'))).toThrow();
  });
});

describe('the trusted-network path against the sandbox, no internet', () => {
  it('admin setup prints the command; after it, env uses the long-term key without a code and aws s3 ls lists the seeded bucket', async () => {
    const admin = testHome();
    const box = await startSandbox(admin.env);
    const adminEnv = {
      ...admin.env,
      AWS_ACCESS_KEY_ID: box.accessKeyId,
      AWS_SECRET_ACCESS_KEY: box.secretAccessKey,
      AWS_ENDPOINT_URL: box.endpoint,
    };
    const setup = await runAwsmfa(
      [
        'admin',
        'setup',
        '--group',
        'Office',
        '--user',
        'office-user',
        '--trusted-ip',
        '127.0.0.1/32',
        '--yes',
      ],
      { env: adminEnv, cwd: admin.home, timeoutMs: 60_000 },
    );
    expect(setup.status, setup.stderr).toBe(0);
    const command = /^ {2}awsmfa (trusted-ip set --profile office-user 127\.0\.0\.1\/32)$/m.exec(
      setup.stderr,
    )?.[1];
    expect(command, setup.stderr).toBeDefined();

    // The user: the CSV, the printed command, then `awsmfa env` with only the endpoint set.
    const user = testHome();
    const userEnv = { ...user.env, AWS_ENDPOINT_URL: box.endpoint };
    expect(
      (await runAwsmfa(['import', admin.path('office-user_credentials.csv')], { env: userEnv })).status,
    ).toBe(0);
    expect((await runAwsmfa(command!.split(' '), { env: userEnv })).status).toBe(0);
    // Not enrolled yet (no mfa_serial, no device): in the office the long-term key is all it takes.
    const beforeEnrolling = await runAwsmfa(['env', '--profile', 'office-user', '--shell', 'bash'], {
      env: userEnv,
    });
    expect(beforeEnrolling.status, beforeEnrolling.stderr).toBe(0);
    expect(beforeEnrolling.stderr).toContain('Trusted network (127.0.0.1 is in 127.0.0.1/32)');
    expect(beforeEnrolling.stdout).toContain("export AWS_PROFILE='office-user'");
    // Enrolled as the demo does it without a terminal: create the device, then enable it.
    const created = await runAwsmfa(['enroll', '--profile', 'office-user', '--keep', '--show-secret'], {
      env: userEnv,
    });
    expect(created.status, created.stderr).toBe(0);
    const phone = authenticator(secretFrom(created.stderr));
    const enabled = await runAwsmfa(
      ['enroll', '--profile', 'office-user', '--code1', phone(-1), '--code2', phone(0)],
      { env: userEnv },
    );
    expect(enabled.status, enabled.stderr).toBe(0);
    const env = await runAwsmfa(['env', '--profile', 'office-user', '--shell', 'bash'], { env: userEnv });
    expect(env.status, env.stderr).toBe(0);
    expect(env.stderr).toContain(
      'Trusted network (127.0.0.1 is in 127.0.0.1/32): using profile office-user without MFA.',
    );
    expect(env.stdout).toContain("export AWS_PROFILE='office-user'");
    const ls = await runProcess(
      'bash',
      ['--norc', '-c', `eval "$1" && /usr/bin/aws s3 ls --endpoint-url ${box.endpoint}`, 'bash', env.stdout],
      { env: { ...userEnv, PATH: '/usr/bin:/bin', AWS_PAGER: '' }, timeoutMs: 30_000 },
    );
    expect(ls.status, ls.stderr).toBe(0);
    expect(ls.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d awsmfa-sandbox-example$/m);

    // Elsewhere (the profile trusts only another network), the same lookup says "outside": MFA.
    expect(
      (await runAwsmfa(['trusted-ip', 'set', '203.0.113.0/24', '--profile', 'office-user'], { env: userEnv }))
        .status,
    ).toBe(0);
    const outside = await runAwsmfa(['env', '--profile', 'office-user', '--shell', 'bash'], { env: userEnv });
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).not.toContain('Trusted network');
    expect(outside.stdout).toBe('');
  }, 90_000);
});
