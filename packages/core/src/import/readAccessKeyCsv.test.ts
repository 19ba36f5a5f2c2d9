import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../profiles/testing.js';
import { readAccessKeyCsv } from './readAccessKeyCsv.js';
import { downloadCsv, keyA } from './testKeys.js';

describe('readAccessKeyCsv', () => {
  it('reads a path, a file:// path, and - from stdin', async () => {
    const { path } = tempHome({ 'k.csv': downloadCsv(keyA) });
    expect(await readAccessKeyCsv(path('k.csv'))).toEqual({ name: path('k.csv'), text: downloadCsv(keyA) });
    expect((await readAccessKeyCsv(`file://${path('k.csv')}`)).text).toBe(downloadCsv(keyA));
    const stdin = Readable.from([Buffer.from(downloadCsv(keyA))]);
    expect(await readAccessKeyCsv('-', { stdin })).toEqual({ name: 'stdin', text: downloadCsv(keyA) });
  });

  it('drops a UTF-8 BOM', async () => {
    const { path } = tempHome({ 'k.csv': `\ufeff${downloadCsv(keyA)}` });
    expect((await readAccessKeyCsv(path('k.csv'))).text).toBe(downloadCsv(keyA));
  });

  const file = (name: string, content: string | Buffer) => {
    const { path } = tempHome();
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), content);
    return path(name);
  };

  it.each([
    ['a missing file', () => tempHome().path('nope.csv'), 'FILE_ERROR', /no such file/],
    ['a directory', () => dirname(file('dir/x', '')), 'FILE_ERROR', /is a directory/],
    ['an empty file', () => file('e.csv', ''), 'CSV_INVALID', /is empty/],
    ['a blank file', () => file('b.csv', '\ufeff \r\n'), 'CSV_INVALID', /is empty/],
    ['a binary file', () => file('x.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0])), 'CSV_INVALID', /binary/],
    ['Latin-1 text', () => file('l.csv', Buffer.from([0x41, 0xe9, 0x2c])), 'CSV_INVALID', /not UTF-8/],
    ['a huge file', () => file('h.csv', 'a'.repeat(1024 * 1024 + 1)), 'CSV_INVALID', /larger than 1 MiB/],
  ])('%s', async (_, make, code, message) => {
    const error = await readAccessKeyCsv(make()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });
});
