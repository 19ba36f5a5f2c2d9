import { quotePosix, quoteWindowsArgument } from '@awsmfa/shell';

/**
 * The `credential_process` line that runs `words`, quoted for the platform whose AWS clients will
 * read it: on Windows botocore splits on double quotes only and the JS SDK goes through cmd.exe
 * (where `'` is an ordinary character); elsewhere botocore uses `shlex.split` and the JS SDK
 * `/bin/sh -c`, which both read POSIX single quotes. Returns the first word that cannot be
 * written for that platform instead, if any.
 *
 * @example credentialProcessLine(['C:\\Program Files\\nodejs\\node.exe', 'x'], 'win32')
 * // { line: '"C:\\Program Files\\nodejs\\node.exe" x' }
 */
export function credentialProcessLine(
  words: readonly string[],
  platform: NodeJS.Platform,
): { line: string } | { unquotable: string } {
  const quoted: string[] = [];
  for (const word of words) {
    const text =
      platform === 'win32'
        ? quoteWindowsArgument(word)
        : /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)
          ? word
          : quotePosix(word);
    if (text === undefined) return { unquotable: word };
    quoted.push(text);
  }
  return { line: quoted.join(' ') };
}
