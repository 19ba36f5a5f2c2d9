import { resolve } from 'node:path';
import { isSea } from 'node:sea';

/**
 * The words that run this awsmfa again, by absolute path, for hooks and credential_process: they
 * keep working whatever PATH the shell has and even where `node` is not on it. The standalone
 * executable is one word; an npm install or a checkout is this Node and this script.
 */
export function selfCommand(): string[] {
  return isSea() ? [process.execPath] : [process.execPath, resolve(process.argv[1] ?? 'awsmfa')];
}
