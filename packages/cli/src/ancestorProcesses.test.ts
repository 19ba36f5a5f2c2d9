import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ancestorProcesses } from './ancestorProcesses.js';

const children: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Starts `zsh -f -c 'sleep 5; :'` (the `:` keeps zsh from exec'ing sleep) and returns its pid. */
function startShell(): number {
  const child = spawn('zsh', ['-f', '-c', 'sleep 5; :'], { stdio: 'ignore' });
  children.push(child);
  return child.pid as number;
}

describe(ancestorProcesses.name, () => {
  it.each(['linux', 'darwin'] as const)(
    '%s: names and arguments, nearest first, then its parent',
    (platform) => {
      const [shell, parent] = [...ancestorProcesses({ platform, fromPid: startShell(), maxDepth: 2 })];
      expect(shell?.name.replace(/^.*\//, '')).toBe('zsh');
      // /proc keeps the words apart; ps joins them with spaces.
      expect(shell?.args?.join(' ')).toBe('-f -c sleep 5; :');
      // The walk goes on to the parent (vitest's worker, whatever it calls itself).
      expect(parent?.name).toBeTruthy();
    },
  );

  it('Windows: none (no cheap way to name a parent process)', () => {
    expect([...ancestorProcesses({ platform: 'win32' })]).toEqual([]);
  });

  it('a process that is gone ends the walk', () => {
    expect([...ancestorProcesses({ platform: 'linux', fromPid: 2 ** 22 + 12345 })]).toEqual([]);
    expect([...ancestorProcesses({ platform: 'darwin', fromPid: 2 ** 22 + 12345 })]).toEqual([]);
  });
});
