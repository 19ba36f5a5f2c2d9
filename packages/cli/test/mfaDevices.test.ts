// Several MFA devices per user (IAM allows 8): enroll --device-name adds one, device status lists
// them, and a profile without mfa_serial uses the only device, or lists them and says how to choose.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authenticator, type Enrollee, newEnrollee, secretFrom, useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

/** Enrolls a device without a terminal (--keep, then --code1/--code2); returns its code generator. */
async function enrollDevice(user: Enrollee, extra: string[] = []) {
  const created = await user.run(['enroll', '--keep', '--show-secret', ...extra]);
  expect(created.status, created.stderr).toBe(0);
  const code = authenticator(secretFrom(created.stderr));
  const enabled = await user.run(['enroll', '--code1', code(-1), '--code2', code(0), ...extra]);
  expect(enabled.status, enabled.stderr).toBe(0);
  return { code, enabled };
}

/**
 * What an administrator adds for more devices than AWS's example policy allows (only
 * mfa/${aws:username}): devices named `<user>-…`.
 */
async function allowMoreDevices(user: Enrollee) {
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable.
        Resource: 'arn:aws:iam::*:mfa/${aws:username}-*',
      },
    ],
  };
  await user.aws([
    'iam',
    'put-user-policy',
    '--user-name',
    user.userName,
    '--policy-name',
    'MoreMfaDevices',
    '--policy-document',
    JSON.stringify(document),
  ]);
}

const withoutMfaSerial = (user: Enrollee) =>
  writeFileSync(user.home.path('.aws/config'), '[profile cli-user]\nregion = us-east-1\n');

describe('several MFA devices', () => {
  it('enroll --device-name adds a second device; mfa_serial keeps the first; device status lists both', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enrollDevice(user);
    // AWS's example policy allows one device per user (mfa/${aws:username}), and says so.
    const refused = await user.run(['enroll', '--keep', '--device-name', `${user.userName}-backup`]);
    expect(refused.status).toBe(16);
    expect(refused.stderr).toMatch(
      /hint: the usual policy lets users create only a device named after themselves/,
    );
    await allowMoreDevices(user);
    const second = `${user.serial}-backup`;
    const { enabled } = await enrollDevice(user, ['--device-name', `${user.userName}-backup`]);
    expect(enabled.stderr).toContain(`Enabled ${second} for ${user.userName}, beside ${user.serial}.`);
    expect(enabled.stderr).toContain(
      `mfa_serial of profile cli-user stays ${user.serial}; to use the new device: aws configure set mfa_serial ${second} --profile cli-user`,
    );
    expect(readFileSync(user.home.path('.aws/config'), 'utf8')).toContain(`mfa_serial = ${user.serial}\n`);
    expect((await user.enabledDevices()).sort()).toEqual([user.serial, second].sort());
    const status = await user.run(['device', 'status']);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`^  ${user.serial}  enabled .*← mfa_serial$`, 'm'));
    expect(status.stdout).toMatch(new RegExp(`^  ${second}  enabled \\S+$`, 'm'));
  });

  it('a profile without mfa_serial: several devices are listed with how to choose (exit 5)', async () => {
    const user = await newEnrollee(scenario.emulator);
    const { code } = await enrollDevice(user);
    await allowMoreDevices(user);
    await enrollDevice(user, ['--device-name', `${user.userName}-2`]);
    withoutMfaSerial(user);
    const env = await user.run(['env', '--shell', 'bash', '--code', code(1)]);
    expect(env.status).toBe(5);
    expect(env.stdout).toBe('');
    expect(env.stderr).toContain(
      `awsmfa: error: Profile cli-user has no mfa_serial, and IAM user ${user.userName} has 2 MFA devices: `,
    );
    expect(env.stderr).toContain(user.serial);
    expect(env.stderr).toContain(`${user.serial}-2`);
    expect(env.stderr).toMatch(
      /^hint: choose one: aws configure set mfa_serial arn:\S+ --profile cli-user$/m,
    );
  });

  it('a profile without mfa_serial whose user has one device uses it and says so', async () => {
    const user = await newEnrollee(scenario.emulator);
    const { code } = await enrollDevice(user);
    withoutMfaSerial(user);
    const env = await user.run(['env', '--shell', 'bash', '--code', code(1)]);
    expect(env.status, env.stderr).toBe(0);
    expect(env.stdout).toMatch(/^export AWS_SESSION_TOKEN=/m);
    expect(env.stderr).toContain(
      `awsmfa: Profile cli-user has no mfa_serial; using ${user.serial}, the only MFA device of ${user.userName}`,
    );
  });
});
