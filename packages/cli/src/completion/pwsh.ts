import { quotePwsh } from '@awsmfa/shell';
import { type CompletionShell, tabSeparated } from './completionShell.js';

/** PowerShell: a native argument completer of CompletionResults; nothing found means paths. */
export const pwshCompletion: CompletionShell = {
  name: 'pwsh',
  script: (self) => {
    const awsmfa = self.map(quotePwsh).join(' ');
    return `# awsmfa completion for PowerShell: awsmfa completion pwsh | Out-String | Invoke-Expression in $PROFILE
if (-not (Get-Command awsmfa -ErrorAction Ignore)) {
    function global:awsmfa { & ${awsmfa} @args }
}
Register-ArgumentCompleter -Native -CommandName awsmfa -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    # The words after "awsmfa" up to the cursor; the one under it is the next (maybe empty) word.
    $words = @($commandAst.CommandElements |
        Where-Object { $_.Extent.StartOffset -lt $cursorPosition } |
        Select-Object -Skip 1 |
        ForEach-Object { $_.Extent.Text })
    $index = $words.Count
    if ($wordToComplete) { $index -= 1 }
    & ${awsmfa} __complete pwsh $index @words 2>$null | ForEach-Object {
        $value, $description = "$_" -split "\`t", 2
        if (-not $description) { $description = $value }
        [System.Management.Automation.CompletionResult]::new($value, $value, 'ParameterValue', $description)
    }
}
`;
  },
  format: tabSeparated,
};
