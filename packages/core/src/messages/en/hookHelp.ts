import { defineMessages } from '../defineMessages.js';

/** `awsmfa hook --help`. */
export const hookHelpText = defineMessages('hookHelp', {
  describe: 'Print a prompt hook that refreshes the session of `awsmfa env` before it expires',
  ignoresGlobalOptions:
    "the hook refreshes the session the shell holds, with the profile, region and endpoint it came from (AWSMFA_PROFILE, the shell's AWS_* variables)",
  shell: 'The shell to print the hook for',
  epilogue:
    'Before each prompt, the hook checks (without starting a process; fish: one `date`) whether the session that `awsmfa env` ' +
    'exported expires within AWSMFA_HOOK_REFRESH_SECONDS (default 300); only then it runs ' +
    '`awsmfa env --profile $AWSMFA_PROFILE`, which may ask for a code on the terminal. ' +
    'Off: unset AWSMFA_PROFILE, or remove the session with `awsmfa env --unset`.',
  inBashrc: 'in ~/.bashrc',
  inZshrc: 'in ~/.zshrc',
  inFishConfig: 'in ~/.config/fish/config.fish',
  inPwshProfile: 'in $PROFILE',
});
