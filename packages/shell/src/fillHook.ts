import { ShellRenderError } from './envChange.js';

/** What each script in hooks/ holds once, in command position: where the awsmfa command goes. */
export const selfPlaceholder = '__AWSMFA_SELF__';

/**
 * Puts the awsmfa command into a hook script: each word of `self` quoted with `quote`, joined by
 * spaces, in place of {@link selfPlaceholder}.
 *
 * @example fillHook('x() { __AWSMFA_SELF__ "$@"; }', ['/usr/bin/node', '/opt/a b/cli.js'], quotePosix)
 * // "x() { '/usr/bin/node' '/opt/a b/cli.js' \"$@\"; }"
 */
export function fillHook(script: string, self: readonly string[], quote: (word: string) => string): string {
  if (self.length === 0) throw new ShellRenderError('The awsmfa command is empty.', selfPlaceholder);
  for (const word of self) {
    if (word.includes('\0')) {
      throw new ShellRenderError('The path of awsmfa contains a NUL character.', selfPlaceholder);
    }
  }
  const parts = script.split(selfPlaceholder);
  if (parts.length !== 2) throw new Error(`A hook script must hold ${selfPlaceholder} exactly once.`);
  // join, not String.replace: a path holding `$&` or `$'` would be read as a replacement pattern.
  return parts.join(self.map(quote).join(' '));
}
