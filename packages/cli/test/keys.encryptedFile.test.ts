// The encrypted-file store end to end: a passphrase from AWSMFA_FILE_PASSPHRASE or typed at a real
// terminal (without echo), a wrong passphrase that changes nothing, and writers killed with SIGKILL
// at any moment leaving the old file or the new one, never half of either, and never a key lost.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { encryptedFileKeyStore } from '@awsmfa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, type TestHome, testHome } from './support/awsmfa.js';
import { runScriptInTmux } from './support/awsmfaTerminal.js';
import { awsmfa, expectNoSecrets, type SessionBed, startSessionBed } from './support/sessionScenario.js';

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(() => bed.stop());

const keyA = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const keyB = { id: 'AKIAI44QH8DHBEXAMPLE', secret: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' };
const section = (profile: string, key: typeof keyA) =>
  `[${profile}]\naws_access_key_id = ${key.id}\naws_secret_access_key = ${key.secret}\n`;

/** What the encrypted file holds, read with core's own store. */
async function openFile(home: TestHome, passphrase: string, profile: string) {
  const store = encryptedFileKeyStore({
    path: home.path('.aws/awsmfa/keys.enc'),
    passphrase: async () => passphrase,
  });
  return store.read(profile);
}

describe('the encrypted-file store', () => {
  it('keys move with AWSMFA_FILE_PASSPHRASE: 0600 file in a 0700 folder, no secret in ~/.aws; env opens it for a session', async () => {
    const user = await bed.newUser('ef-session');
    const home = testHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
      '.aws/credentials': `[dev]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
    });
    const env = { ...home.env, AWSMFA_FILE_PASSPHRASE: 'correct horse battery' };
    const moved = await awsmfa(['keys', 'move', '--profile', 'dev', '--to', 'encrypted-file'], env);
    expect(moved.stderr).toContain(`to ${home.path('.aws/awsmfa/keys.enc')}.`);
    expect(moved.status).toBe(0);
    expect(statSync(home.path('.aws/awsmfa/keys.enc')).mode & 0o777).toBe(0o600);
    expect(statSync(home.path('.aws/awsmfa')).mode & 0o777).toBe(0o700);
    for (const file of ['config', 'credentials', 'awsmfa/keys.enc']) {
      expect(readFileSync(home.path(`.aws/${file}`), 'utf8')).not.toContain(user.secretAccessKey);
    }
    const session = await awsmfa(
      [
        'env',
        '--profile',
        'dev',
        '--shell',
        'bash',
        '--endpoint-url',
        bed.emulator.endpoint,
        '--code',
        user.code(),
      ],
      env,
    );
    expect(session.status).toBe(0);
    expect(session.stdout).toContain('export AWS_SESSION_TOKEN=');
    expectNoSecrets(session.stdout + session.stderr, [user.secretAccessKey, 'correct horse battery']);
    // Cached: no passphrase needed any more.
    const cached = await awsmfa(['env', '--profile', 'dev', '--shell', 'bash'], home.env);
    expect(cached.stdout).toBe(session.stdout);
  });

  it('a wrong passphrase: exit 56, the encrypted file and the plaintext keys stay as they were', async () => {
    const home = testHome({ '.aws/credentials': section('a', keyA) + section('b', keyB) });
    const right = { ...home.env, AWSMFA_FILE_PASSPHRASE: 'right' };
    expect((await awsmfa(['keys', 'move', '--profile', 'a', '--to', 'encrypted-file'], right)).status).toBe(
      0,
    );
    const file = readFileSync(home.path('.aws/awsmfa/keys.enc'));
    const credentials = readFileSync(home.path('.aws/credentials'), 'utf8');
    const wrong = await awsmfa(['keys', 'move', '--profile', 'b', '--to', 'encrypted-file'], {
      ...home.env,
      AWSMFA_FILE_PASSPHRASE: 'wrong',
    });
    expect(wrong.status).toBe(56);
    expect(wrong.stderr).toBe(
      `awsmfa: error: The passphrase does not open ${home.path('.aws/awsmfa/keys.enc')}; nothing was changed.\nhint: type it again (scripts: AWSMFA_FILE_PASSPHRASE); a file altered by someone else fails the same way\n`,
    );
    expect(readFileSync(home.path('.aws/awsmfa/keys.enc'))).toEqual(file);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toBe(credentials);
    expect(await openFile(home, 'right', 'a')).toEqual({
      accessKeyId: keyA.id,
      secretAccessKey: keyA.secret,
    });
  });

  it('no terminal and no AWSMFA_FILE_PASSPHRASE: exit 55 saying a new file needs a passphrase chosen, the plaintext keys stay', async () => {
    const home = testHome({ '.aws/credentials': section('a', keyA) });
    const credentials = readFileSync(home.path('.aws/credentials'), 'utf8');
    const moved = await awsmfa(['keys', 'move', '--profile', 'a', '--to', 'encrypted-file'], home.env);
    expect(moved.status).toBe(55);
    expect(moved.stderr).toBe(
      `awsmfa: error: ${home.path('.aws/awsmfa/keys.enc')} is to be encrypted with a passphrase you choose, and there is no terminal to type it on.\nhint: run the command in a terminal, or set AWSMFA_FILE_PASSPHRASE (from a secret manager)\n`,
    );
    expect(existsSync(home.path('.aws/awsmfa/keys.enc'))).toBe(false);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toBe(credentials);
  });

  it('SIGKILL between writing and renaming: the old file stays, the plaintext keys too; the next move finishes and cleans up', async () => {
    const home = testHome({ '.aws/credentials': section('a', keyA) + section('b', keyB) });
    const env = { ...home.env, AWSMFA_FILE_PASSPHRASE: 'pw' };
    expect((await awsmfa(['keys', 'move', '--profile', 'a', '--to', 'encrypted-file'], env)).status).toBe(0);
    const old = readFileSync(home.path('.aws/awsmfa/keys.enc'));
    const writer = spawn(
      process.execPath,
      [cliPath, 'keys', 'move', '--profile', 'b', '--to', 'encrypted-file'],
      {
        env: { PATH: process.env.PATH, ...env, AWSMFA_TEST_KEY_WRITE_PAUSE_MS: '20000' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => writer.on('exit', (_, signal) => resolve(signal)));
    const temporaries = () => readdirSync(home.path('.aws/awsmfa')).filter((name) => name.endsWith('.tmp'));
    for (let i = 0; temporaries().length === 0; i++) {
      if (i > 300) throw new Error('the writer never wrote its temporary file');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    writer.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readFileSync(home.path('.aws/awsmfa/keys.enc'))).toEqual(old);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toContain(keyB.secret);
    expect(await openFile(home, 'pw', 'b')).toBeUndefined();

    const again = await awsmfa(['keys', 'move', '--profile', 'b', '--to', 'encrypted-file'], env);
    expect(again.status).toBe(0);
    expect(temporaries()).toEqual([]);
    expect(await openFile(home, 'pw', 'a')).toEqual({ accessKeyId: keyA.id, secretAccessKey: keyA.secret });
    expect(await openFile(home, 'pw', 'b')).toEqual({ accessKeyId: keyB.id, secretAccessKey: keyB.secret });
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toBe('[a]\n[b]\n');
  }, 60_000);

  it('SIGKILL at random moments of moves: every time the file opens, and each key is in the file or still in plaintext', async () => {
    const profiles = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const key = (i: number) => ({
      id: `AKIA${String(i).padStart(16, '0')}`,
      secret: `secret-${i}-${'x'.repeat(31)}`,
    });
    const home = testHome({ '.aws/credentials': profiles.map((p, i) => section(p, key(i))).join('') });
    const env = { ...home.env, AWSMFA_FILE_PASSPHRASE: 'pw' };
    expect((await awsmfa(['keys', 'move', '--profile', 'p0', '--to', 'encrypted-file'], env)).status).toBe(0);
    for (const [i, profile] of profiles.entries()) {
      if (i === 0) continue;
      const writer = spawn(
        process.execPath,
        [cliPath, 'keys', 'move', '--profile', profile, '--to', 'encrypted-file'],
        {
          env: { PATH: process.env.PATH, ...env },
          stdio: 'ignore',
        },
      );
      const exited = new Promise((resolve) => writer.on('exit', resolve));
      // From before the file is read to after the rename: scrypt alone takes a few hundred ms.
      await new Promise((resolve) => setTimeout(resolve, 150 + i * 200));
      writer.kill('SIGKILL');
      await exited;
      const inFile = await openFile(home, 'pw', profile);
      const plaintext = readFileSync(home.path('.aws/credentials'), 'utf8').includes(key(i).secret);
      expect(inFile !== undefined || plaintext, `the key of ${profile} was lost`).toBe(true);
      if (inFile) expect(inFile).toEqual({ accessKeyId: key(i).id, secretAccessKey: key(i).secret });
      for (const earlier of profiles.slice(0, i)) {
        const kept = await openFile(home, 'pw', earlier);
        const inPlaintext = readFileSync(home.path('.aws/credentials'), 'utf8').includes(
          key(profiles.indexOf(earlier)).secret,
        );
        expect(kept !== undefined || inPlaintext, `the key of ${earlier} was lost`).toBe(true);
      }
    }
  }, 120_000);

  it('at a terminal: a new passphrase is typed twice, later once; nothing typed is echoed', async () => {
    const user = await bed.newUser('ef-tty');
    const home = testHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
      '.aws/credentials': `[dev]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`,
    });
    const move = runScriptInTmux('awsmfa keys move --profile dev --to encrypted-file', home.env);
    await move.waitFor(/New passphrase: $/m);
    move.line('tty passphrase 1');
    await move.waitFor(/The same passphrase again: $/m);
    move.line('tty passphrase 1');
    expect(await move.exitStatus()).toBe(0);
    expect(move.screen()).not.toContain('tty passphrase 1');
    expect(existsSync(home.path('.aws/awsmfa/keys.enc'))).toBe(true);

    const env = runScriptInTmux(
      `awsmfa env --profile dev --shell bash --endpoint-url ${bed.emulator.endpoint} --code ${user.code()} >/dev/null`,
      home.env,
    );
    await env.waitFor(/Passphrase for .*keys\.enc: $/m);
    env.line('tty passphrase 1');
    expect(await env.exitStatus()).toBe(0);
    expect(env.screen()).not.toContain('tty passphrase 1');
    expect(env.screen()).toMatch(/profile dev: MFA session until/);
  }, 60_000);

  it('two different passphrases at a terminal: nothing written', async () => {
    const home = testHome({ '.aws/credentials': section('dev', keyA) });
    const move = runScriptInTmux('awsmfa keys move --profile dev --to encrypted-file', home.env);
    await move.waitFor(/New passphrase: $/m);
    move.line('one');
    await move.waitFor(/The same passphrase again: $/m);
    move.line('two');
    expect(await move.exitStatus()).toBe(3);
    expect(move.screen()).toContain('The two passphrases differ; nothing was written.');
    expect(existsSync(home.path('.aws/awsmfa/keys.enc'))).toBe(false);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toBe(section('dev', keyA));
  }, 30_000);
});
