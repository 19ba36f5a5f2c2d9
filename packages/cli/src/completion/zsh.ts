import { quoteBashZsh } from '@awsmfa/shell';
import type { CompletionShell } from './completionShell.js';

/** zsh: `compdef` with `_describe` (value:description); nothing found means `_files`. */
export const zshCompletion: CompletionShell = {
  name: 'zsh',
  script: (self) => {
    const awsmfa = self.map(quoteBashZsh).join(' ');
    return `# awsmfa completion for zsh: eval "$(awsmfa completion zsh)" in ~/.zshrc
whence awsmfa >/dev/null || awsmfa() { ${awsmfa} "$@"; }
_awsmfa() {
  local -a candidates
  # The words after "awsmfa" up to the one under the cursor, and that word's index among them.
  candidates=("\${(@f)$(${awsmfa} __complete zsh $((CURRENT - 2)) "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=("\${(@)candidates:#}")
  if (( \${#candidates} )); then
    _describe -t awsmfa awsmfa candidates
  else
    _files
  fi
}
(( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit; }
compdef _awsmfa awsmfa
`;
  },
  // _describe splits at the first unescaped colon.
  format: (candidates) =>
    candidates
      .map(
        (c) =>
          `${c.value.replaceAll(':', '\\:')}${c.description ? `:${c.description.replace(/\n/g, ' ')}` : ''}\n`,
      )
      .join(''),
};
