import { type DetectedShell, shells } from '@awsmfa/shell';

/**
 * The line a hint suggests for running `awsmfa env ARGS` in the user's shell, e.g.
 * `eval "$(awsmfa env --profile dev)"` or `awsmfa env --profile dev | source`. When the shell was
 * only guessed it names it with `--shell`, so the line prints the code it is evaluated with.
 *
 * @example suggestEnvCommand('--profile dev', { shell: 'pwsh', certain: false })
 * // 'awsmfa env --profile dev --shell pwsh | Out-String | Invoke-Expression'
 */
export function suggestEnvCommand(args: string, detected: DetectedShell): string {
  const { shell, certain } = detected;
  const command = ['awsmfa env', args, certain ? '' : `--shell ${shell}`].filter(Boolean).join(' ');
  // json and dotenv are never detected; a machine format has no line to evaluate it with.
  return (shells[shell].evaluateOutput ?? shells.bash.evaluateOutput)?.(command) ?? command;
}

// A hint's `awsmfa env …` (core writes it shell-neutrally, or as bash's `eval "$(…)"`) at its end;
// not one inside Japanese brackets (`（詳しくは awsmfa env --help）`).
const envCommandAtEnd = /(?:eval "\$\()?awsmfa env((?: [^ ")）。]+)*)(?:\)")?$/;

/**
 * A hint with the `awsmfa env …` it ends with written for the user's shell (see
 * suggestEnvCommand): core's errors know no shell, the one place that renders them does.
 *
 * @example shellHint('get a new session: awsmfa env --profile dev --refresh', { shell: 'fish', certain: true })
 * // 'get a new session: awsmfa env --profile dev --refresh | source'
 */
export function shellHint(hint: string, detected: DetectedShell): string {
  const found = envCommandAtEnd.exec(hint);
  if (!found) return hint;
  return hint.slice(0, found.index) + suggestEnvCommand((found[1] ?? '').trim(), detected);
}
