import { defineMessages } from '../defineMessages.js';

/** `awsmfa completion --help`. */
export const completionHelpText = defineMessages('completionHelp', {
  describe: 'Print the tab-completion script for bash, zsh, fish or PowerShell',
  ignoresGlobalOptions: 'completion reads profile names from your AWS files when you press Tab',
  shell: 'The shell [default: the one running awsmfa]',
  inBashrc: 'in ~/.bashrc',
  inZshrc: 'in ~/.zshrc',
  fishLoadsIt: 'fish loads it by itself',
  inPwshProfile: 'in $PROFILE',
  epilogue:
    'Completes commands, options, shell names, and profile names from your AWS config and credentials files. ' +
    'The script calls this awsmfa by its absolute path; where no awsmfa command is installed (a checkout: ' +
    'pnpm --silent awsmfa completion bash), it also defines awsmfa as a function running it.',
});
