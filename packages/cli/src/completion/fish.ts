import { quoteFish } from '@awsmfa/shell';
import { type CompletionShell, tabSeparated } from './completionShell.js';

/** fish: `complete -a` with value<TAB>description; nothing found means paths. */
export const fishCompletion: CompletionShell = {
  name: 'fish',
  script: (self) => {
    const awsmfa = self.map(quoteFish).join(' ');
    return `# awsmfa completion for fish: awsmfa completion fish > ~/.config/fish/completions/awsmfa.fish
type -q awsmfa; or function awsmfa; ${awsmfa} $argv; end
function __awsmfa_complete
    # The words after "awsmfa" before the cursor; the one under it is the next (maybe empty) word.
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -e words[1]
    set -l found (${awsmfa} __complete fish (count $words) $words $current 2>/dev/null)
    if set -q found[1]
        printf '%s\\n' $found
    else
        __fish_complete_path $current
    end
end
complete -c awsmfa -f -a '(__awsmfa_complete)'
`;
  },
  format: tabSeparated,
};
