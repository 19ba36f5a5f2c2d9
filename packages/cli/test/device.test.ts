// `awsmfa device status|resync|deactivate|delete` end to end against the emulator, under the seed
// article's self-manage-MFA policy, checked with /usr/bin/aws.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authenticator, type Enrollee, newEnrollee, secretFrom, useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

/** Enrolls the user's device (codes of the last two periods) and returns the phone. */
async function enrolled(user: Enrollee) {
  const created = await user.run(['enroll', '--keep', '--show-secret']);
  const code = authenticator(secretFrom(created.stderr));
  // Codes of the two previous periods, so the current one is still unused for an MFA session.
  const enabled = await user.run(['enroll', '--code1', code(-2), '--code2', code(-1)]);
  expect(enabled.status).toBe(0);
  return code;
}

describe('awsmfa device', () => {
  it('status without a device says to enroll (exit 13)', async () => {
    const user = await newEnrollee(scenario.emulator);
    const result = await user.run(['device', 'status']);
    expect(result.status).toBe(13);
    expect(result.stdout).toContain(`IAM user: ${user.userName}`);
    expect(result.stdout).toContain('MFA devices: none enabled');
    expect(result.stderr).toContain(`error: ${user.userName} has no enabled MFA device.`);
    expect(result.stderr).toContain('hint: enroll one: awsmfa enroll --profile cli-user');
  });

  it('status catches the user ARN where the mfa/ ARN belongs (exit 13) and names the right one', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enrolled(user);
    const config = user.home.path('.aws/config');
    const userArn = user.serial.replace(':mfa/', ':user/');
    writeFileSync(config, readFileSync(config, 'utf8').replace(user.serial, userArn));
    const result = await user.run(['device', 'list']);
    expect(result.status).toBe(13);
    expect(result.stdout).toContain(`${user.serial}  enabled`);
    expect(result.stderr).toContain(`is the user ARN ${userArn}, not an MFA device ARN`);
    expect(result.stderr).toContain(`hint: set it to ${user.serial}`);
  });

  it('deactivate without a code: AWS says no, and awsmfa explains the MFA session rule (exit 16)', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enrolled(user);
    const result = await user.run(['device', 'deactivate', '--yes']);
    expect(result.status).toBe(16);
    expect(result.stderr).toContain('allows iam:DeactivateMFADevice only in an MFA session');
    expect(result.stderr).toContain('hint: give a current code of the device: awsmfa device deactivate');
    expect(await user.enabledDevices()).toEqual([user.serial]);
  });

  it('deactivate --code signs with an MFA session and removes mfa_serial from the profile', async () => {
    const user = await newEnrollee(scenario.emulator);
    const code = await enrolled(user);
    const result = await user.run(['device', 'deactivate', '--yes', '--code', code(0)]);
    expect(result.stderr).toContain(`Deactivated ${user.serial}.`);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Removed mfa_serial from profile cli-user');
    expect(await user.enabledDevices()).toEqual([]);
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
    expect(readFileSync(user.home.path('.aws/config'), 'utf8')).toBe(
      '# team settings\n[profile cli-user]\nregion = us-east-1\n',
    );
  });

  it('delete --code deactivates and deletes the device', async () => {
    const user = await newEnrollee(scenario.emulator);
    const code = await enrolled(user);
    const result = await user.run(['device', 'delete', '--yes', '--code', code(0)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`Deleted ${user.serial}.`);
    expect(await user.virtualDevices()).toEqual([]);
  });

  it('a wrong --code changes nothing (exit 10)', async () => {
    const user = await newEnrollee(scenario.emulator);
    const code = await enrolled(user);
    const result = await user.run(['device', 'delete', '--yes', '--code', code(-6)]);
    expect(result.status).toBe(10);
    expect(await user.enabledDevices()).toEqual([user.serial]);
  });

  it('without --yes and without a terminal nothing changes (exit 2)', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enrolled(user);
    const result = await user.run(['device', 'delete']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Nothing changed');
    expect(await user.enabledDevices()).toEqual([user.serial]);
  });

  it('resync takes two consecutive codes', async () => {
    const user = await newEnrollee(scenario.emulator);
    const code = await enrolled(user);
    const ok = await user.run(['device', 'resync', '--code1', code(-1), '--code2', code(0)]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain(`Resynchronised ${user.serial}`);
    const wrong = await user.run(['device', 'resync', '--code1', code(-3), '--code2', code(-1)]);
    expect(wrong.status).toBe(10);
  });
});
