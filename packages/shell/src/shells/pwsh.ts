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
      // -LiteralPath: the name is never a wildcard pattern; SilentlyContinue: unsetting an absent
      // variable is not an error.
      (name) => `Remove-Item -LiteralPath Env:${name} -ErrorAction SilentlyContinue`,
      (name, value) => `$env:${name} = ${quotePwsh(value)}`,
    ),
  hook: (self) => fillHook(hookScripts.pwsh, self, quotePwsh),
};
