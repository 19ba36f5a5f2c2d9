import { mkdirSync, writeFileSync } from 'node:fs';
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

  it.each([
    ['a missing file', (p: (x: string) => string) => p('nope.csv'), 'FILE_ERROR', /no such file/],
    [
      'a directory',
      (p: (x: string) => string) => (mkdirSync(p('dir')), p('dir')),
      'FILE_ERROR',
      /is a directory/,
    ],
    [
      'an empty file',
      (p: (x: string) => string) => (writeFileSync(p('e.csv'), ''), p('e.csv')),
      'CSV_INVALID',
      /is empty/,
    ],
    [
      'a blank file',
      (p: (x: string) => string) => (writeFileSync(p('b.csv'), '\ufeff \r\n'), p('b.csv')),
      'CSV_INVALID',
      /is empty/,
    ],
    [
      'a binary file',
      (p: (x: string) => string) => (
        writeFileSync(p('x.csv'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0])), p('x.csv')
      ),
      'CSV_INVALID',
      /binary/,
    ],
    [
      'Latin-1 text',
      (p: (x: string) => string) => (writeFileSync(p('l.csv'), Buffer.from([0x41, 0xe9, 0x2c])), p('l.csv')),
      'CSV_INVALID',
      /not UTF-8/,
    ],
    [
      'a huge file',
      (p: (x: string) => string) => (writeFileSync(p('h.csv'), 'a'.repeat(1024 * 1024 + 1)), p('h.csv')),
      'CSV_INVALID',
      /larger than 1 MiB/,
    ],
  ])('%s', async (_, make, code, message) => {
    const { path } = tempHome();
    const error = await readAccessKeyCsv(make(path)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });
});
