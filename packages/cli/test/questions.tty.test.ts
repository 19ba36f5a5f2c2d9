// Every question awsmfa asks, at a real terminal (tmux): Ctrl-C answers it with exit 130 and one
// line saying what was (not) changed, never a stack; and what a question is about (the plan, the
// diff) is on the terminal even when stdout or stderr are redirected.
import { readFileSync, writeFileSync } from 'node:fs';
import { GetGroupCommand } from '@aws-sdk/client-iam';
import { describe, expect, it, onTestFinished } from 'vitest';
import { adminHome, createPowerUserGroup, groupPolicy, iamClient } from './support/adminScenario.js';
import { type AwsmfaTerminal, runScriptInTmux } from './support/awsmfaTerminal.js';
import { newEnrollee, useEmulator } from './support/mfaScenario.js';
import { enableVirtualMfaDevice } from './support/virtualMfaDevice.js';

const scenario = useEmulator();

/** A terminal where the administrator runs `script` (AWS_PROFILE=admin, the emulator's endpoint). */
function adminTerminal(script: string) {
  const home = adminHome(scenario.emulator);
  const tty = runScriptInTmux(`cd "$HOME" && ${script}`, {
    ...home.env,
    AWS_PROFILE: 'admin',
    AWS_ENDPOINT_URL: scenario.emulator.endpoint,
  });
  return { tty, home };
}

/** Presses Ctrl-C and checks the one-line, stack-free outcome: exit 130 and `said`. */
async function interrupt(tty: AwsmfaTerminal, said: RegExp) {
  tty.keys('C-c');
  expect(await tty.exitStatus(60_000)).toBe(130);
  const screen = tty.screen();
  expect(screen).toMatch(said);
  expect(screen).not.toMatch(/unexpected error|AbortError|This is a bug|^\s+at /m);
  return screen;
}

async function groupExists(name: string) {
  return iamClient(scenario.emulator)
    .send(new GetGroupCommand({ GroupName: name }))
    .then(
      () => true,
      () => false,
    );
}

