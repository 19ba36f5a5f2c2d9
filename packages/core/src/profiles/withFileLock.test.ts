import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempHome } from './testing.js';
import { lockHolderName, withFileLock } from './withFileLock.js';

/** The id of a process that ran and exited: a holder killed while editing. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

/** Keeps the lock's mtime at "now", as a holder killed a moment ago leaves it. */
function keepTouching(lockDir: string): void {
  const timer = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(lockDir, now, now);
    } catch {}
  }, 100);
  onTestFinished(() => clearInterval(timer));
}

describe('withFileLock', () => {
  it('runs one holder at a time in one process and removes the lock afterwards', async () => {
    const file = tempHome().path('credentials');
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(`${name}:end`);
    };
    let waited = 0;
    await Promise.all([
      withFileLock(file, task('a')),
      new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
        withFileLock(file, task('b'), { onWait: () => waited++ }),
      ),
    ]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
    expect(waited).toBe(1);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once a lock whose holder process is dead, however fresh the lock looks', async () => {
    const file = tempHome().path('credentials');
    mkdirSync(`${file}.lock`);
    writeFileSync(join(`${file}.lock`, lockHolderName(deadPid())), '');
    keepTouching(`${file}.lock`);
    await expect(withFileLock(file, async () => 'edited', { waitMs: 2_000 })).resolves.toBe('edited');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('waits for a live holder and then fails with TIMEOUT, leaving its lock alone', async () => {
    const file = tempHome().path('credentials');
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    onTestFinished(() => {
      holder.kill('SIGKILL');
    });
    mkdirSync(`${file}.lock`);
    const holderFile = lockHolderName(holder.pid);
    writeFileSync(join(`${file}.lock`, holderFile), '');
    await expect(withFileLock(file, async () => 'edited', { waitMs: 500 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      hint: expect.stringContaining(`${file}.lock`),
    });
    expect(readdirSync(`${file}.lock`)).toEqual([holderFile]);
  });

  it('a lock without a holder file (an older awsmfa, another machine) is stale once nobody touched it for staleMs', async () => {
    const file = tempHome().path('credentials');
    mkdirSync(`${file}.lock`);
    keepTouching(`${file}.lock`);
    await expect(
      withFileLock(file, async () => 'edited', { waitMs: 400, staleMs: 200 }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });

    const abandoned = tempHome().path('credentials');
    mkdirSync(`${abandoned}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${abandoned}.lock`, old, old);
    await expect(withFileLock(abandoned, async () => 'edited', { waitMs: 400 })).resolves.toBe('edited');
  });

  it('a holder on another machine counts as alive until its lock goes stale', async () => {
    const file = tempHome().path('credentials');
    mkdirSync(`${file}.lock`);
    writeFileSync(join(`${file}.lock`, `holder.${deadPid()}.000000000000.abcd`), '');
    keepTouching(`${file}.lock`);
    await expect(
      withFileLock(file, async () => 'edited', { waitMs: 400, staleMs: 200 }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
