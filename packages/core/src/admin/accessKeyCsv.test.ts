import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseAccessKeyCsv } from '../import/parseAccessKeyCsv.js';
import { accessKeyCsv, consoleLoginLink, readAccessKeyIdFromCsv, writeAccessKeyCsv } from './accessKeyCsv.js';

const row = {
  userName: 'cli-user',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  consoleLoginLink: consoleLoginLink('123456789012'),
};

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-csv-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe(consoleLoginLink.name, () => {
  it('an account ID that is not a DNS label never picks the host', () => {
    expect(consoleLoginLink('123456789012')).toBe('https://123456789012.signin.aws.amazon.com/console');
    expect(consoleLoginLink('evil.example/#')).toBe('https://signin.aws.amazon.com/console');
    expect(consoleLoginLink('x@evil.example')).toBe('https://signin.aws.amazon.com/console');
  });
});

describe(accessKeyCsv.name, () => {
  it('writes the console format: its header, an empty password, CRLF', () => {
    expect(accessKeyCsv(row)).toBe(
      'User name,Password,Access key ID,Secret access key,Console login link\r\n' +
        'cli-user,,AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,https://123456789012.signin.aws.amazon.com/console\r\n',
    );
  });

  it('is read back by the importer of `awsmfa import` as the console CSV it is', () => {
    const parsed = parseAccessKeyCsv(accessKeyCsv(row), { source: 'cli-user_credentials.csv' });
    expect(parsed.invalid).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, profile: 'cli-user', accessKeyId: row.accessKeyId, secretAccessKey: row.secretAccessKey },
    ]);
  });

  it.each([
    ['a comma, which would shift the columns', 'a,b'],
    ['a newline, which would start a row', 'a\nb'],
    ['a quote, which the console format has no escaping for', 'a"b'],
  ])('refuses %s', (_, userName) => {
    expect(() => accessKeyCsv({ ...row, userName })).toThrow(/cannot be written to a CSV cell/);
  });
});

describe(writeAccessKeyCsv.name, () => {
  it('creates the folder 0700 and the file 0600, and the key id reads back', async () => {
    const dir = join(scratch(), 'keys');
    const file = await writeAccessKeyCsv(dir, row);
    expect(file).toBe(join(dir, 'cli-user_credentials.csv'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(accessKeyCsv(row));
    expect(await readAccessKeyIdFromCsv(dir, 'cli-user')).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(await readAccessKeyIdFromCsv(dir, 'someone-else')).toBeUndefined();
  });

  it('fails with FILE_ERROR, writing nothing, when the folder is a file', async () => {
    const dir = scratch();
    const blocker = join(dir, 'keys');
    writeFileSync(blocker, 'not a folder');
    await expect(writeAccessKeyCsv(blocker, row)).rejects.toMatchObject({ code: 'FILE_ERROR' });
    expect(readdirSync(dir)).toEqual(['keys']);
  });
});
