// Role profiles end to end against the emulator's IAM roles and STS AssumeRole, checked with the
// real AWS CLI v2: one code for several roles, the 1-hour chaining cap, MFA-requiring trust,
// credential_process, status/logout/profiles, and the AWS CLI's own role+MFA flow beside awsmfa.
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointAwsCliStsAt } from './support/awsCliStsEndpoint.js';
import { cliPath, type TestHome, testHome } from './support/awsmfa.js';
import {
  awsCli,
  awsmfa,
  expectNoSecrets,
  type MfaUser,
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

const assumeRoleCalls = () => bed.emulator.requestLog.filter((e) => e.action === 'AssumeRole').length;

/** A HOME with the user's keys in [cli-user] and role profiles over it. */
function rolesHome(user: MfaUser, roles: string, options: { userMfa?: boolean } = {}): TestHome {
  const mfa = options.userMfa === false ? '' : `mfa_serial = ${user.serial}\n`;
  return testHome({
    '.aws/config': `[profile cli-user]\nregion = us-east-1\n${mfa}\n${roles}`,
    '.aws/credentials': `[cli-user]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
  });
}
const roleProfile = (name: string, role: string, extra = '') =>
  `[profile ${name}]\nrole_arn = ${bed.seeded.roleArns[role]}\nsource_profile = cli-user\nregion = us-east-1\n${extra}\n`;

describe('role profiles', () => {
  it('two roles over one source: one code typed in a terminal, and the AWS CLI works with both', async () => {
    const user = await bed.newUser('roles-two');
    const home = rolesHome(user, roleProfile('ro', 'ReadOnly') + roleProfile('admin', 'Admin'));
    const endpoint = bed.emulator.endpoint;
    const tokensBefore = sessionTokenCalls(bed.emulator, user);
    const rolesBefore = assumeRoleCalls();
    const shell = startTmuxShell(['bash', '--norc', '--noprofile'], {
      ...home.env,
      PATH: `${bin}:${process.env.PATH}`,
      PS1: '$ ',
      AWS_PAGER: '',
      AWS_ENDPOINT_URL: endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    shells.push(shell);
    shell.type(
      `eval "$(awsmfa env --profile ro)" && /usr/bin/aws s3 ls --endpoint-url ${endpoint} && /usr/bin/aws sts get-caller-identity --endpoint-url ${endpoint} --query Arn --output text && echo "ro-$((40 + 2))"`,
    );
    await shell.waitFor(new RegExp(`MFA code for ${user.serial}: $`, 'm'), 20_000);
    shell.type(user.code());
    let screen = await shell.waitFor(/^ro-42$/m, 30_000);
    expect(screen).toMatch(/assumed-role\/ReadOnly\/roles-two$/m);
    expect(screen).toMatch(/awsmfa: profile ro: role ReadOnly until .* left\)\./);
    shell.type(
      `eval "$(awsmfa env --profile admin)" && /usr/bin/aws s3 ls --endpoint-url ${endpoint} && /usr/bin/aws sts get-caller-identity --endpoint-url ${endpoint} --query Arn --output text && echo "admin-$((40 + 2))"`,
    );
    screen = await shell.waitFor(/^admin-42$/m, 30_000);
    expect(screen).toMatch(/assumed-role\/Admin\/roles-two$/m);
    // One code, one MFA session, two role sessions.
    expect((screen.match(/MFA code for /g) ?? []).length).toBe(1);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(tokensBefore + 1);
    expect(assumeRoleCalls()).toBe(rolesBefore + 2);
    // Again: both role sessions come from the cache.
    shell.type(
      'eval "$(awsmfa env --profile ro)" && eval "$(awsmfa env --profile admin)" && echo "again-$((40 + 2))"',
    );
    await shell.waitFor(/^again-42$/m, 20_000);
    expect(assumeRoleCalls()).toBe(rolesBefore + 2);
  }, 90_000);

  it('duration_seconds over the 1-hour chaining cap: capped with one notice, not refused', async () => {
    const user = await bed.newUser('roles-cap');
    const home = rolesHome(user, roleProfile('admin', 'Admin', 'duration_seconds = 7200\n'));
    const base = ['--profile', 'admin', '--endpoint-url', bed.emulator.endpoint];
    const first = await awsmfa(['env', ...base, '--shell', 'bash', '--code', user.code()], home.env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(
      'awsmfa: Profile admin: AWS allows a role assumed with session credentials (role chaining) 1 h at most, so the session lasts 1 h, not the 7200 s of duration_seconds of profile admin.\n',
    );
    expect(first.stderr.match(/role chaining/g)).toHaveLength(1);
    const status = JSON.parse((await awsmfa(['status', ...base, '--json'], home.env)).stdout);
    expect(status.session.secondsLeft).toBeLessThanOrEqual(3600);
    expect(status.session.secondsLeft).toBeGreaterThan(3000);
    const again = await awsmfa(['env', ...base, '--shell', 'bash'], home.env);
    expect(again.stderr).not.toContain('role chaining');
  });

  it('a role whose trust policy requires MFA: refused for the long-term key, granted for the MFA session', async () => {
    const user = await bed.newUser('roles-trust');
    const home = rolesHome(user, roleProfile('ro', 'ReadOnly'), { userMfa: false });
    const base = ['env', '--profile', 'ro', '--shell', 'bash', '--endpoint-url', bed.emulator.endpoint];
    const refused = await awsmfa(base, home.env);
    expect(refused.status).toBe(16);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `awsmfa: error: AWS refused to let arn:aws:iam::123456789012:user/roles-trust assume role ${bed.seeded.roleArns.ReadOnly}.\n` +
        "hint: the role's trust policy may require what this request lacked: MFA (set mfa_serial in [profile ro] or its source_profile); or an ExternalId (set external_id if the role owner gave you one)\n",
    );
    const withMfa = rolesHome(user, roleProfile('ro', 'ReadOnly', `mfa_serial = ${user.serial}\n`), {
      userMfa: false,
    });
    const granted = await awsmfa([...base, '--code', user.code()], withMfa.env);
    expect(granted.status, granted.stderr).toBe(0);
    expect(granted.stdout).toMatch(/^export AWS_SESSION_TOKEN=/m);
  });

  it('credential_process for a role profile, and status/logout/profiles along the chain', async () => {
    const user = await bed.newUser('roles-process');
    const home = rolesHome(user, roleProfile('ro', 'ReadOnly'));
    const endpoint = bed.emulator.endpoint;
    const setup = await awsmfa(
      ['setup-credential-process', '--profile', 'ro', '--endpoint-url', endpoint],
      home.env,
    );
    expect(setup.status, setup.stderr).toBe(0);
    // No terminal under the AWS CLI: the code comes from AWSMFA_CODE, once.
    const env = { ...home.env, AWSMFA_CODE: user.code() };
    const who = await awsCli(
      [
        'sts',
        'get-caller-identity',
        '--profile',
        'ro-mfa',
        '--endpoint-url',
        endpoint,
        '--query',
        'Arn',
        '--output',
        'text',
      ],
      env,
    );
    expect(who.stderr).toBe('');
    expect(who.stdout.trim()).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnly/roles-process');
    const ls = await awsCli(['s3', 'ls', '--profile', 'ro-mfa', '--endpoint-url', endpoint], home.env);
    expect(ls.status, ls.stderr).toBe(0);

    const status = JSON.parse(
      (await awsmfa(['status', '--profile', 'ro', '--endpoint-url', endpoint, '--json'], home.env)).stdout,
    );
    expect(status.identity).toMatchObject({
      arn: 'arn:aws:sts::123456789012:assumed-role/ReadOnly/roles-process',
      via: 'session',
    });
    expect(status.chain).toMatchObject([
      { step: 'keys', profile: 'cli-user' },
      {
        step: 'mfa-session',
        profile: 'cli-user',
        mfaSerial: user.serial,
        session: { secondsLeft: expect.any(Number) },
      },
      {
        step: 'role',
        profile: 'ro',
        roleArn: bed.seeded.roleArns.ReadOnly,
        session: { secondsLeft: expect.any(Number) },
      },
    ]);
    const text = await awsmfa(['status', '--profile', 'ro', '--endpoint-url', endpoint], home.env);
    expect(text.stdout).toMatch(
      /^chain {7}cli-user \(keys AKIA\*+\) → MFA session \(\d+ min left, until .*\) → role ReadOnly of profile ro \(\d+ min left, until .*\)$/m,
    );
    expectNoSecrets(text.stdout + text.stderr, [user.secretAccessKey]);
    expect((await awsmfa(['profiles'], home.env)).stdout).toMatch(
      /^ro +- +us-east-1 +- +ReadOnly via cli-user +\d+ min left/m,
    );

    const logout = await awsmfa(['logout', '--profile', 'ro'], home.env);
    expect(logout.stderr).toBe('Forgot 1 cached session (profile ro).\n');
    const after = JSON.parse((await awsmfa(['status', '--profile', 'ro', '--json'], home.env)).stdout);
    expect(after.chain[1].session).not.toBeNull();
    expect(after.chain[2].session).toBeNull();
    const all = await awsmfa(['logout', '--profile', 'ro', '--source'], home.env);
    expect(all.stderr).toBe('Forgot 1 cached session (profile ro and its sources cli-user).\n');
  });

  it("the AWS CLI's own role+MFA flow works beside awsmfa on the same profile", async () => {
    const user = await bed.newUser('roles-native');
    const home = rolesHome(user, roleProfile('ro', 'ReadOnly', `mfa_serial = ${user.serial}\n`));
    const endpoint = bed.emulator.endpoint;
    // awsmfa first: its own cache, not the AWS CLI's.
    const ours = await awsmfa(
      ['env', '--profile', 'ro', '--endpoint-url', endpoint, '--code', user.code(-1)],
      home.env,
    );
    expect(ours.status, ours.stderr).toBe(0);
    // The AWS CLI asks for the code itself (on stdin without a terminal) and caches in ~/.aws/cli/cache;
    // its own AssumeRole goes to the sandbox through the endpoint rule set of this HOME.
    pointAwsCliStsAt(home.home, endpoint);
    const native = await runAwsWithCode(
      home,
      [
        'sts',
        'get-caller-identity',
        '--profile',
        'ro',
        '--endpoint-url',
        endpoint,
        '--query',
        'Arn',
        '--output',
        'text',
      ],
      // Two steps apart: a step boundary between the two calls cannot make them the same code.
      user.code(1),
    );
    expect(native.stdout.trim(), native.stderr).toMatch(
      /^arn:aws:sts::123456789012:assumed-role\/ReadOnly\/botocore-session-\d+$/,
    );
    expect(readdirSync(home.path('.aws/cli/cache')).length).toBe(1);
    const again = await awsCli(['s3', 'ls', '--profile', 'ro', '--endpoint-url', endpoint], home.env);
    expect(again.status, again.stderr).toBe(0);
    // And awsmfa still serves its cached role session.
    const cached = await awsmfa(
      ['env', '--profile', 'ro', '--endpoint-url', endpoint, '--shell', 'bash'],
      home.env,
    );
    expect(cached.status, cached.stderr).toBe(0);
  });
});

function runAwsWithCode(home: TestHome, args: string[], code: string) {
  return import('./support/sessionScenario.js').then(({ run }) =>
    run('/usr/bin/aws', args, { ...home.env, AWS_PAGER: '' }, `${code}\n`),
  );
}
