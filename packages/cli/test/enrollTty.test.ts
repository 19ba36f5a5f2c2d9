// `awsmfa enroll` and `awsmfa device` at a real terminal (tmux): the QR code on screen is scanned,
// codes are typed, y/N answered, Ctrl-C pressed; /usr/bin/aws checks that nothing is left behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInTmux, runScriptInTmux } from './support/awsmfaTerminal.js';
import { authenticator, type Enrollee, newEnrollee, useEmulator } from './support/mfaScenario.js';
import { decodeQrMatrix, parseQrText } from './support/qr.js';

const scenario = useEmulator();

/** Starts `awsmfa enroll` for the user in a terminal. */
function enrollAtTerminal(user: Enrollee, extra: string[] = []) {
  return runInTmux(
    ['enroll', '--profile', 'cli-user', '--endpoint-url', scenario.emulator.endpoint, ...extra],
    {
      HOME: user.home.home,
    },
  );
}

/** Scans the QR code on the screen, as the phone does, and returns its codes. */
async function scan(screen: string) {
  const uri = decodeQrMatrix(parseQrText(screen));
  expect(uri).toBeDefined();
  const secret = new URL(uri!).searchParams.get('secret');
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  return authenticator(secret!);
}

describe('awsmfa enroll at a terminal', () => {
  it('scan the QR code on screen, type two codes (after a typo and a repeat), and the device is enabled', async () => {
    const user = await newEnrollee(scenario.emulator);
    const tty = await enrollAtTerminal(user);
    const code = await scan(await tty.waitFor(/MFA code 1/));
    await tty.line('12 345');
    await tty.waitFor(/has 5 digits; it must be 6 digits\. Try again\./);
    await tty.line(code(-1));
    await tty.waitFor(/MFA code 2 \(wait for the next code, about \d+ s, then type it\)/);
    await tty.line(code(-1));
    await tty.waitFor(/Both codes are the same/);
    await tty.line(code(0));
    expect(await tty.exitStatus()).toBe(0);
    const screen = await tty.screen();
    expect(screen).toContain(`✓ Enabled ${user.serial}`);
    expect(screen).toContain('eval "$(awsmfa env --profile cli-user)"');
    expect(await user.enabledDevices()).toEqual([user.serial]);
    expect(readFileSync(user.home.path('.aws/config'), 'utf8')).toContain(`mfa_serial = ${user.serial}\n`);
  }, 60_000);

  it('wrong codes three times: the device is removed again, even though the policy wants MFA to delete it', async () => {
    const user = await newEnrollee(scenario.emulator);
    const tty = await enrollAtTerminal(user);
    const code = await scan(await tty.waitFor(/MFA code 1/));
    for (const attempt of [1, 2, 3]) {
      await tty.waitFor(new RegExp(`(MFA code 1.*[\\s\\S]*){${attempt}}`));
      await tty.line(code(-30));
      await tty.waitFor(new RegExp(`(MFA code 2.*[\\s\\S]*){${attempt}}`));
      await tty.line(code(-29));
    }
    expect(await tty.exitStatus(60_000)).toBe(10);
    const screen = await tty.screen();
    expect(screen).toContain('attempt 2 of 3');
    expect(screen).toContain('only with MFA, so awsmfa enables it with its own codes');
    expect(screen).toContain('nothing is left behind');
    expect(screen).toMatch(/awsmfa: error: AWS did not accept the codes .* after 3 attempts/);
    expect(await user.virtualDevices()).toEqual([]);
  }, 90_000);

  it('Ctrl-C at the code prompt: exit 130 and no orphan device', async () => {
    const user = await newEnrollee(scenario.emulator);
    const tty = await enrollAtTerminal(user);
    const code = await scan(await tty.waitFor(/MFA code 1/));
    await tty.line(code(0));
    await tty.waitFor(/MFA code 2/);
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
    await tty.keys('C-c');
    expect(await tty.exitStatus(60_000)).toBe(130);
    const screen = await tty.screen();
    expect(screen).toContain('Cancelling; cleaning up');
    expect(screen).toContain(`Deleted ${user.serial}; nothing is left behind.`);
    expect(await user.virtualDevices()).toEqual([]);
  }, 90_000);

  it('an unfinished device: the y/N question, answered y, replaces it', async () => {
    // From the trusted office IP the seed policy lets the user delete without MFA.
    const user = await newEnrollee(scenario.emulator, { trustedCidrs: ['127.0.0.1/32'] });
    expect((await user.run(['enroll', '--keep'])).status).toBe(0);
    const tty = await enrollAtTerminal(user);
    await tty.waitFor(/already exists but was never enabled[\s\S]*Delete it and create a new one\? \[y\/N\]/);
    await tty.line('y');
    const code = await scan(await tty.waitFor(/MFA code 1/));
    await tty.line(code(-1));
    await tty.waitFor(/MFA code 2/);
    await tty.line(code(0));
    expect(await tty.exitStatus()).toBe(0);
    expect(await user.enabledDevices()).toEqual([user.serial]);
  }, 60_000);

  it('an unfinished device: the y/N question, answered with Enter, changes nothing (exit 8)', async () => {
    const user = await newEnrollee(scenario.emulator);
    expect((await user.run(['enroll', '--keep'])).status).toBe(0);
    const tty = await enrollAtTerminal(user);
    await tty.waitFor(/\[y\/N\]/);
    await tty.line('');
    expect(await tty.exitStatus()).toBe(8);
    expect(await tty.screen()).toMatch(
      /hint: delete it and start over: awsmfa enroll --profile cli-user --replace/,
    );
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
  }, 60_000);

  it('works inside $(…): QR code and prompts reach the terminal, stdout carries only the serial', async () => {
    const user = await newEnrollee(scenario.emulator);
    const tty = await runScriptInTmux(
      `serial=$(awsmfa enroll --profile cli-user --endpoint-url ${scenario.emulator.endpoint}) && echo "captured=[$serial]"`,
      { HOME: user.home.home },
    );
    const code = await scan(await tty.waitFor(/MFA code 1/));
    await tty.line(code(-1));
    await tty.waitFor(/MFA code 2/);
    await tty.line(code(0));
    expect(await tty.exitStatus()).toBe(0);
    expect(await tty.screen()).toContain(`captured=[${user.serial}]`);
  }, 60_000);
});

describe('awsmfa device at a terminal', () => {
  it('delete asks y/N, then a code to sign with MFA, and removes the device', async () => {
    const user = await newEnrollee(scenario.emulator);
    const enrolling = await enrollAtTerminal(user);
    const code = await scan(await enrolling.waitFor(/MFA code 1/));
    await enrolling.line(code(-2));
    await enrolling.waitFor(/MFA code 2/);
    await enrolling.line(code(-1));
    expect(await enrolling.exitStatus()).toBe(0);

    const tty = await runInTmux(
      ['device', 'delete', '--profile', 'cli-user', '--endpoint-url', scenario.emulator.endpoint],
      {
        HOME: user.home.home,
      },
    );
    await tty.waitFor(new RegExp(`Delete ${user.serial} of ${user.userName}\\?.*\\[y/N\\]`));
    await tty.line('y');
    await tty.waitFor(
      /allows deactivating a device only with MFA[\s\S]*MFA code of .*signs this change with MFA/,
    );
    await tty.line(code(0));
    expect(await tty.exitStatus()).toBe(0);
    expect(await tty.screen()).toContain('Removed mfa_serial from profile cli-user');
    expect(await user.virtualDevices()).toEqual([]);
  }, 60_000);
});