describe('Ctrl-C at a question: exit 130, one line, nothing changed', () => {
  it('admin setup: "Carry out the N step(s) above? [y/N]"', async () => {
    const { tty } = adminTerminal('awsmfa admin setup --group CtrlCSetup --user ctrlc-user --csv-out keys');
    await tty.waitFor(/Carry out the \d+ step\(s\) above\? \[y\/N\] $/m);
    await interrupt(tty, /Cancelled: nothing was changed\./);
    expect(await groupExists('CtrlCSetup')).toBe(false);
  }, 60_000);

  it('policy apply: "Apply this change to group …? [y/N]"', async () => {
    await createPowerUserGroup(iamClient(scenario.emulator), 'CtrlCApply');
    const { tty } = adminTerminal('awsmfa policy apply --group CtrlCApply --trusted-ip 192.0.2.0/24');
    await tty.waitFor(/Apply this change to group CtrlCApply\? \[y\/N\] $/m);
    await interrupt(tty, /Cancelled: nothing was changed\./);
    await expect(groupPolicy(scenario.emulator, 'CtrlCApply')).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });
  }, 60_000);

  it('policy trusted-ip add over the quota: "Merge them? [y/N]"', async () => {
    await createPowerUserGroup(iamClient(scenario.emulator), 'CtrlCMerge');
    const { tty } = adminTerminal(
      'awsmfa policy apply --group CtrlCMerge --yes >/dev/null 2>&1; ips=$(for i in $(seq 0 399); do printf "10.9.%d.%d " $((i/256)) $((i%256)); done); awsmfa policy trusted-ip add --group CtrlCMerge $ips',
    );
    await tty.waitFor(/Merge them\? \[y\/N\] $/m, 40_000);
    await interrupt(tty, /Cancelled: nothing was changed\./);
    const policy = (await groupPolicy(scenario.emulator, 'CtrlCMerge')) as { Statement: unknown[] };
    expect(JSON.stringify(policy)).not.toContain('10.9.');
  }, 90_000);

  it('enroll: "Delete it and create a new one? [y/N]" keeps the unfinished device', async () => {
    const user = await newEnrollee(scenario.emulator);
    expect((await user.run(['enroll', '--keep'])).status).toBe(0);
    const tty = runScriptInTmux(
      `awsmfa enroll --profile cli-user --endpoint-url ${scenario.emulator.endpoint}`,
      user.home.env,
    );
    await tty.waitFor(/Delete it and create a new one\? \[y\/N\] $/m);
    const screen = await interrupt(tty, /Enrollment cancelled: nothing was changed\./);
    expect(screen).not.toContain('cleaning up');
    expect(await user.virtualDevices()).toEqual([{ SerialNumber: user.serial }]);
  }, 60_000);

  it('device delete: at "[y/N]", and at the code prompt after "y"', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enableVirtualMfaDevice(iamClient(scenario.emulator), user.userName);
    const config = user.home.path('.aws/config');
    writeFileSync(config, `${readFileSync(config, 'utf8')}mfa_serial = ${user.serial}\n`);
    const script = `awsmfa device delete --profile cli-user --endpoint-url ${scenario.emulator.endpoint}`;

    const atQuestion = runScriptInTmux(script, user.home.env);
    await atQuestion.waitFor(/\[y\/N\] $/m);
    await interrupt(atQuestion, /Cancelled: nothing was changed\./);

    const atCode = runScriptInTmux(script, user.home.env);
    await atCode.waitFor(/\[y\/N\] $/m);
    atCode.line('y');
    await atCode.waitFor(/MFA code of .*: $/m);
    await interrupt(atCode, /Cancelled: nothing was changed\./);
    expect(await user.enabledDevices()).toEqual([user.serial]);
    expect(readFileSync(config, 'utf8')).toContain(`mfa_serial = ${user.serial}`);
  }, 90_000);

  it('device resync: at the first code prompt', async () => {
    const user = await newEnrollee(scenario.emulator);
    await enableVirtualMfaDevice(iamClient(scenario.emulator), user.userName);
    const tty = runScriptInTmux(
      `awsmfa device resync --profile cli-user --endpoint-url ${scenario.emulator.endpoint} --serial-number ${user.serial}`,
      user.home.env,
    );
    await tty.waitFor(/MFA code 1.*: $/m);
    await interrupt(tty, /Cancelled: nothing was changed\./);
  }, 60_000);

  it('env: at the MFA code prompt, inside eval "$(…)"', async () => {
    const user = await newEnrollee(scenario.emulator);
    const { serial } = await enableVirtualMfaDevice(iamClient(scenario.emulator), user.userName);
    const config = user.home.path('.aws/config');
    writeFileSync(config, `${readFileSync(config, 'utf8')}mfa_serial = ${serial}\n`);
    const tty = runScriptInTmux(
      `session="$(awsmfa env --profile cli-user --endpoint-url ${scenario.emulator.endpoint})"`,
      user.home.env,
    );
    await tty.waitFor(/MFA code for .*: $/m);
    await interrupt(tty, /Cancelled at the MFA code prompt; nothing was changed\./);
  }, 60_000);
});

