// End-to-end: the built `awsmfa import` against a temporary HOME, read back by the real AWS CLI v2.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliPath, type RunResult, runAwsmfa, type TestHome, testHome } from './support/awsmfa.js';

const keyA = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const keyB = { id: 'AKIAI44QH8DHBEXAMPLE', secret: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' };
const consoleHeader = 'User name,Password,Access key ID,Secret access key,Console login link';
const consoleRow = (user: string, key: typeof keyA) =>
  `${user},,${key.id},${key.secret},https://123456789012.signin.aws.amazon.com/console`;
const downloadCsv = (key: typeof keyA) => `Access key ID,Secret access key\n${key.id},${key.secret}\n`;

// Not the `aws` on PATH: that is a pyenv shim for AWS CLI v1.
const aws = '/usr/bin/aws';

/** `aws configure list --profile NAME` run by the real AWS CLI against the test HOME. */
function awsConfigureList(t: TestHome, profile: string): string {
  return execFileSync(aws, ['configure', 'list', '--profile', profile], {
    env: {
      PATH: '/usr/bin:/bin',
      HOME: t.home,
      AWS_CONFIG_FILE: t.path('.aws/config'),
      AWS_SHARED_CREDENTIALS_FILE: t.path('.aws/credentials'),
    },
    encoding: 'utf8',
  });
}

const credentials = (t: TestHome) => readFileSync(t.path('.aws/credentials'), 'utf8');
const mode = (path: string) => statSync(path).mode & 0o777;

/** A credentials file someone has kept for years: comments, CRLF-free but varied, ten profiles. */
function busyCredentials(): string {
  const profiles = Array.from({ length: 10 }, (_, i) => {
    const id = `AKIA${String(i).padStart(16, '0')}`;
    return `# team account ${i}\n[team${i}]\naws_access_key_id = ${id}\naws_secret_access_key=${'s'.repeat(40)}\n; rotated 2024-0${(i % 9) + 1}\nregion = eu-west-${(i % 3) + 1}\n`;
  });
  return `# ~/.aws/credentials — hand edited\n\n${profiles.join('\n')}\n[default]\naws_access_key_id = AKIADEFAULTDEFAULT00\naws_secret_access_key = ${'d'.repeat(40)}`;
}

describe('awsmfa import', () => {
  it('imports the console CSV: 0600 file in a 0700 ~/.aws, the AWS CLI sees the keys, no secret printed', async () => {
    const t = testHome({ 'alice_accessKeys.csv': `${consoleHeader}\n${consoleRow('alice', keyA)}\n` });
    const result = await runAwsmfa(['import', t.path('alice_accessKeys.csv')], { env: t.env });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('alice');
    expect(result.stderr).toContain('awsmfa enroll --profile alice');
    expect(result.stderr).not.toContain(keyA.secret);
    expect(credentials(t)).toBe(
      `[alice]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    );
    expect(mode(t.path('.aws'))).toBe(0o700);
    expect(mode(t.path('.aws/credentials'))).toBe(0o600);
    expect(existsSync(t.path('.aws/config'))).toBe(false);
    expect(awsConfigureList(t, 'alice')).toMatch(/access_key\s+\*+MPLE\s+shared-credentials-file/);
  });

  const variants: Array<[string, string, string[], string]> = [
    ['2-column download with --profile', downloadCsv(keyA), ['--profile', 'dev'], 'dev'],
    ['UTF-8 BOM', `\ufeff${consoleHeader}\n${consoleRow('bom', keyA)}\n`, [], 'bom'],
    ['CRLF', `${consoleHeader}\r\n${consoleRow('crlf', keyA)}\r\n`, [], 'crlf'],
    [
      'quoted fields, a comma in the password',
      `"User name","Password","Access key ID","Secret access key","Console login link"\n"quoted","p,w""d","${keyA.id}","${keyA.secret}",""\n`,
      [],
      'quoted',
    ],
    [
      'headers in another case and order',
      `secret access key,ACCESS KEY ID,user name\n${keyA.secret},${keyA.id},order\n`,
      [],
      'order',
    ],
    [
      '--profile-prefix',
      `${consoleHeader}\n${consoleRow('alice', keyA)}\n`,
      ['--profile-prefix', 'work-'],
      'work-alice',
    ],
  ];

  it.each(variants)('%s: the AWS CLI lists the imported profile', async (_, csv, options, profile) => {
    const t = testHome({ 'keys.csv': csv });
    const result = await runAwsmfa(['import', t.path('keys.csv'), ...options], { env: t.env });
    expect(result.stderr).not.toContain(keyA.secret);
    expect(result.status).toBe(0);
    expect(awsConfigureList(t, profile)).toMatch(/access_key\s+\*+MPLE\s+shared-credentials-file/);
  });

  it('several rows, from stdin (-) and via file://', async () => {
    const csv = `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('bob', keyB)}\n`;
    const t = testHome({ 'k.csv': csv });
    expect((await runAwsmfa(['import', '-'], { env: t.env, input: csv })).status).toBe(0);
    expect(awsConfigureList(t, 'bob')).toMatch(/access_key\s+\*+MPLE\s+shared-credentials-file/);
    const again = await runAwsmfa(['import', `file://${t.path('k.csv')}`, '--json'], { env: t.env });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      file: t.path('.aws/credentials'),
      imported: [
        { row: 2, profile: 'alice', accessKeyId: keyA.id, status: 'unchanged', store: 'file' },
        { row: 3, profile: 'bob', accessKeyId: keyB.id, status: 'unchanged', store: 'file' },
      ],
      skipped: [],
      next: ['awsmfa enroll --profile alice', 'awsmfa enroll --profile bob'],
    });
  });

  it('a credentials file with comments and ten other profiles is byte-identical outside the imported section', async () => {
    const original = busyCredentials();
    const t = testHome({
      '.aws/credentials': original,
      'new.csv': `${consoleHeader}\n${consoleRow('newbie', keyA)}\n`,
    });
    chmodSync(t.path('.aws/credentials'), 0o640);

    expect((await runAwsmfa(['import', t.path('new.csv')], { env: t.env })).status).toBe(0);
    const appended = credentials(t);
    // The file had no final newline; it still has none, and the original is an untouched prefix.
    expect(appended).toBe(
      `${original}\n\n[newbie]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}`,
    );

    writeFileSync(t.path('rotate.csv'), downloadCsv(keyB));
    const rotated = await runAwsmfa(['import', t.path('rotate.csv'), '--profile', 'team4', '--force'], {
      env: t.env,
    });
    expect(rotated.status).toBe(0);
    const after = credentials(t);
    const oldLines = appended.split('\n');
    const newLines = after.split('\n');
    expect(newLines).toHaveLength(oldLines.length);
    const changed = newLines.flatMap((line, i) => (line === oldLines[i] ? [] : [[oldLines[i], line]]));
    expect(changed).toEqual([
      ['aws_access_key_id = AKIA0000000000000004', `aws_access_key_id = ${keyB.id}`],
      [`aws_secret_access_key=${'s'.repeat(40)}`, `aws_secret_access_key = ${keyB.secret}`],
    ]);
    expect(mode(t.path('.aws/credentials'))).toBe(0o640);
    expect(awsConfigureList(t, 'team4')).toMatch(/access_key\s+\*+MPLE\s+shared-credentials-file/);
    expect(awsConfigureList(t, 'team7')).toMatch(/access_key\s+\*+0007\s+shared-credentials-file/);
  });

  it('same keys again: a no-op that does not rewrite the file', async () => {
    const t = testHome({ 'k.csv': downloadCsv(keyA) });
    await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev'], { env: t.env });
    const inode = statSync(t.path('.aws/credentials')).ino;
    const again = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev'], { env: t.env });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('already has these keys');
    expect(statSync(t.path('.aws/credentials')).ino).toBe(inode);
  });

  it('other keys in the profile: CONFLICT (exit 8) and the file untouched, unless --force', async () => {
    const original = `[dev]\naws_access_key_id = ${keyB.id}\naws_secret_access_key = ${keyB.secret}\n`;
    const t = testHome({ '.aws/credentials': original, 'k.csv': downloadCsv(keyA) });
    const conflict = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev'], { env: t.env });
    expect(conflict.status).toBe(8);
    expect(conflict.stderr).toMatch(/^awsmfa: error: Profile dev already has other keys/);
    expect(conflict.stderr).toContain('--force');
    expect(credentials(t)).toBe(original);
    const forced = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev', '--force'], {
      env: t.env,
    });
    expect(forced.status).toBe(0);
    expect(credentials(t)).toContain(keyA.id);
  });

  it('AWS_PROFILE in the environment never picks the target profile', async () => {
    const t = testHome({ 'k.csv': `${consoleHeader}\n${consoleRow('alice', keyA)}\n` });
    const result = await runAwsmfa(['import', t.path('k.csv')], { env: { ...t.env, AWS_PROFILE: 'prod' } });
    expect(result.status).toBe(0);
    expect(credentials(t)).toMatch(/^\[alice\]/);
  });

  it('honours AWS_SHARED_CREDENTIALS_FILE', async () => {
    const t = testHome({ 'k.csv': downloadCsv(keyA) });
    const env = { ...t.env, AWS_SHARED_CREDENTIALS_FILE: t.path('elsewhere/creds') };
    expect((await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev'], { env })).status).toBe(0);
    expect(readFileSync(t.path('elsewhere/creds'), 'utf8')).toContain('[dev]');
    expect(existsSync(t.path('.aws/credentials'))).toBe(false);
  });

  it('--skip-invalid imports the good rows and lists the skipped ones with their row numbers', async () => {
    const csv = `${consoleHeader}\n${consoleRow('alice', keyA)}\nbob,,${keyB.id},short,l\n${consoleRow('carol', keyB)}\n`;
    const t = testHome({ 'k.csv': csv });
    const strict = await runAwsmfa(['import', t.path('k.csv')], { env: t.env });
    expect(strict.status).toBe(6);
    expect(strict.stderr).toContain('row 3 has a secret access key that is not 40 base64 characters');
    expect(existsSync(t.path('.aws/credentials'))).toBe(false);

    const lenient = await runAwsmfa(['import', t.path('k.csv'), '--skip-invalid', '--json'], { env: t.env });
    expect(lenient.status).toBe(0);
    const report = JSON.parse(lenient.stdout) as { imported: Array<{ profile: string }>; skipped: unknown[] };
    expect(report.imported.map((i) => i.profile)).toEqual(['alice', 'carol']);
    expect(report.skipped).toEqual([{ row: 3, reason: expect.stringContaining('secret access key') }]);
  });

  it('two imports at the same time both land (the file lock serialises them)', async () => {
    const t = testHome({ 'a.csv': downloadCsv(keyA), 'b.csv': downloadCsv(keyB) });
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        runAwsmfa(['import', t.path(i % 2 ? 'a.csv' : 'b.csv'), '--profile', `p${i}`], { env: t.env }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0, 0, 0]);
    for (let i = 0; i < 6; i++) expect(credentials(t)).toContain(`[p${i}]`);
  });

  it('a writer killed while editing leaves nothing in the way: its lock is taken over, its temporary copy removed', async () => {
    const original = busyCredentials();
    const t = testHome({
      '.aws/credentials': original,
      'a.csv': downloadCsv(keyA),
      'b.csv': downloadCsv(keyB),
    });
    const aws = t.path('.aws');
    const temporaries = () =>
      readdirSync(aws).filter((name) => /^\.credentials\.\d+\.[0-9a-f]+\.tmp$/.test(name));
    const killed = spawn(process.execPath, [cliPath, 'import', t.path('a.csv'), '--profile', 'killed'], {
      env: { PATH: process.env.PATH, ...t.env, AWSMFA_TEST_EDIT_PAUSE_MS: '20000' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => killed.on('exit', (_code, signal) => resolve(signal)));
    // Kill it while it holds the lock with the new file written but not yet renamed.
    for (let i = 0; i < 400 && temporaries().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(temporaries()).toHaveLength(1);
    killed.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(t.path('.aws/credentials.lock'))).toBe(true);
    // Keep the lock looking fresh, as right after the kill: the dead holder, not the lock's age, lets the next writer in.
    const touch = setInterval(() => {
      const now = new Date();
      try {
        utimesSync(t.path('.aws/credentials.lock'), now, now);
      } catch {}
    }, 100);
    let next: RunResult;
    try {
      next = await runAwsmfa(['import', t.path('b.csv'), '--profile', 'next'], { env: t.env });
    } finally {
      clearInterval(touch);
    }
    expect(next.status, next.stderr).toBe(0);
    expect(credentials(t)).toBe(
      `${original}\n\n[next]\naws_access_key_id = ${keyB.id}\naws_secret_access_key = ${keyB.secret}`,
    );
    expect(temporaries()).toEqual([]);
    expect(existsSync(t.path('.aws/credentials.lock'))).toBe(false);
  });

  it('bytes that are not UTF-8 (a Latin-1 comment) survive an import byte for byte', async () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const original = latin1(
      '# keys for Ren\xe9\r\n[team]\r\naws_access_key_id = AKIATEAMTEAMTEAMTEAM\r\n; \xff\xfe stray bytes\r\n',
    );
    const t = testHome({ 'a.csv': downloadCsv(keyA) });
    mkdirSync(t.path('.aws'), { mode: 0o700 });
    writeFileSync(t.path('.aws/credentials'), original, { mode: 0o600 });
    const result = await runAwsmfa(['import', t.path('a.csv'), '--profile', 'dev'], { env: t.env });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(t.path('.aws/credentials'))).toEqual(
      Buffer.concat([
        original,
        latin1(`\r\n[dev]\r\naws_access_key_id = ${keyA.id}\r\naws_secret_access_key = ${keyA.secret}\r\n`),
      ]),
    );
  });

  describe('bad input: one line and a hint, a distinct exit code, nothing touched', () => {
    const original = '# mine\n[keep]\naws_access_key_id = AKIAKEEPKEEPKEEPKEEP\n';
    const cases: Array<[string, (t: TestHome) => string[], number, RegExp]> = [
      ['empty file', (t) => [write(t, 'e.csv', '')], 6, /is empty/],
      ['binary file', (t) => [write(t, 'b.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1]))], 6, /binary/],
      ['a directory', (t) => [dir(t, 'd.csv')], 7, /is a directory/],
      ['missing file', (t) => [t.path('missing.csv')], 7, /no such file/],
      ['only headers', (t) => [write(t, 'h.csv', `${consoleHeader}\r\n`)], 6, /header line but no rows/],
      [
        'a row with an extra comma inside quotes',
        (t) => [write(t, 'q.csv', `${consoleHeader}\nalice,,"${keyA.id},",${keyA.secret},l\n`)],
        6,
        /row 2 has an access key ID that is not AKIA/,
      ],
      [
        'keys with whitespace around them',
        (t) => [
          write(t, 'w.csv', `Access key ID,Secret access key\n ${keyA.id} ,${keyA.secret}\n`),
          '--profile',
          'x',
        ],
        6,
        /row 2 has spaces around the access key ID/,
      ],
      [
        '--profile with ]',
        (t) => [write(t, 'k.csv', downloadCsv(keyA)), '--profile', 'a]b'],
        3,
        /contains \]/,
      ],
      [
        '--profile with a newline',
        (t) => [write(t, 'k.csv', downloadCsv(keyA)), '--profile', 'a\n[evil]'],
        3,
        /control character/,
      ],
      [
        'a user name with a newline',
        (t) => [write(t, 'n.csv', `${consoleHeader}\n"a\nb",,${keyA.id},${keyA.secret},l\n`)],
        6,
        /row 2 names profile "a\\nb", which contains a control character/,
      ],
      ['2-column CSV without --profile', (t) => [write(t, 'k.csv', downloadCsv(keyA))], 2, /needs a name/],
      [
        'no header line',
        (t) => [write(t, 'k.csv', `${keyA.id},${keyA.secret}\n`), '--profile', 'x'],
        6,
        /no header/,
      ],
    ];

    it.each(cases)('%s', async (_, args, status, message) => {
      const t = testHome({ '.aws/credentials': original });
      const before = statSync(t.path('.aws/credentials'));
      const result = await runAwsmfa(['import', ...args(t)], { env: t.env });
      expect(result.status).toBe(status);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^awsmfa: error: /);
      expect(lines[0]).toMatch(message);
      expect(lines[1]).toMatch(/^hint: /);
      expect(result.stderr).not.toContain(keyA.secret);
      expect(credentials(t)).toBe(original);
      expect(statSync(t.path('.aws/credentials')).mtimeMs).toBe(before.mtimeMs);
    });

    // root reads any file: run without that power (unprivileged), so this runs in CI too.
    it('unreadable file', async () => {
      const t = testHome({ '.aws/credentials': original, 'k.csv': downloadCsv(keyA) });
      chmodSync(t.path('k.csv'), 0);
      const result = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'x'], {
        env: t.env,
        unprivileged: true,
      });
      expect(result.status).toBe(7);
      expect(result.stderr).toMatch(/permission denied/);
      expect(credentials(t)).toBe(original);
    });
  });

  it('--help explains the command with examples', async () => {
    const { status, stdout } = await runAwsmfa(['import', '--help'], { env: testHome().env });
    expect(status).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('--profile-prefix');
    expect(stdout).toContain('--skip-invalid');
  });
});

function write(t: TestHome, name: string, content: string | Buffer): string {
  writeFileSync(t.path(name), content);
  return t.path(name);
}

function dir(t: TestHome, name: string): string {
  mkdirSync(t.path(name));
  return t.path(name);
}
