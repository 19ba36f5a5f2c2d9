// The AWS CLI's own role + MFA flow against the sandbox: a `[profile X]` with role_arn,
// source_profile and mfa_serial makes /usr/bin/aws prompt "Enter MFA code for …" on the terminal
// and call AssumeRole itself. A client nobody here wrote, so it checks the emulator's AssumeRole.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointAwsCliStsAt } from './support/awsCliStsEndpoint.js';
import { testHome } from './support/awsmfa.js';
import { type SessionBed, startSessionBed } from './support/sessionScenario.js';
import { startTmuxShell, type TmuxShell } from './support/tmux.js';

let bed: SessionBed;
const shells: TmuxShell[] = [];
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(async () => {
  for (const shell of shells) shell.kill();
  await bed.stop();
});

describe("the AWS CLI's role_arn + mfa_serial profiles against the sandbox", () => {
  it('prompts on the terminal, assumes each role with a code, caches the role sessions', async () => {
    const user = await bed.newUser('cli-roles');
    const { roleArns } = bed.seeded;
    const { home, env } = testHome({
      '.aws/credentials': `[cli-roles]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
      '.aws/config': [
        '[profile cli-roles]',
        'region = us-east-1',
        // The CLI takes the region from the role profile itself, not from its source.
        '[profile ro]',
        'region = us-east-1',
        `role_arn = ${roleArns.ReadOnly}`,
        'source_profile = cli-roles',
        `mfa_serial = ${user.serial}`,
        '[profile admin]',
        'region = us-east-1',
        `role_arn = ${roleArns.Admin}`,
        'source_profile = cli-roles',
        `mfa_serial = ${user.serial}`,
        '',
      ].join('\n'),
    });
    pointAwsCliStsAt(home, bed.emulator.endpoint);
    const term = startTmuxShell(['bash', '--norc', '--noprofile'], {
      ...env,
      PATH: '/usr/bin:/bin',
      PS1: '$ ',
      AWS_PAGER: '',
      LANG: 'C.UTF-8',
    });
    shells.push(term);
    const aws = `/usr/bin/aws --endpoint-url ${bed.emulator.endpoint}`;
    const prompt = `Enter MFA code for ${user.serial}: `;
    const count = (text: string, needle: string) => text.split(needle).length - 1;
    const quoted = prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    /** Waits until the CLI shows its `n`-th prompt and waits for input there. */
    const waitForPrompt = (n: number) => term.waitFor(new RegExp(`^(?:[^]*?${quoted}){${n}}\\s*$`));

    term.type(`${aws} --profile ro sts get-caller-identity --query Arn --output text; echo "ro=$?"`);
    await waitForPrompt(1);
    const first = user.code();
    term.type(first);
    let screen = await term.waitFor(/ro=\d+/);
    expect(screen).toMatch(/^arn:aws:sts::123456789012:assumed-role\/ReadOnly\/botocore-session-\d+$/m);
    expect(screen).toContain('ro=0');

    // The role session is cached in ~/.aws/cli/cache: no second prompt for the same role.
    term.type(`${aws} --profile ro s3 ls; echo "ls=$?"`);
    screen = await term.waitFor(/ls=\d+/);
    expect(screen).toContain('ls=0');
    expect(count(screen, prompt)).toBe(1);

    // Another role is another AssumeRole, another prompt; a code already used is refused as AWS does.
    term.type(`${aws} --profile admin s3 mb s3://role-flow-bucket; echo "mb=$?"`);
    await waitForPrompt(2);
    term.type(first);
    screen = await term.waitFor(/mb=\d+/);
    expect(screen).toContain(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: MultiFactorAuthentication failed with invalid MFA one time pass code.',
    );
    expect(screen).toContain('mb=1');
    term.type(`${aws} --profile admin s3 mb s3://role-flow-bucket; echo "mb2=$?"`);
    await waitForPrompt(3);
    term.type(user.code(1));
    screen = await term.waitFor(/mb2=\d+/);
    expect(screen).toContain('make_bucket: role-flow-bucket');
    expect(screen).toContain('mb2=0');

    // ReadOnly lists it; ReadOnlyAccess may not create buckets.
    term.type(`${aws} --profile ro s3 ls; echo "ls2=$?"`);
    screen = await term.waitFor(/ls2=\d+/);
    expect(screen).toMatch(/\d\d:\d\d:\d\d role-flow-bucket/);
    term.type(`${aws} --profile ro s3 mb s3://ro-bucket; echo "ro-mb=$?"`);
    screen = await term.waitFor(/ro-mb=\d+/);
    expect(screen).toContain('ro-mb=1');
    expect(screen).toContain('AccessDenied');

    const cache = join(home, '.aws', 'cli', 'cache');
    const files = readdirSync(cache);
    expect(files).toHaveLength(2);
    for (const file of files) expect(statSync(join(cache, file)).mode & 0o777).toBe(0o600);
    expect(count(term.screen(), prompt)).toBe(3);
    const assumeRoles = bed.emulator.requestLog.filter(
      (entry) => entry.action === 'AssumeRole' && entry.accessKeyId === user.accessKeyId,
    );
    expect(assumeRoles.map((entry) => entry.status)).toEqual([200, 403, 200]);
  });
});
