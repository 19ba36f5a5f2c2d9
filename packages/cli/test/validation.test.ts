// Hostile input at the door (issue #17, items 1-3 and 7): every region, endpoint URL and option is
// checked before the cache is consulted and before any request, with one line, a hint and exit 3
// (2 for usage), never a stack; a value never sends a signed request somewhere else.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsmfa,
  homeFor,
  type MfaUser,
  type ProcessResult,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';

let bed: SessionBed;
/** Counts every request any process sends it: where a hostile region would send the signed request. */
let catcher: Server;
let caught = 0;
beforeAll(async () => {
  bed = await startSessionBed();
  catcher = createServer((_request, response) => {
    caught++;
    response.end();
  });
  await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => catcher.close(resolve));
  await bed.stop();
});

/** One error line, one hint line, the exit code, nothing on stdout and no stack. */
function expectRefused(result: ProcessResult, status: number, message: RegExp): void {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(2);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toMatch(/^hint: /);
  expect(result.stderr).not.toMatch(/unexpected|TypeError|\n\s+at /);
  expect(result.status, result.stderr).toBe(status);
}

describe('regions are checked before any request', () => {
  let user: MfaUser;
  beforeAll(async () => {
    user = await bed.newUser('v-region');
  });

  it('a region that would steer the signed request elsewhere is refused, as the AWS CLI does (exit 3)', async () => {
    const port = (catcher.address() as AddressInfo).port;
    const hostile = `x@127.0.0.1:${port}/#`;
    const home = homeFor(user);
    writeFileSync(
      home.path('.aws/config'),
      `[profile ${user.userName}]\nregion = ${hostile}\nmfa_serial = ${user.serial}\n`,
    );
    const before = caught;
    const result = await awsmfa(['env', '--profile', user.userName, '--code', '123456'], home.env);
    expectRefused(
      result,
      3,
      new RegExp(
        `^awsmfa: error: Provided region_name 'x@127\\.0\\.0\\.1:${port}/#' \\(region of profile ${user.userName}\\) doesn't match a supported format\\.$`,
      ),
    );
    expect(caught).toBe(before);
    expect(existsSync(home.path('.aws/awsmfa/cache'))).toBe(false);
  });

  it.each([
    ['--region', ['--region', 'eu west 1'], {}, /'eu west 1' \(--region\)/],
    ['AWS_REGION', [], { AWS_REGION: 'us-east-1.evil.example' }, /\(AWS_REGION\)/],
    ['AWS_DEFAULT_REGION', [], { AWS_DEFAULT_REGION: 'é' }, /'é' \(AWS_DEFAULT_REGION\)/],
    ['a control character', ['--region', 'us-east-1\u001b[31m'], {}, /'us-east-1\\u001b\[31m'/],
  ])('%s: exit 3 naming the source, for env, status and device list alike', async (_, args, env, message) => {
    const home = homeFor(user);
    for (const command of [['env', '--code', '123456'], ['status'], ['device', 'list']]) {
      const result = await awsmfa(
        [...command, '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, ...args],
        { ...home.env, ...env },
      );
      expectRefused(result, 3, message);
    }
  });
});

describe('endpoint URLs: http(s) with a host, or exit 3', () => {
  let user: MfaUser;
  beforeAll(async () => {
    user = await bed.newUser('v-endpoint');
  });

  it.each([
    ['file:///etc/passwd', /uses file scheme/],
    ['ftp://127.0.0.1/', /uses ftp scheme/],
    ['javascript:alert(1)', /uses javascript scheme/],
    ['notaurl', /is not a URL/],
    [':99999', /is not a URL/],
    ['http://[::1', /is not a URL/],
    ['http://127.0.0.1:99999', /is not a URL/],
    ['http://127.0.0.1:1/?Action=x', /has a query/],
  ])('--endpoint-url %s', async (url, problem) => {
    const result = await awsmfa(
      ['env', '--profile', user.userName, '--code', '123456', '--endpoint-url', url],
      homeFor(user).env,
    );
    expectRefused(result, 3, problem);
  });

  it('AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_STS are checked alike, naming the variable', async () => {
    const home = homeFor(user);
    const global = await awsmfa(['env', '--profile', user.userName, '--code', '123456'], {
      ...home.env,
      AWS_ENDPOINT_URL: 'notaurl',
    });
    expectRefused(global, 3, /^awsmfa: error: AWS_ENDPOINT_URL notaurl is not a URL\.$/);
    const sts = await awsmfa(['status', '--profile', user.userName], {
      ...home.env,
      AWS_ENDPOINT_URL_STS: 'file:///etc/passwd',
    });
    expectRefused(sts, 3, /AWS_ENDPOINT_URL_STS file:\/\/\/etc\/passwd uses file scheme/);
  });

  it('a user name and password in the URL are refused and never echoed, --debug included', async () => {
    const home = homeFor(user);
    for (const debug of [[], ['--debug']]) {
      const result = await awsmfa(
        [
          'env',
          '--profile',
          user.userName,
          '--code',
          '123456',
          '--endpoint-url',
          'http://alice:s3cr3t-pw@127.0.0.1:1/',
          ...debug,
        ],
        home.env,
      );
      expect(result.status, result.stderr).toBe(3);
      expect(result.stderr).toContain('--endpoint-url http://***@127.0.0.1:1/ holds a user name or password');
      expect(result.stderr).not.toContain('s3cr3t-pw');
    }
  });
});

it('an access key ID with a character HTTP headers cannot carry is one clear line (exit 3), not a crash', async () => {
  const user = await bed.newUser('v-header');
  const home = homeFor(user);
  writeFileSync(
    home.path('.aws/credentials'),
    `[${user.userName}]\naws_access_key_id = ${user.accessKeyId}é\naws_secret_access_key = ${user.secretAccessKey}\n`,
  );
  const result = await awsmfa(
    ['env', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
    home.env,
  );
  expectRefused(result, 3, /access key ID of profile v-header/);
  expect(result.stderr).not.toContain('Invalid character in header content');
});

describe('an option given twice: the last one counts, on every command', () => {
  let user: MfaUser;
  beforeAll(async () => {
    user = await bed.newUser('v-twice');
  });

  it('--profile, --region, --endpoint-url and --code twice on env', async () => {
    const home = homeFor(user);
    const calls = sessionTokenCalls(bed.emulator, user);
    const result = await awsmfa(
      [
        'env',
        '--profile',
        'nosuch',
        '--profile',
        user.userName,
        '--region',
        'bad region',
        '--region',
        'eu-west-3',
        '--endpoint-url',
        'notaurl',
        '--endpoint-url',
        bed.emulator.endpoint,
        '--code',
        'abc',
        '--code',
        user.code(),
        '--shell',
        'fish',
        '--shell',
        'bash',
      ],
      home.env,
    );
    // Only env's success line: no complaint about the first --region, --endpoint-url or --code.
    expect(result.stderr).toMatch(/^awsmfa: profile v-twice: MFA session until [^\n]*\n$/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("export AWS_REGION='eu-west-3'");
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls + 1);
  });

  it.each([
    ['env', ['--shell', 'bash']],
    ['credential-process', []],
    ['status', []],
    ['exec', ['--', 'true']],
    ['device', ['list']],
  ])('%s: --profile given twice names the last one', async (command, rest) => {
    const home = homeFor(user);
    const args = [command, ...rest];
    const dashDash = args.indexOf('--');
    const options = ['--profile', user.userName, '--profile', 'second-one', '--debug', '--debug'];
    if (dashDash === -1) args.push(...options);
    else args.splice(dashDash, 0, ...options);
    const result = await awsmfa(args, home.env);
    expect(result.stderr).toMatch(/Profile second-one is in neither/);
    expect(result.stderr).not.toMatch(/TypeError|unexpected/);
    expect(result.status).toBe(4);
  });

  it('--help says so', async () => {
    const result = await awsmfa(['env', '--help'], {});
    expect(result.stdout).toMatch(/given twice, the last one counts/i);
  });
});

/** A new user whose HOME holds a cached session, got with a code through the emulator. */
async function withCachedSession(name: string) {
  const user = await bed.newUser(name);
  const home = homeFor(user);
  const first = await awsmfa(
    ['env', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
    home.env,
  );
  expect(first.status, first.stderr).toBe(0);
  return { user, home };
}

describe('every argument is checked before the cache is consulted', () => {
  it('with a cached session, a bad --duration, --code, --endpoint-url or --region still exits 3, as with --debug', async () => {
    const { user, home } = await withCachedSession('v-cached');
    const hit = await awsmfa(['env', '--profile', user.userName, '--shell', 'bash'], home.env);
    expect(hit.status, hit.stderr).toBe(0);
    expect(hit.stdout).toContain('AWS_SESSION_TOKEN');

    const cases: Array<[string[], RegExp]> = [
      [['env', '--duration', 'garbage'], /--duration "garbage" is not a duration/],
      [['env', '--duration', '0'], /outside AWS's range/],
      [['env', '--duration', '99999999'], /outside AWS's range/],
      [['credential-process', '--duration', 'garbage'], /--duration "garbage" is not a duration/],
      [['env', '--code', 'abc'], /The MFA code from --code contains characters other than digits/],
      [['credential-process', '--code', '12345'], /The MFA code from --code has 5 digits/],
      [['env', '--endpoint-url', 'notaurl'], /--endpoint-url notaurl is not a URL/],
      [['env', '--region', 'x@y'], /'x@y' \(--region\)/],
    ];
    for (const [args, message] of cases) {
      for (const debug of [[], ['--debug']]) {
        const result = await awsmfa([...args, '--profile', user.userName, ...debug], home.env);
        const what = [...args, ...debug].join(' ');
        expect(result.stdout, what).toBe('');
        expect(result.stderr, what).toMatch(message);
        expect(result.status, `${what}: ${result.stderr}`).toBe(3);
      }
    }
    // The environment and the profile are checked too.
    const region = await awsmfa(['env', '--profile', user.userName], { ...home.env, AWS_REGION: 'x/y' });
    expectRefused(region, 3, /'x\/y' \(AWS_REGION\)/);
    const code = await awsmfa(['env', '--profile', user.userName], { ...home.env, AWSMFA_CODE: '12 34' });
    expectRefused(code, 3, /The MFA code from AWSMFA_CODE has 4 digits/);
  });

  it('a bad awsmfa_session_duration in the profile is refused before the cache too', async () => {
    const { user, home } = await withCachedSession('v-profile-duration');
    appendFileSync(home.path('.aws/config'), 'awsmfa_session_duration = forever\n');
    const result = await awsmfa(['env', '--profile', user.userName], home.env);
    expectRefused(
      result,
      3,
      /awsmfa_session_duration of profile v-profile-duration "forever" is not a duration/,
    );
  });

  it('an invalid --code is refused before the cache folder is created', async () => {
    const user = await bed.newUser('v-code');
    const fresh = homeFor(user);
    const result = await awsmfa(['env', '--profile', user.userName, '--code', 'abc'], fresh.env);
    expectRefused(result, 3, /The MFA code from --code contains characters other than digits/);
    expect(existsSync(fresh.path('.aws/awsmfa'))).toBe(false);
  });

  it('--shell bogus: one line naming the choices, and the hint', async () => {
    const result = await awsmfa(['env', '--profile', 'any', '--shell', 'bogus'], {});
    expectRefused(
      result,
      2,
      /^awsmfa: error: --shell "bogus" is not one of: bash, zsh, fish, pwsh, cmd, sh, json, dotenv\.$/,
    );
  });
});
