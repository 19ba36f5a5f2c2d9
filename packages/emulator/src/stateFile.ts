import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { State } from './state.js';

/** Reads a state file written by `saveState`; `undefined` when the file does not exist yet. */
export function loadState(file: string): State | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = JSON.parse(text) as State;
  if (state.version !== 1) throw new Error(`Unsupported emulator state version in ${file}.`);
  // Files saved before the sandbox knew roles have none.
  state.roles ??= {};
  return state;
}

/**
 * Writes the state atomically (temp file + rename) with mode 0600: it holds secret keys and MFA
 * seeds. A missing parent folder is created with mode 0700.
 */
export function saveState(file: string, state: State): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
