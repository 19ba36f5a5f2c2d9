// awsmfa in Japanese (issue 14): the journey's conversation at a real terminal (tmux) whose
// locale is ja_JP.UTF-8 (Debian's locales, compiled by scripts/setup.sh), and what programs read
// (shell code, credential_process JSON, --json, exit codes) byte for byte the same as with LANG=C.
import { readFileSync } from 'node:fs';
import { seedMfaScenario } from '@awsmfa/emulator';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/displayWidth.js';
import { iamClient } from './support/adminScenario.js';
import { testHome } from './support/awsmfa.js';
import { runScriptInTmux } from './support/awsmfaTerminal.js';
import { authenticator, useEmulator } from './support/mfaScenario.js';
import { decodeQrMatrix, parseQrText } from './support/qr.js';
import { awsmfa, type ProcessResult } from './support/sessionScenario.js';
import { enableVirtualMfaDevice, totpCode } from './support/virtualMfaDevice.js';

const scenario = useEmulator();
const japanese = { LANG: 'ja_JP.UTF-8' };

/** A user of the seed article's MyUsers group whose access-key CSV (as the console writes it) is in HOME. */
async function newUserWithCsv(name: string) {
  const user = await seedMfaScenario(scenario.emulator, { userName: name, groupName: `${name}-group` });
  const home = testHome({
    'keys.csv': `Access key ID,Secret access key\n${user.accessKeyId},${user.secretAccessKey}\n`,
  });
  return { user, home, serial: `arn:aws:iam::${scenario.emulator.accountId}:mfa/${name}` };
}

describe('awsmfa at a ja_JP.UTF-8 terminal', () => {
  it('import, enroll (QR caption, a 5-digit code), env (countdown, code, success line), status, and Ctrl-C at [y/N] speak Japanese', async () => {
    const { home, serial } = await newUserWithCsv(`ja-journey-${process.pid}`);
    const tty = runScriptInTmux(
      [
        'cd "$HOME"',
        'awsmfa import keys.csv --profile cli-user',
        'awsmfa enroll --profile cli-user',
        // env's code prompt and its messages go to the terminal; stdout is the shell code.
        'awsmfa env --profile cli-user > session.sh',
        '. ./session.sh',
        'awsmfa status',
        'awsmfa device delete --profile cli-user',
      ].join(' && '),
      { ...home.env, ...japanese, AWS_ENDPOINT_URL: scenario.emulator.endpoint },
    );

    // import: the profile it wrote, in Japanese.
    const qrScreen = await tty.waitFor(/MFA コード 1（アプリに表示されている 6 桁の数字）: $/m);
    expect(qrScreen).toMatch(/1 個のプロファイルを .*credentials に取り込みました:/);
    // enroll: the QR code scans, and its Japanese caption is centred under it by terminal columns.
    const uri = decodeQrMatrix(parseQrText(qrScreen));
    const code = authenticator(new URL(uri!).searchParams.get('secret')!);
    const lines = qrScreen.split('\n');
    const caption = lines.find((line) => line.includes('アプリでの表示: Amazon Web Services'));
    expect(caption).toBeDefined();
    // Under the code, centred by terminal columns (from the first column when wider than the code,
    // as this label is; qrText.test.ts centres a narrower Japanese one).
    const qrWidth = displayWidth(lines[lines.indexOf(caption!) - 1]!.trimEnd());
    const captionWidth = displayWidth(caption!.trim());
    expect(caption!.length - caption!.trimStart().length).toBe(
      Math.max(0, Math.floor((qrWidth - captionWidth) / 2)),
    );

    // A 5-digit code: the error in Japanese, and the prompt again.
    tty.line('12345');
    await tty.waitFor(/MFA コード（コード 1）が 5 桁です。6 桁の数字が必要です。もう一度入力してください。/);
    tty.line(code(-1));
    await tty.waitFor(/MFA コード 2（次のコードが表示されるまで約 \d+ 秒待ってから入力）: $/m);
    tty.line(code(0));
    await tty.waitFor(new RegExp(`${serial} を有効化しました。`));

    // env: enroll spent the current code, so env counts down to the next one, then asks for it.
    await tty.waitFor(/次の MFA コードまであと \d+ 秒/);
    await tty.waitFor(new RegExp(`${serial} の MFA コード: $`, 'm'), 45_000);
    const fresh = authenticator(new URL(uri!).searchParams.get('secret')!);
    tty.line(fresh(0));
    // The success line on stderr, then status's table with its Japanese headings.
    await tty.waitFor(
      /awsmfa: プロファイル cli-user: MFA セッションは .* まで有効です（残り \d+ 時間 \d+ 分|残り \d+ 分）。/,
    );
    const status = await tty.waitFor(/^セッション +.*$/m);
    // status's rows: the values start in one terminal column, however wide the Japanese names are.
    const names = ['プロファイル', 'ID', 'MFA デバイス', 'セッション', 'シェル', 'ネットワーク', '時計'];
    const valueColumns = status.split('\n').flatMap((line) => {
      const name = names.find((candidate) => new RegExp(`^${candidate} +\\S`).test(line));
      return name
        ? [displayWidth(/^.*? +(?=\S)/.exec(line.slice(name.length))![0]) + displayWidth(name)]
        : [];
    });
    expect(valueColumns.length).toBe(names.length);
    expect(new Set(valueColumns)).toEqual(new Set([13]));

    // device delete asks [y/N]; Ctrl-C answers it: exit 130, one Japanese line, nothing deleted.
    await tty.waitFor(/を削除しますか？.*\[y\/N\] $/m);
    tty.keys('C-c');
    expect(await tty.exitStatus(30_000)).toBe(130);
    const end = tty.screen();
    expect(end).toMatch(/何も変更していません/);
    expect(end).not.toMatch(/unexpected error|予期しないエラー|^\s+at /m);
    expect(readFileSync(home.path('.aws/config'), 'utf8')).toContain(`mfa_serial = ${serial}`);
  }, 150_000);
});

