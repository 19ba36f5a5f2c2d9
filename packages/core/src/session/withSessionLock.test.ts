import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockHolderName } from '../profiles/withFileLock.js';
import { tempDir } from './testing/fixtures.js';
import { withSessionLock } from './withSessionLock.js';

describe('withSessionLock', () => {
  it('serialises holders in one process and removes the lock afterwards', async () => {
    const entry = join(tempDir(), 'entry.json');
    const order: string[] = [];
    let waited = 0;
    const task = (name: string) => async () => {
      order.push(`${name}:start`);
      await new Promise((r) => setTimeout(r, 150));
      order.push(`${name}:end`);
    };
    await Promise.all([
      withSessionLock(entry, task('a')),
      new Promise((r) => setTimeout(r, 20)).then(() =>
        withSessionLock(entry, task('b'), { onWait: () => waited++ }),
      ),
    ]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
    expect(waited).toBe(1);
    expect(existsSync(`${entry}.lock`)).toBe(false);
  });

  it('waits for a lock held by another process, and times out as TIMEOUT', async () => {
    const entry = join(tempDir(), 'entry.json');
    // Another process takes the lock (proper-lockfile's mkdir lock) and keeps it fresh.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');fs.mkdirSync(${JSON.stringify(`${entry}.lock`)});setInterval(()=>{const t=new Date();fs.utimesSync(${JSON.stringify(`${entry}.lock`)},t,t)},500);console.log('held')`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    try {
      await expect(
        withSessionLock(entry, async () => 1, { timeoutMs: 600, profile: 'dev' }),
      ).rejects.toMatchObject({
        code: 'TIMEOUT',
        message: expect.stringContaining('profile dev'),
      });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over at once the lock of a process killed while getting a session', async () => {
    const entry = join(tempDir(), 'entry.json');
    mkdirSync(`${entry}.lock`);
    const killed = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(`${entry}.lock`, lockHolderName(killed)), '');
    let waited = 0;
    await expect(
      withSessionLock(entry, async () => 'refreshed', { timeoutMs: 1_000, onWait: () => waited++ }),
    ).resolves.toBe('refreshed');
    expect(waited).toBe(0);
  });
});
