import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../profiles/loadProfile.js';
import { tempHome } from '../profiles/testing.js';
import { importAccessKeys } from './importAccessKeys.js';
import { consoleHeader, consoleRow, downloadCsv, keyA, keyB } from './testKeys.js';

const csv = (text: string) => ({ name: 'keys.csv', text });
const credentials = (path: (p: string) => string) => readFileSync(path('.aws/credentials'), 'utf8');

describe('importAccessKeys', () => {
  it('writes [user] with the two keys into a new 0600 credentials file', async () => {
    const { env, path } = tempHome();
    const result = await importAccessKeys({
      env,
      csv: csv(`${consoleHeader}\n${consoleRow('alice', keyA)}\n`),
    });
    expect(result).toEqual({
      file: path('.aws/credentials'),
      imported: [{ row: 2, profile: 'alice', accessKeyId: keyA.id, status: 'added', store: 'file' }],
      skipped: [],
    });
    expect(credentials(path)).toBe(
      `[alice]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    );
    expect(statSync(path('.aws/credentials')).mode & 0o777).toBe(0o600);
    expect(statSync(path('.aws')).mode & 0o777).toBe(0o700);
    expect(await loadProfile('alice', { env })).toMatchObject({
      accessKeyId: keyA.id,
      secretAccessKey: keyA.secret,
    });
  });

  it('same keys again: unchanged, file not rewritten', async () => {
    const { env, path } = tempHome();
    await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev' });
    const inode = statSync(path('.aws/credentials')).ino;
    const again = await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev' });
    expect(again.imported[0]?.status).toBe('unchanged');
    expect(statSync(path('.aws/credentials')).ino).toBe(inode);
  });

  it('other keys in an existing profile: CONFLICT and nothing written; --force changes only the key lines', async () => {
    const original = `# keep\n[dev]\nregion = eu-west-1\naws_access_key_id = ${keyB.id}\naws_secret_access_key = ${keyB.secret}\nmfa_serial = arn\n`;
    const { env, path } = tempHome({ '.aws/credentials': original });
    const error = await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Profile dev') });
    expect(String((error as Error).message)).not.toContain(keyB.secret);
    expect(credentials(path)).toBe(original);

    const forced = await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', force: true });
    expect(forced.imported[0]?.status).toBe('replaced');
    expect(credentials(path)).toBe(original.replace(keyB.id, keyA.id).replace(keyB.secret, keyA.secret));
  });

  it('--force drops a stale session token beside the replaced keys', async () => {
    const { env, path } = tempHome({
      '.aws/credentials': `[dev]\naws_access_key_id = ASIAX\naws_secret_access_key = s\naws_session_token = t\n`,
    });
    await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev', force: true });
    expect(credentials(path)).toBe(
      `[dev]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    );
  });

  it('a profile section without keys (e.g. only region) just gains them', async () => {
    const { env, path } = tempHome({ '.aws/credentials': '[dev]\nregion = r\n' });
    const result = await importAccessKeys({ env, csv: csv(downloadCsv(keyA)), profile: 'dev' });
    expect(result.imported[0]?.status).toBe('added');
    expect(credentials(path)).toBe(
      `[dev]\nregion = r\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`,
    );
  });

  it('all or nothing: one bad row fails the import with its row number and writes nothing', async () => {
    const { env, path } = tempHome({ '.aws/credentials': '[x]\n' });
    const text = `${consoleHeader}\n${consoleRow('alice', keyA)}\nbob,,,${keyB.secret},l\n`;
    const error = await importAccessKeys({ env, csv: csv(text) }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CSV_INVALID',
      message: expect.stringMatching(/row 3 has no access key ID/),
    });
    expect(String((error as Error).message)).not.toContain(keyB.secret);
    expect(credentials(path)).toBe('[x]\n');
  });

  it('--skip-invalid imports the good rows and lists the skipped ones', async () => {
    const { env } = tempHome();
    const text = `${consoleHeader}\n${consoleRow('alice', keyA)}\nbob,,,${keyB.secret},l\n`;
    const result = await importAccessKeys({ env, csv: csv(text), skipInvalid: true });
    expect(result.imported.map((i) => i.profile)).toEqual(['alice']);
    expect(result.skipped).toMatchObject([{ row: 3, reason: 'has no access key ID' }]);
  });

  it('--skip-invalid with no valid row is still CSV_INVALID', async () => {
    const { env } = tempHome();
    await expect(
      importAccessKeys({ env, csv: csv(`${consoleHeader}\nbob,,,x,l\n`), skipInvalid: true }),
    ).rejects.toMatchObject({ code: 'CSV_INVALID' });
  });

  it('conflicts are checked for every row before anything is written', async () => {
    const original = `[bob]\naws_access_key_id = ${keyA.id}\naws_secret_access_key = ${keyA.secret}\n`;
    const { env, path } = tempHome({ '.aws/credentials': original });
    const text = `${consoleHeader}\n${consoleRow('alice', keyA)}\n${consoleRow('bob', keyB)}\n`;
    await expect(importAccessKeys({ env, csv: csv(text) })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(credentials(path)).toBe(original);
  });

  it.each([
    ['--profile with ]', { profile: 'a]b' }],
    ['--profile with a newline', { profile: 'a\nb' }],
    ['--profile-prefix with [', { profilePrefix: '[x' }],
  ])('%s is INVALID_INPUT before the CSV is even parsed', async (_, options) => {
    const { env } = tempHome();
    await expect(importAccessKeys({ env, csv: csv(downloadCsv(keyA)), ...options })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
