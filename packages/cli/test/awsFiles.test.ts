// awsmfa reads ~/.aws/config and ~/.aws/credentials as the AWS CLI does (issue #17, item 8), and
// its edits keep such files byte for byte: each case is checked against the real AWS CLI v2.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type RunResult, runAwsmfa, type TestHome, testHome } from './support/awsmfa.js';

const key = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const credentials = `[dev]\naws_access_key_id = ${key.id}\naws_secret_access_key = ${key.secret}\n`;

/** `/usr/bin/aws configure get NAME --profile P` in the test HOME: its exit code and output. */
function awsConfigureGet(t: TestHome, name: string, profile: string): { status: number; output: string } {
  try {
    const output = execFileSync('/usr/bin/aws', ['configure', 'get', name, '--profile', profile], {
      env: { PATH: '/usr/bin:/bin', HOME: t.home, LANG: 'C.UTF-8' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

const profilesJson = async (t: TestHome) => {
  const result = await runAwsmfa(['profiles', '--json'], { env: t.env });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Array<{
    name: string;
    region: string | null;
    mfaSerial: string | null;
  }>;
};

function expectOneLine(result: RunResult, status: number, message: RegExp): void {
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(2);
  expect(lines[0]).toMatch(message);
  expect(result.status, result.stderr).toBe(status);
}

describe('awsmfa reads the AWS files as the AWS CLI does', () => {
  it('an indented `  region = …` after mfa_serial continues mfa_serial: no region, and a clear error instead of a bad serial', async () => {
    const t = testHome({
      '.aws/config':
        '[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n  region = eu-west-1\n',
      '.aws/credentials': credentials,
    });
    expect(awsConfigureGet(t, 'region', 'dev').status).not.toBe(0);
    expect(awsConfigureGet(t, 'mfa_serial', 'dev').output).toBe(
      'arn:aws:iam::123456789012:mfa/alice\nregion = eu-west-1\n',
    );
    const dev = (await profilesJson(t)).find((p) => p.name === 'dev');
    expect(dev).toMatchObject({
      region: null,
      mfaSerial: 'arn:aws:iam::123456789012:mfa/alice\nregion = eu-west-1',
    });

    const env = await runAwsmfa(['env', '--profile', 'dev', '--code', '123456'], { env: t.env });
    expectOneLine(env, 3, /The mfa_serial for profile dev spans several lines/);
  });

  it('`[  profile   S  ]` is not a profile to the AWS CLI, nor to awsmfa', async () => {
    const t = testHome({
      '.aws/config': '[  profile   S  ]\nregion = eu-west-1\n[profile   T  ]\nregion = eu-west-2\n',
    });
    expect(awsConfigureGet(t, 'region', 'S').output).toMatch(/could not be found/);
    expect(awsConfigureGet(t, 'region', 'T').output).toBe('eu-west-2\n');
    expect((await profilesJson(t)).map((p) => [p.name, p.region])).toEqual([['T', 'eu-west-2']]);
    const status = await runAwsmfa(['status', '--profile', 'S'], { env: t.env });
    expectOneLine(status, 4, /Profile S is in neither/);
  });

  it('[DEFAULT] gives its keys to every profile, and a later header of a profile replaces the earlier', async () => {
    const t = testHome({
      '.aws/config':
        '[DEFAULT]\nregion = ap-south-1\n[profile a]\nmfa_serial = arn:aws:iam::123456789012:mfa/old\n[profile "a"]\noutput = json\n[profile b]\nregion = eu-west-3\n',
    });
    expect(awsConfigureGet(t, 'region', 'a').output).toBe('ap-south-1\n');
    expect(awsConfigureGet(t, 'mfa_serial', 'a').status).not.toBe(0);
    expect((await profilesJson(t)).map((p) => [p.name, p.region, p.mfaSerial])).toEqual([
      ['a', 'ap-south-1', null],
      ['b', 'eu-west-3', null],
    ]);
  });

  it.each([
    [
      'a section given twice',
      '[profile dev]\nregion = a\n[profile dev]\n',
      /section \[profile dev\] appears twice \(lines 1 and 3\)/,
    ],
    [
      'a key given twice',
      '[profile dev]\nregion = a\nREGION = b\n',
      /region is set twice in \[profile dev\] \(lines 2 and 3\)/,
    ],
    [
      'a line of no kind',
      '[profile dev]\nregion eu-west-1\n',
      /line 2 is neither a \[section\], a key = value setting nor a comment/,
    ],
    ['a key before any section', 'region = a\n[profile dev]\n', /line 1 comes before any \[section\]/],
    [
      'a byte order mark',
      '\ufeff[profile dev]\nregion = a\n',
      /the file starts with a byte order mark \(BOM\)/,
    ],
    [
      'a nested block line without =',
      '[profile dev]\ns3 =\n  addressing_style\n',
      /the nested block of s3 \(line 2\) has a line without =/,
    ],
  ])('%s: the AWS CLI cannot parse the file, and awsmfa says where (exit 3)', async (_, config, message) => {
    const t = testHome({ '.aws/config': config, '.aws/credentials': credentials });
    expect(awsConfigureGet(t, 'region', 'dev').output).toMatch(/Unable to parse config file/);
    for (const args of [
      ['env', '--profile', 'dev', '--code', '123456'],
      ['profiles'],
      ['status', '--profile', 'dev'],
    ]) {
      const result = await runAwsmfa(args, { env: t.env });
      expectOneLine(
        result,
        3,
        new RegExp(`The AWS CLI cannot read ${t.path('.aws/config')}: ${message.source}`),
      );
    }
  });

  it('bytes that are not UTF-8: the AWS CLI cannot parse the file, awsmfa names the line; an import still keeps them', async () => {
    const t = testHome({ 'k.csv': `Access key ID,Secret access key\n${key.id},${key.secret}\n` });
    const latin1 = Buffer.from(
      `[other]\n# keys for Ren\xe9\naws_access_key_id = AKIAOTHEROTHEROTHER1\n`,
      'latin1',
    );
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(t.path('.aws'), { mode: 0o700 });
    writeFileSync(t.path('.aws/credentials'), latin1, { mode: 0o600 });
    expect(awsConfigureGet(t, 'aws_access_key_id', 'other').output).toMatch(/Unable to parse config file/);
    expectOneLine(
      await runAwsmfa(['profiles'], { env: t.env }),
      3,
      /cannot read .*credentials: line 2 holds bytes that are not UTF-8/,
    );
    const imported = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev'], { env: t.env });
    expect(imported.status, imported.stderr).toBe(0);
    expect(readFileSync(t.path('.aws/credentials')).subarray(0, latin1.length)).toEqual(latin1);
    // The import says why the AWS CLI will still refuse the file.
    expect(imported.stderr).toMatch(
      /\nnote: The AWS CLI cannot read .*credentials: line 2 holds bytes that are not UTF-8\.\nhint: fix that line/,
    );
    // In Japanese too, the line number kept.
    const japanese = await runAwsmfa(['profiles'], { env: { ...t.env, AWSMFA_LANG: 'ja' } });
    expectOneLine(
      japanese,
      3,
      /credentials は AWS CLI が読み込めないファイルです: 2 行目に UTF-8 ではないバイト/,
    );
  });
});

describe('edits keep such files byte for byte', () => {
  it('an import into a credentials file of odd shapes changes only its own lines, and the AWS CLI reads the result', async () => {
    const original =
      '# top\r\n[DEFAULT]\r\nregion = eu-west-1\r\n\r\n[other]\r\n  aws_access_key_id = AKIAOTHEROTHEROTHER1\r\n  ; among the keys\r\n  aws_secret_access_key = x\r\n     continued\r\n\r\n[dev]\r\n\taws_access_key_id = AKIAOLDOLDOLDOLDOLD1\r\n\t# keep me\r\n\taws_secret_access_key = old\r\n\t# a comment inside the value\r\n\t\tand its continuation\r\n[last]\r\nx = 1';
    const t = testHome({
      '.aws/credentials': original,
      'k.csv': `Access key ID,Secret access key\n${key.id},${key.secret}\n`,
    });
    const result = await runAwsmfa(['import', t.path('k.csv'), '--profile', 'dev', '--force'], {
      env: t.env,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(t.path('.aws/credentials'), 'utf8')).toBe(
      original
        .replace('\taws_access_key_id = AKIAOLDOLDOLDOLDOLD1', `\taws_access_key_id = ${key.id}`)
        .replace(
          '\taws_secret_access_key = old\r\n\t# a comment inside the value\r\n\t\tand its continuation\r\n',
          `\taws_secret_access_key = ${key.secret}\r\n\t# a comment inside the value\r\n`,
        ),
    );
    expect(awsConfigureGet(t, 'aws_access_key_id', 'dev').output).toBe(`${key.id}\n`);
    expect(awsConfigureGet(t, 'aws_secret_access_key', 'other').output).toBe('x\ncontinued\n');
  });
});
