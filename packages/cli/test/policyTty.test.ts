// The confirmation prompts of policy edits on a real pseudo-terminal (tmux): the diff, then
// "Apply …? [y/N]"; "n" applies nothing, "y" applies; over quota, the offer to merge CIDRs.
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMfaPolicy } from '@awsmfa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHome, createPowerUserGroup, groupPolicy, iamClient } from './support/adminScenario.js';
import { cliPath } from './support/awsmfa.js';
import { useEmulator } from './support/mfaScenario.js';
import { startTmuxShell, type TmuxShell } from './support/tmux.js';

const scenario = useEmulator();
let bin: string;
const shells: TmuxShell[] = [];

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'awsmfa-bin-'));
  symlinkSync(cliPath, join(bin, 'awsmfa'));
}, 120_000);
afterAll(() => {
  for (const shell of shells) shell.kill();
});

function adminShell(): TmuxShell {
  const home = adminHome(scenario.emulator);
  const shell = startTmuxShell(['bash', '--norc', '--noprofile'], {
    ...home.env,
    PATH: `${bin}:${process.env.PATH}`,
    PS1: '$ ',
    AWS_PROFILE: 'admin',
    AWS_ENDPOINT_URL: scenario.emulator.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  shells.push(shell);
  return shell;
}

async function newGroup(name: string) {
  await createPowerUserGroup(iamClient(scenario.emulator), name);
}

describe('policy edits on a terminal', () => {
  it('asks after the diff: "n" applies nothing, "y" applies', async () => {
    await newGroup('TtyApply');
    const term = adminShell();
    term.type('awsmfa policy apply --group TtyApply --trusted-ip 192.0.2.0/24; echo "first=$?"');
    await term.waitFor(/Apply this change to group TtyApply\? \[y\/N\] $/m);
    expect(term.screen()).toContain('+++ group TtyApply, inline policy MyUsersPolicy (after this change)');
    term.type('n');
    await term.waitFor(/Nothing applied\.\n.*first=0/);
    await expect(groupPolicy(scenario.emulator, 'TtyApply')).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });

    term.type('clear; awsmfa policy apply --group TtyApply --trusted-ip 192.0.2.0/24; echo "second=$?"');
    await term.waitFor(/Apply this change to group TtyApply\? \[y\/N\] $/m);
    term.type('y');
    await term.waitFor(/Applied inline policy MyUsersPolicy to group TtyApply\.\n[\s\S]*second=0/);
    // Users' profiles must learn the same networks: the one command for that.
    expect(term.screen()).toContain('  awsmfa trusted-ip set --profile THEIR_PROFILE 192.0.2.0/24');
    expect(await groupPolicy(scenario.emulator, 'TtyApply')).toEqual(
      buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }),
    );
  }, 60_000);

  it('over the quota, offers to merge the trusted CIDRs, then shows the smaller diff', async () => {
    await newGroup('TtyQuota');
    const term = adminShell();
    term.type('awsmfa policy apply --group TtyQuota --yes >/dev/null 2>&1; echo "installed=$?"');
    await term.waitFor(/installed=0/);
    term.type(
      'clear; ips=$(for i in $(seq 0 399); do printf "10.9.%d.%d " $((i/256)) $((i%256)); done); awsmfa policy trusted-ip add --group TtyQuota $ips; echo "rc=$?"',
    );
    await term.waitFor(/Merge them\? \[y\/N\] $/m);
    expect(term.screen()).toMatch(
      /would be [\d,]+ characters; IAM allows 5,120\. Merging the trusted CIDRs would help:/,
    );
    term.type('y');
    await term.waitFor(/Apply this change to group TtyQuota\? \[y\/N\] $/m);
    term.type('y');
    await term.waitFor(/rc=0/);
    const deny = (await groupPolicy(scenario.emulator, 'TtyQuota')).Statement as Array<{
      Effect: string;
      Condition?: Record<string, Record<string, unknown>>;
    }>;
    expect(deny.find((s) => s.Effect === 'Deny')!.Condition!.NotIpAddress).toEqual({
      'aws:SourceIp': ['10.9.0.0/24', '10.9.1.0/25', '10.9.1.128/28'],
    });
  }, 60_000);
});
