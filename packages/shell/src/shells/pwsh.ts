import { fillHook } from '../fillHook.js';
import { hookScripts } from '../hookScripts.js';
import { quotePwsh } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** PowerShell: `$env:K = '…'`, for `awsmfa env --shell pwsh | Out-String | Invoke-Expression`. */
export const pwsh: Shell = {
  name: 'pwsh',
  exportVars: (change) =>
    renderLines(
      change,
      // -LiteralPath: the name is never a wildcard pattern. Ignore, not SilentlyContinue: unsetting
      // an absent variable is not an error, and must not leave one in the user's $Error either.
      (name) => `Remove-Item -LiteralPath Env:${name} -ErrorAction Ignore`,
      (name, value) => `$env:${name} = ${quotePwsh(value)}`,
    ),
  // Out-String: Invoke-Expression wants one string, not one call per line.
  evaluateOutput: (command) => `${command} | Out-String | Invoke-Expression`,
  hook: (self) => fillHook(hookScripts.pwsh, self, quotePwsh),
};
