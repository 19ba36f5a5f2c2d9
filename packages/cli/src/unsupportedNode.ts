/**
 * What awsmfa says, as its error line and hint, when `version` (a `process.version`) is older than
 * the Node it supports (package.json "engines": >=20.19); undefined on a supported Node.
 */
export function unsupportedNode(version: string): string | undefined {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > 20 || (major === 20 && minor >= 19)) return undefined;
  return (
    `awsmfa: error: awsmfa needs Node.js 20.19 or later; this is Node.js ${version}.\n` +
    'hint: install Node.js 22 or 24, or use the standalone executable, which needs no Node (README "Install")\n'
  );
}
