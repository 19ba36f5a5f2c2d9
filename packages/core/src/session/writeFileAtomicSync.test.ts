import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomicSync } from './writeFileAtomicSync.js';

// Lets one test make writeSync fail as a full disk would.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, writeSync: vi.fn(actual.writeSync) };
});

describe('writeFileAtomicSync', () => {
  it('replaces the file with mode 0600 and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-atomic-'));
    const file = join(dir, 'entry.json');
    writeFileSync(file, 'old');
    writeFileAtomicSync(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['entry.json']);
  });

  it('removes its temporary file, which may hold part of a secret, when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-atomic-'));
    const file = join(dir, 'entry.json');
    writeFileSync(file, 'old');
    vi.mocked(fs.writeSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(() => writeFileAtomicSync(file, 'secret')).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['entry.json']);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});