/**
 * Two fields are measured anew by each run: `secondsLeft` counts down, and `clockSkewSeconds`
 * compares the clock with AWS's whole-second Date header. Their values are checked to be close and
 * then set equal; every other byte must match.
 */
function sameButMeasured(english: string, japanese: string): [string, string] {
  for (const [field, tolerance] of [
    ['secondsLeft', 5],
    ['clockSkewSeconds', 1],
  ] as const) {
    const pattern = new RegExp(`("${field}":\\s*)(-?\\d+)`, 'g');
    const values = (text: string) => [...text.matchAll(pattern)].map((match) => Number(match[2]));
    const [a, b] = [values(english), values(japanese)];
    expect(a.length).toBe(b.length);
    for (const [i, value] of a.entries()) expect(Math.abs(value - b[i]!)).toBeLessThanOrEqual(tolerance);
    english = english.replace(pattern, '$1N');
    japanese = japanese.replace(pattern, '$1N');
  }
  return [english, japanese];
}

describe('what programs read is the same in Japanese', () => {
  it('env (bash, fish, pwsh), credential-process, --json outputs and exit codes: byte for byte as with LANG=C', async () => {
    const name = `ja-bytes-${process.pid}`;
    const user = await seedMfaScenario(scenario.emulator, { userName: name, groupName: `${name}-group` });
    const { serial, seed } = await enableVirtualMfaDevice(iamClient(scenario.emulator), name);
    const { admin } = scenario.emulator;
    const home = testHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nmfa_serial = ${serial}\n\n[profile admin]\nregion = us-east-1\n`,
      '.aws/credentials': `[dev]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n\n[admin]\naws_access_key_id = ${admin.accessKeyId}\naws_secret_access_key = ${admin.secretAccessKey}\n`,
    });
    const env = { ...home.env, AWS_ENDPOINT_URL: scenario.emulator.endpoint };
    // One session in the cache, which every run below reads: same keys, same expiration.
    const first = await awsmfa(['env', '--profile', 'dev', '--code', totpCode(seed)], { ...env, LANG: 'C' });
    expect(first.stderr).toMatch(/^awsmfa: profile dev: MFA session until /);
    expect(first.status).toBe(0);

    const runs: Array<{ argv: string[]; status: number; japaneseStderr?: RegExp }> = [
      { argv: ['env', '--profile', 'dev', '--shell', 'bash'], status: 0, japaneseStderr: /有効です/ },
      { argv: ['env', '--profile', 'dev', '--shell', 'fish'], status: 0 },
      { argv: ['env', '--profile', 'dev', '--shell', 'pwsh'], status: 0 },
      { argv: ['credential-process', '--profile', 'dev'], status: 0 },
      { argv: ['status', '--profile', 'dev', '--json'], status: 0 },
      { argv: ['profiles', '--json'], status: 0 },
      { argv: ['admin', 'audit', '--profile', 'admin', '--group', `${name}-group`, '--json'], status: 0 },
      // Failures: the same exit code and nothing on stdout, the error line in the user's language.
      {
        argv: ['env', '--profile', 'nobody'],
        status: 4,
        japaneseStderr: /^awsmfa: エラー: プロファイル nobody は/,
      },
      {
        argv: ['admin', 'audit', '--profile', 'admin', '--concurrency', '2'],
        status: 2,
        japaneseStderr: /--concurrency は --org と一緒にのみ使えます。\nヒント: /,
      },
    ];
    for (const { argv, status, japaneseStderr } of runs) {
      const english: ProcessResult = await awsmfa(argv, { ...env, LANG: 'C' });
      const japanese: ProcessResult = await awsmfa(argv, { ...env, LANG: 'ja_JP.UTF-8' });
      const [en, ja] = sameButMeasured(english.stdout, japanese.stdout);
      expect({ argv, status: english.status }).toEqual({ argv, status });
      expect({ argv, status: japanese.status, stdout: ja }).toEqual({ argv, status, stdout: en });
      if (japaneseStderr) {
        expect(japanese.stderr).toMatch(japaneseStderr);
        expect(english.stderr).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
      }
    }
  }, 120_000);
});
