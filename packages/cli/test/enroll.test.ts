// `awsmfa enroll` end to end without a terminal: the built CLI against the emulator, checked with
// /usr/bin/aws. Interactive flows (typed codes, y/N, Ctrl-C) are in enrollTty.test.ts.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authenticator, type Enrollee, newEnrollee, secretFrom, useEmulator } from './support/mfaScenario.js';
import { decodeQrMatrix, decodeQrPng, parseQrText } from './support/qr.js';

const scenario = useEmulator();

/** Creates the device without a terminal (`--keep`) and returns the secret the emulator issued. */
async function createKept(user: Enrollee, extra: string[] = []) {
  const created = await user.run(['enroll', '--keep', '--show-secret', ...extra]);
  expect(created.stderr).toContain('created but not enabled');
  expect(created.status).toBe(0);
  return { ...created, secret: secretFrom(created.stderr) };
}

describe('awsmfa enroll (no terminal)', () => {
  it('creates with --keep, shows a QR code that carries the secret, then --code1/--code2 enable it', async () => {
    const user = await newEnrollee(scenario.emulator);
    const png = user.home.path('qr.png');
    const created = await createKept(user, ['--qr-png', png]);
    expect(created.stdout).toBe(`${user.serial}\n`);

    // The terminal rendering and the PNG both decode to the otpauth URI holding the issued secret.
    const fromTerminal = decodeQrMatrix(parseQrText(created.stderr));
    expect(fromTerminal).toBeDefined();
    const uri = new URL(fromTerminal!);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Amazon Web Services:${user.userName}@123456789012`);
    expect(uri.searchParams.get('secret')).toBe(created.secret);
    expect(uri.searchParams.get('issuer')).toBe('Amazon Web Services');
    expect(decodeQrPng(readFileSync(png))).toBe(fromTerminal);
    expect(statSync(png).mode & 0o777).toBe(0o600);

    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
    expect(await user.enabledDevices()).toEqual([]);

    const code = authenticator(created.secret);
    const enabled = await user.run(['enroll', '--code1', code(-1), '--code2', code(0)]);
    expect(enabled.stderr).toContain(`Enabled ${user.serial}`);
    expect(enabled.status).toBe(0);
    expect(enabled.stdout).toBe(`${user.serial}\n`);
    // The next step in the shell the tests run under (detected, or named with --shell when guessed).
    expect(enabled.stderr).toMatch(
      /^ {2}(eval "\$\()?awsmfa env --profile cli-user( --shell \w+)?(\)"| \| source| \| Out-String \| Invoke-Expression)$/m,
    );
    expect(enabled.stderr).not.toContain(created.secret);
    expect(await user.enabledDevices()).toEqual([user.serial]);
    // Only mfa_serial was added; the comment and the region line are byte for byte as they were.
    expect(readFileSync(user.home.path('.aws/config'), 'utf8')).toBe(
      `# team settings\n[profile cli-user]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
    );

    const status = await user.run(['device', 'status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain(`${user.serial}  enabled 20`);
    expect(status.stdout).toContain('✓ mfa_serial is an enabled MFA device');
  });

  it('enroll_then_env_reuses_the_code: awsmfa env refuses the code enroll just used, without asking AWS', async () => {
    const user = await newEnrollee(scenario.emulator);
    const created = await createKept(user, []);
    const code = authenticator(created.secret);
    const lastCode = code(0);
    expect((await user.run(['enroll', '--code1', code(-1), '--code2', lastCode])).status).toBe(0);
    const sessionsBefore = scenario.emulator.requestLog.filter((r) => r.action === 'GetSessionToken').length;
    const env = await user.run(['env', '--shell', 'bash', '--code', lastCode]);
    expect(env.status).toBe(11);
    expect(env.stdout).toBe('');
    expect(env.stderr).toContain('already used');
    expect(scenario.emulator.requestLog.filter((r) => r.action === 'GetSessionToken').length).toBe(
      sessionsBefore,
    );
  });

  it('without a terminal and without --keep, refuses before creating anything (exit 12)', async () => {
    const user = await newEnrollee(scenario.emulator);
    const result = await user.run(['enroll']);
    expect(result.status).toBe(12);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^awsmfa: error: No terminal to ask for MFA codes on/m);
    expect(result.stderr).toMatch(/hint: .*--keep --show-secret/);
    expect(await user.virtualDevices()).toEqual([]);
  });

  it('shows the secret only with --show-secret and writes no file without --qr-png', async () => {
    const user = await newEnrollee(scenario.emulator);
    const created = await user.run(['enroll', '--keep'], { cwd: user.home.home });
    expect(created.status).toBe(0);
    expect(created.stderr).not.toMatch(/Secret key/);
    expect(created.stderr).not.toMatch(/[A-Z2-7]{32,}/);
    // qr_code_leaks_secret_into_logs: the QR code encodes the secret, and stderr here is a pipe.
    expect(parseQrText(created.stderr)).toEqual([]);
    expect(created.stderr).toContain('The QR code is not drawn');
    expect(readdirSync(user.home.home, { recursive: true }).map(String).sort()).toEqual([
      '.aws',
      '.aws/config',
      '.aws/credentials',
    ]);
  });

  it('an unfinished device of the same name is explained, and --replace starts over (exit 8 without it)', async () => {
    // From a trusted IP the seed policy lets the user delete devices without MFA.
    const user = await newEnrollee(scenario.emulator, { trustedCidrs: ['127.0.0.1/32'] });
    const first = await createKept(user);
    const again = await user.run(['enroll', '--keep']);
    expect(again.status).toBe(8);
    expect(again.stderr).toContain(
      `A virtual MFA device ${user.serial} already exists but was never enabled`,
    );
    expect(again.stderr).toMatch(/hint: .*awsmfa enroll --profile cli-user --replace/);

    const replaced = await user.run(['enroll', '--keep', '--replace', '--show-secret']);
    expect(replaced.status).toBe(0);
    expect(secretFrom(replaced.stderr)).not.toBe(first.secret);
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
  });

  it('under the seed policy from outside the office, --replace cannot delete without MFA and says who can', async () => {
    const user = await newEnrollee(scenario.emulator);
    await createKept(user);
    const replaced = await user.run(['enroll', '--keep', '--replace']);
    expect(replaced.status).toBe(16);
    expect(replaced.stderr).toContain('iam:DeleteVirtualMFADevice');
    expect(replaced.stderr).toContain(`aws iam delete-virtual-mfa-device --serial-number ${user.serial}`);
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
  });

  it('an already enabled device points at awsmfa device (exit 13)', async () => {
    const user = await newEnrollee(scenario.emulator);
    const { secret } = await createKept(user);
    const code = authenticator(secret);
    expect((await user.run(['enroll', '--code1', code(-1), '--code2', code(0)])).status).toBe(0);
    const again = await user.run(['enroll', '--keep']);
    expect(again.status).toBe(13);
    expect(again.stderr).toContain(`${user.serial} is already enabled for ${user.userName}`);
    expect(again.stderr).toMatch(/hint: see it with awsmfa device status --profile cli-user/);
  });

  it.each([
    ['the same code twice', ['123456', '123 456'], 3, /Both codes are the same/],
    ['five digits', ['12345', '123456'], 3, /--code1 has 5 digits/],
    ['letters', ['123456', '12345a'], 3, /--code2 contains characters other than digits/],
  ])('--code1/--code2: %s is refused before AWS is asked', async (_name, [c1, c2], status, message) => {
    const user = await newEnrollee(scenario.emulator);
    const result = await user.run(['enroll', '--code1', c1!, '--code2', c2!]);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
  });

  it('wrong codes for a kept device: exit 10, the device stays for another try', async () => {
    const user = await newEnrollee(scenario.emulator);
    const { secret } = await createKept(user);
    const code = authenticator(secret);
    const wrong = await user.run(['enroll', '--code1', code(-5), '--code2', code(-3)]);
    expect(wrong.status).toBe(10);
    expect(wrong.stderr).toContain('did not accept the codes');
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
    const right = await user.run(['enroll', '--code1', code(-1), '--code2', code(0)]);
    expect(right.status).toBe(0);
  });

  it('AccessDenied names the missing permission (exit 16), and nothing is left behind', async () => {
    const user = await newEnrollee(scenario.emulator);
    // A user outside the MyUsers group has no policy at all.
    const bare = `bare-${user.userName}`;
    await user.aws(['iam', 'create-user', '--user-name', bare]);
    const key = (await user.aws(['iam', 'create-access-key', '--user-name', bare])) as {
      AccessKey: { AccessKeyId: string; SecretAccessKey: string };
    };
    writeFileSync(
      user.home.path('bare-credentials'),
      `[cli-user]\naws_access_key_id = ${key.AccessKey.AccessKeyId}\naws_secret_access_key = ${key.AccessKey.SecretAccessKey}\n`,
    );
    const denied = await user.run(['enroll', '--keep'], {
      env: { AWS_SHARED_CREDENTIALS_FILE: user.home.path('bare-credentials') },
    });
    expect(denied.status).toBe(16);
    expect(denied.stderr).toMatch(
      new RegExp(
        `error: ${bare} is not allowed to call iam:CreateVirtualMFADevice on arn:aws:iam::123456789012:mfa/${bare}`,
      ),
    );
    expect(denied.stderr).toMatch(/hint: the user's IAM policy must allow iam:CreateVirtualMFADevice/);
  });
});
