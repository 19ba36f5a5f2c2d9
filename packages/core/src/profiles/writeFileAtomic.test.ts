import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempHome } from './testing.js';
import { writeFileAtomic } from './writeFileAtomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file with the given mode and leaves no temporary file', async () => {
    const { path } = tempHome({ 'aws/credentials': 'old' });
    await writeFileAtomic(path('aws/credentials'), 'new', { mode: 0o640 });
    expect(readFileSync(path('aws/credentials'), 'utf8')).toBe('new');
    expect(statSync(path('aws/credentials')).mode & 0o777).toBe(0o640);
    expect(readdirSync(path('aws'))).toEqual(['credentials']);
  });

  it("removes what killed writers left (a dead process's, or an old one), never a live writer's", async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    onTestFinished(() => {
      live.kill('SIGKILL');
    });
    const { path } = tempHome({
      'aws/credentials': 'old',
      [`aws/.credentials.${dead}.0123456789ab.tmp`]: 'a full copy of the file',
      [`aws/.credentials.${dead}.tmp`]: 'left by an older awsmfa',
      [`aws/.credentials.${live.pid}.0123456789ab.tmp`]: 'being written right now',
      [`aws/.credentials.${live.pid}.ba9876543210.tmp`]: 'an hour old: the id was reused',
      [`aws/.config.${dead}.0123456789ab.tmp`]: 'another file: not this write',
      'aws/.credentials.notes.tmp': 'not a temporary file of ours',
    });
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path(`aws/.credentials.${live.pid}.ba9876543210.tmp`), hourAgo, hourAgo);

    await writeFileAtomic(path('aws/credentials'), 'new', { mode: 0o600 });
    expect(readdirSync(path('aws')).sort()).toEqual(
      [
        '.credentials.notes.tmp',
        `.config.${dead}.0123456789ab.tmp`,
        `.credentials.${live.pid}.0123456789ab.tmp`,
        'credentials',
      ].sort(),
    );
  });

  it('a failed write removes its temporary file', async () => {
    const { path } = tempHome({ 'aws/credentials': 'old' });
    await expect(
      writeFileAtomic(path('aws/credentials'), 'new', {
        mode: 0o600,
        beforeRename: async () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(path('aws'))).toEqual(['credentials']);
    expect(readFileSync(path('aws/credentials'), 'utf8')).toBe('old');
  });
});
