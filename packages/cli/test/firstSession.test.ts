// The first session after enrolling (issue #10.9): enroll spent the device's current code, so the
// `env` right after it waits for the next one before asking, saying so once with a countdown.
import { describe, expect, it } from 'vitest';
import { runScriptInTmux } from './support/awsmfaTerminal.js';
import { authenticator, newEnrollee, useEmulator } from './support/mfaScenario.js';
import { decodeQrMatrix, parseQrText } from './support/qr.js';

const scenario = useEmulator();

describe('env right after enroll', () => {
  it('waits for the next code with one message and a countdown, then asks once', async () => {
    const user = await newEnrollee(scenario.emulator);
    const endpoint = scenario.emulator.endpoint;
    const tty = runScriptInTmux(
      `awsmfa enroll --profile cli-user --endpoint-url ${endpoint} && awsmfa env --profile cli-user --shell bash --endpoint-url ${endpoint} > /dev/null`,
      { HOME: user.home.home },
    );
    const uri = decodeQrMatrix(parseQrText(await tty.waitFor(/MFA code 1/)));
    const code = authenticator(new URL(uri!).searchParams.get('secret')!);
    tty.line(code(-1));
    await tty.waitFor(/MFA code 2/);
    tty.line(code(0));
    // env starts in the step enroll just spent: it waits, and says why exactly once.
    const waiting = await tty.waitFor(/the next MFA code appears in \d+ s/, 30_000);
    expect(waiting.match(/already used/g)).toHaveLength(1);
    expect(waiting).not.toContain('waiting for the next one');
    await tty.waitFor(new RegExp(`MFA code for ${user.serial}: $`, 'm'), 40_000);
    // The phone's codes count from when it was set up: the step awsmfa waited for is the next one.
    tty.line(code(1));
    expect(await tty.exitStatus(30_000)).toBe(0);
    const screen = tty.screen();
    expect(screen.match(/MFA code for /g)).toHaveLength(1);
    expect(screen).toMatch(/awsmfa: profile cli-user: MFA session until .* left\)\./);
  }, 120_000);
});