describe('Ctrl-C while admin setup carries out its steps', () => {
  it('finishes the step under way, starts no other, says what was done; a rerun finishes the rest', async () => {
    // Each CreateUser takes 2 s, so Ctrl-C lands while the users are being created.
    scenario.emulator.setFaults({ 'iam:CreateUser': { latencyMs: 2000 } });
    onTestFinished(() => scenario.emulator.setFaults({}));
    const users = ['stop-a', 'stop-b', 'stop-c'].flatMap((user) => ['--user', user]);
    const { tty } = adminTerminal(
      `awsmfa admin setup --group StopSetup ${users.join(' ')} --csv-out keys --yes`,
    );
    await tty.waitFor(/^done: user stop-a: create user/m, 30_000);
    tty.keys('C-c');
    expect(await tty.exitStatus(60_000)).toBe(130);
    const screen = tty.screen();
    expect(screen).toContain('Stopping after the step under way');
    expect(screen).toMatch(
      /awsmfa: error: Interrupted: \d+ step\(s\) done, \d+ not started \(table above\)\./,
    );
    expect(screen).toMatch(/user stop-c\s+create user\s+skipped\s+not started: interrupted \(Ctrl-C\)/);
    expect(screen).not.toMatch(/unexpected error|^\s+at /m);
    expect(await groupExists('StopSetup')).toBe(true);

    scenario.emulator.setFaults({});
    const { tty: again } = adminTerminal(
      `awsmfa admin setup --group StopSetup ${users.join(' ')} --csv-out keys --yes`,
    );
    expect(await again.exitStatus(60_000)).toBe(0);
    const members = await iamClient(scenario.emulator).send(
      new GetGroupCommand({ GroupName: 'StopSetup', MaxItems: 100 }),
    );
    expect(members.Users?.map((u) => u.UserName).sort()).toEqual(['stop-a', 'stop-b', 'stop-c']);
  }, 120_000);
});

describe('the plan is on the terminal that is asked', () => {
  it('admin setup > plan.txt: the plan and the policy diff are on screen before the question, and in the file', async () => {
    const { tty, home } = adminTerminal(
      'awsmfa admin setup --group PlanFile --user plan-user --trusted-ip 203.0.113.0/24 --csv-out keys > plan.txt',
    );
    const screen = await tty.waitFor(/Carry out the \d+ step\(s\) above\? \[y\/N\] $/m);
    expect(screen).toMatch(/SUBJECT\s+STEP\s+PLAN\s+DETAIL/);
    expect(screen).toContain('+++ group PlanFile, inline policy MyUsersPolicy (after this change)');
    expect(screen).toContain('"203.0.113.0/24"');
    tty.line('n');
    expect(await tty.exitStatus()).toBe(0);
    expect(tty.screen()).toContain('Nothing applied.');
    expect(readFileSync(`${home.home}/plan.txt`, 'utf8')).toMatch(/SUBJECT\s+STEP\s+PLAN\s+DETAIL/);
    expect(await groupExists('PlanFile')).toBe(false);
  }, 60_000);

  it('policy apply 2>&1 | tail: the diff and the question are on screen, "y" applies', async () => {
    await createPowerUserGroup(iamClient(scenario.emulator), 'PlanTail');
    const { tty } = adminTerminal(
      'awsmfa policy apply --group PlanTail --trusted-ip 198.51.100.0/24 2>&1 | tail -n 2',
    );
    const screen = await tty.waitFor(/Apply this change to group PlanTail\? \[y\/N\] $/m);
    expect(screen).toContain('+++ group PlanTail, inline policy MyUsersPolicy (after this change)');
    expect(screen).toContain('Trusted IPs after this change: 198.51.100.0/24.');
    tty.line('y');
    expect(await tty.exitStatus()).toBe(0);
    expect(JSON.stringify(await groupPolicy(scenario.emulator, 'PlanTail'))).toContain('198.51.100.0/24');
  }, 60_000);

  it('Ctrl-C at a question whose stderr goes to a pipe: the outcome is still on screen', async () => {
    await createPowerUserGroup(iamClient(scenario.emulator), 'PlanCtrlC');
    const { tty } = adminTerminal(
      'awsmfa policy apply --group PlanCtrlC --trusted-ip 198.51.100.0/24 2>&1 | cat > out.txt; echo "pipe=$(cat out.txt | wc -l)"',
    );
    await tty.waitFor(/Apply this change to group PlanCtrlC\? \[y\/N\] $/m);
    tty.keys('C-c');
    await tty.waitFor(/Cancelled: nothing was changed\./);
    await expect(groupPolicy(scenario.emulator, 'PlanCtrlC')).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });
  }, 60_000);
});
