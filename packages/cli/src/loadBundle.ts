import { dirname } from 'node:path';
import { getAsset, isSea } from 'node:sea';
import { runInThisContext } from 'node:vm';

/** The bundles dist/cli.js loads when its fast path declines (see tsup.config.ts). */
export interface Bundles {
  session: typeof import('./runSessionCommand.js');
  main: typeof import('./main.js');
}

/**
 * Loads dist/<name>.js: the file beside this one, or, in the standalone executable, the asset of
 * the same name (scripts/buildStandalone.mjs), so that a cached session never parses the rest.
 */
export function loadBundle<Name extends keyof Bundles>(name: Name): Bundles[Name] {
  if (!isSea()) return (name === 'session' ? require('./session.js') : require('./main.js')) as Bundles[Name];
  const filename = `${process.execPath}#${name}.js`;
  // Node's CommonJS wrapper by hand: the executable's require() loads built-in modules only, which
  // is all a bundle asks for (tsup.config.ts turns their import() calls into require()).
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${getAsset(`${name}.js`, 'utf8')}\n})`,
    { filename },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper(module.exports, require, module, filename, dirname(process.execPath));
  return module.exports as Bundles[Name];
}
