import type { Japanese } from './ja/index.js';

/**
 * The Japanese catalogue, loaded on first use: a dynamic import, which the CLI's bundles keep as
 * code that runs only when called, so English runs never evaluate it.
 */
export async function loadJapanese(): Promise<Japanese> {
  return (await import('./ja/index.js')).japanese;
}
