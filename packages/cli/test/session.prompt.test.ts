// The MFA prompt under a real pseudo-terminal (tmux): inside `eval "$(awsmfa env)"` and under the
// AWS CLI's credential_process, which captures stdout and stderr; the prompt is on /dev/tty.
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from './support/awsmfa.js';
import {
  awsmfa,
  homeFor,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';
import { startTmuxShell, type TmuxShell } from './support/tmux.js';

let bed: SessionBed;
let bin: string;
const shells: TmuxShell[] = [];
beforeAll(async () => {
  bed = await startSessionBed();
  bin = mkdtempSync(join(tmpdir(), 'awsmfa-bin-'));
  symlinkSync(cliPath, join(bin, 'awsmfa'));
});
afterAll(async () => {
  for (const shell of shells) shell.kill();
  await bed.stop();
});

function bash(env: Record<string, string>): TmuxShell {
  const shell = startTmuxShell(['bash', '--norc', '--noprofile'], {
    PATH: `${bin}:${process.env.PATH}`,
    PS1: '$ ',
    AWS_PAGER: '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...env,
  });
  shells.push(shell);
  return shell;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('the MFA prompt on a real terminal', () => {
  it('eval "$(awsmfa env)" asks once on the terminal; aws s3 ls works; a second eval asks nothing', async () => {
    const user = await bed.newUser('tty-env');
    const home = homeFor(user, { profile: 'cli-user' });
    const endpoint = bed.emulator.endpoint;
    const term = bash({ ...home.env, AWS_ENDPOINT_URL: endpoint });
    term.type('eval "$(awsmfa env --profile cli-user)"; echo "first=$?"');
    const prompt = `MFA code for ${user.serial}: `;
    await term.waitFor(new RegExp(`MFA code for ${user.serial}: $`, 'm'));
    // A mistyped code is explained and asked again, on the terminal.
    term.type('12345');
    await term.waitFor(/has 5 digits; it must be 6 digits/);
    term.type(user.code());
    await term.waitFor(/first=0/);
    term.type(`/usr/bin/aws s3 ls --endpoint-url ${endpoint}; echo "s3=$? key=$AWS_ACCESS_KEY_ID"`);
    await term.waitFor(/s3=0 key=ASIA\w+/);
    const calls = sessionTokenCalls(bed.emulator, user);
    term.type('eval "$(awsmfa env --profile cli-user)"; echo "second=$?"');
    const screen = await term.waitFor(/second=0/);
    expect(count(screen, prompt)).toBe(2); // the first question and its repetition, nothing more
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls);
  });

  it('aws --profile cli-user-mfa works through credential_process, with the prompt visible', async () => {
    const user = await bed.newUser('tty-cp');
    const home = homeFor(user, { profile: 'cli-user' });
    const endpoint = bed.emulator.endpoint;
    const setup = await awsmfa(
      ['setup-credential-process', '--profile', 'cli-user', '--endpoint-url', endpoint],
      home.env,
    );
    expect(setup.status, setup.stderr).toBe(0);
    const term = bash(home.env);
    term.type(
      `/usr/bin/aws --profile cli-user-mfa sts get-caller-identity --endpoint-url ${endpoint} --query Arn --output text; echo "cp=$?"`,
    );
    await term.waitFor(new RegExp(`MFA code for ${user.serial}: $`, 'm'));
    term.type(user.code());
    const screen = await term.waitFor(/cp=\d+/);
    expect(screen).toContain(`arn:aws:iam::123456789012:user/${user.userName}`);
    expect(screen).toMatch(/cp=0/);
    term.type(`/usr/bin/aws --profile cli-user-mfa s3 ls --endpoint-url ${endpoint}; echo "again=$?"`);
    const after = await term.waitFor(/again=\d+/);
    expect(after).toMatch(/again=0/);
    expect(count(after, 'MFA code for')).toBe(1);
  });

  it('Ctrl-C at the prompt cancels: exit 130, nothing exported', async () => {
    const user = await bed.newUser('tty-cancel');
    const home = homeFor(user);
    const term = bash({ ...home.env, AWS_ENDPOINT_URL: bed.emulator.endpoint });
    // `eval "$(…)"` returns eval's status, so capture first to see awsmfa's own exit code.
    term.type(`out="$(awsmfa env --profile ${user.userName})"; echo "rc=$? out=\${out:-none}"`);
    await term.waitFor(/MFA code for .*: $/m);
    term.keys('C-c');
    const screen = await term.waitFor(/rc=\d+ out=/);
    expect(screen).toMatch(/rc=130 out=none/);
    expect(screen).toContain('awsmfa: error: Cancelled at the MFA code prompt; nothing was changed.');
  });
});
