import { cliJapanese, cliText, localeOf, renderMessage } from '@awsmfa/core';

/**
 * What awsmfa says, as its error line and hint in the language of `env`, when `version` (a
 * `process.version`) is older than the Node it supports (package.json "engines": >=20.19);
 * undefined on a supported Node.
 */
export function unsupportedNode(
  version: string,
  env: Readonly<Record<string, string | undefined>> = {},
): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > 20 || (major === 20 && minor >= 19)) return undefined;
  const japanese = localeOf(env) === 'ja' ? { cli: cliJapanese } : undefined;
  const say = (message: Parameters<typeof renderMessage>[0]) => renderMessage(message, japanese);
  return (
    `${say(cliText.errorLabel())} ${say(cliText.nodeUnsupported({ version }))}\n` +
    `${say(cliText.hintLabel())} ${say(cliText.nodeUnsupportedHint())}\n`
  );
}
