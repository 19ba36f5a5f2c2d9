// What awsmfa says next must fit where the user is: no "Next: awsmfa enroll" for a profile that is
// enrolled, no options listed in --help that a command ignores, logout's hint in the words of the
// shell it runs in (real bash, zsh, fish), and a credential_process profile shown as what it is.
import { describe, expect, it } from 'vitest';
import { cliPath, runAwsmfa, runProcess, testHome } from './support/awsmfa.js';

const serial = 'arn:aws:iam::123456789012:mfa/cli-user';
const oldKey = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const newKey = { id: 'AKIAI44QH8DHBEXAMPLE', secret: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' };
const consoleCsv = (user: string, key: typeof oldKey) =>
  `User name,Password,Access key ID,Secret access key,Console login link\n${user},,${key.id},${key.secret},\n`;

describe('import: the next step fits the profile', () => {
  it('keys for a profile that is enrolled already: next is a session, not a second enrollment', async () => {
    const t = testHome({
      '.aws/config': `[profile cli-user]\nmfa_serial = ${serial}\n`,
      '.aws/credentials': `[cli-user]\naws_access_key_id = ${oldKey.id}\naws_secret_access_key = ${oldKey.secret}\n`,
      'rotated.csv': consoleCsv('cli-user', newKey),
      'new.csv': consoleCsv('newcomer', oldKey),
    });
    const rotated = await runAwsmfa(['import', t.path('rotated.csv'), '--force'], { env: t.env });
    expect(rotated.status, rotated.stderr).toBe(0);
    expect(rotated.stderr).toContain('Next: eval "$(awsmfa env --profile cli-user)"');
    expect(rotated.stderr).not.toContain('awsmfa enroll');

    const json = await runAwsmfa(['import', t.path('rotated.csv'), '--json'], { env: t.env });
    expect(JSON.parse(json.stdout).next).toEqual(['eval "$(awsmfa env --profile cli-user)"']);

    const fresh = await runAwsmfa(['import', t.path('new.csv')], { env: t.env });
    expect(fresh.stderr).toContain('Next: awsmfa enroll --profile newcomer');
  });
});

describe('--help lists only the options a command uses', () => {
  it.each([
    ['hook', ['hook', 'bash'], ['--profile', '--region', '--endpoint-url', '--debug']],
    ['sandbox', ['sandbox', '--port', '0'], ['--profile', '--region', '--endpoint-url']],
  ])('%s: the shared options it ignores are not in its help, and are refused', async (_, args, ignored) => {
    const t = testHome();
    const help = await runAwsmfa([args[0]!, '--help'], { env: t.env });
    expect(help.status).toBe(0);
    const options = help.stdout.split('\n\n').find((block) => block.startsWith('Options')) ?? '';
    expect(options).toContain('--help');
    for (const option of ignored) {
      expect(options).not.toContain(option);
      // --debug changes nothing anywhere: hidden where useless, but accepted.
      if (option === '--debug') continue;
      const given = await runAwsmfa([...args, option, 'x'], { env: t.env });
      expect(given.status, given.stderr).toBe(2);
      expect(given.stderr).toMatch(new RegExp(`^awsmfa: error: awsmfa ${args[0]} does not take ${option}: `));
      expect(given.stdout).toBe('');
    }
  });

  it('sandbox still documents --debug, which it uses', async () => {
    expect((await runAwsmfa(['sandbox', '--help'], { env: testHome().env })).stdout).toContain('--debug');
  });
});

describe("logout's hint speaks the shell it runs in", () => {
  it.each([
    // `--shell X` is added when the detection is not certain: both forms are that shell's syntax.
    ['bash', ['bash', '--norc', '--noprofile', '-c'], /eval "\$\(awsmfa env --unset( --shell bash)?\)"/],
    ['zsh', ['zsh', '-f', '-c'], /eval "\$\(awsmfa env --unset( --shell zsh)?\)"/],
    ['fish', ['fish', '--no-config', '-c'], /awsmfa env --unset( --shell fish)? \| source/],
  ])('%s', async (_, [shell, ...flags], hint) => {
    const t = testHome();
    // `; true` keeps the shells from exec'ing node in their place: node's parent is the shell.
    const result = await runProcess(
      shell!,
      [...flags!, `'${process.execPath}' '${cliPath}' logout --profile cli-user; true`],
      {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          ...t.env,
          SHELL: '/bin/bash',
          AWSMFA_PROFILE: 'cli-user',
          AWS_SESSION_TOKEN: 'token',
        },
        timeoutMs: 15_000,
      },
    );
    const [first, second, ...rest] = result.stderr.split('\n');
    expect(first).toBe('No cached session for profile cli-user.');
    expect(second).toMatch(
      new RegExp(`^This shell still holds a session in its environment: ${hint.source}$`),
    );
    expect(rest).toEqual(['']);
  });
});

describe('profiles: a credential_process profile is shown as what it is', () => {
  it("awsmfa's own (setup-credential-process) names the profile it takes sessions of; another program is named as such", async () => {
    const t = testHome({
      '.aws/config': `[profile cli-user]\nregion = us-east-1\nmfa_serial = ${serial}\n\n[profile vault]\ncredential_process = /usr/local/bin/vault-aws-creds\n`,
      '.aws/credentials': `[cli-user]\naws_access_key_id = ${oldKey.id}\naws_secret_access_key = ${oldKey.secret}\n`,
    });
    const setup = await runAwsmfa(['setup-credential-process', '--profile', 'cli-user'], { env: t.env });
    expect(setup.status, setup.stderr).toBe(0);
    const table = (await runAwsmfa(['profiles'], { env: t.env })).stdout;
    const row = (name: string) => table.split('\n').find((line) => line.startsWith(`${name} `)) ?? '';
    expect(row('cli-user-mfa')).toMatch(/^cli-user-mfa\s+awsmfa session of cli-user\s+\S+\s+via cli-user\s/);
    expect(row('vault')).toMatch(/^vault\s+credential_process\s/);
  });
});
