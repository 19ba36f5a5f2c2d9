import { quoteBashZsh } from '@awsmfa/shell';
import type { CompletionShell } from './completionShell.js';

/** bash: `complete -F`, values only (bash shows no descriptions); nothing found means file names. */
export const bashCompletion: CompletionShell = {
  name: 'bash',
  script: (self) => {
    const awsmfa = self.map(quoteBashZsh).join(' ');
    return `# awsmfa completion for bash: eval "$(awsmfa completion bash)" in ~/.bashrc
type awsmfa >/dev/null 2>&1 || awsmfa() { ${awsmfa} "$@"; }
_awsmfa_complete() {
  local line
  COMPREPLY=()
  # The words after "awsmfa" up to the one under the cursor, and that word's index among them.
  while IFS= read -r line; do COMPREPLY+=("$line"); done < <(
    ${awsmfa} __complete bash "$((COMP_CWORD - 1))" "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null
  )
}
complete -o default -o bashdefault -F _awsmfa_complete awsmfa
`;
  },
  format: (candidates) => candidates.map((c) => `${c.value}\n`).join(''),
};
