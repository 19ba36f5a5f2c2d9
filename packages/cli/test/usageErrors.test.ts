// Usage errors name what is missing, the choices, and the command's own usage, in one line and a
// hint, exit 2, nothing on stdout: never yargs' "Not enough non-option arguments: got 0, need at
// least 1", nor a hint that only repeats the message.
import { describe, expect, it } from 'vitest';
import { runAwsmfa, testHome } from './support/awsmfa.js';

const commands =
  'import, keys, enroll, device, profiles, trusted-ip, env, hook, exec, credential-process, setup-credential-process, status, logout, sandbox, policy, admin, completion';

describe('usage errors', () => {
  it.each([
    [
      'bare awsmfa: the commands, once, and where their descriptions are',
      [],
      `Name a command: ${commands}.`,
      'usage: awsmfa <command> [options] (awsmfa --help says what each does)',
    ],
    [
      'hook without a shell: the shells',
      ['hook'],
      'awsmfa hook needs the shell: bash, zsh, fish or pwsh.',
      'usage: awsmfa hook <bash|zsh|fish|pwsh> (awsmfa hook --help for more)',
    ],
    [
      'device without a subcommand: the subcommands',
      ['device'],
      'Name a subcommand of awsmfa device: status, resync, deactivate or delete.',
      'usage: awsmfa device <status|resync|deactivate|delete> [options] (awsmfa device --help says what each does)',
    ],
    [
      'exec without --: the command line it meant',
      ['exec', 'aws', 'sts', 'get-caller-identity'],
      'awsmfa exec runs the command given after --: put -- before "aws sts get-caller-identity".',
      'awsmfa exec -- aws sts get-caller-identity',
    ],
    [
      'policy check without --group: the option and its usage',
      ['policy', 'check'],
      'awsmfa policy check needs --group (IAM group to check).',
      'usage: awsmfa policy check --group GROUP [options] (awsmfa policy check --help for more)',
    ],
    [
      'an unknown option: the command it is unknown to',
      ['status', '--frobnicate'],
      'awsmfa status has no option --frobnicate.',
      'usage: awsmfa status [options] (awsmfa status --help lists the options)',
    ],
    [
      'a typo of a command: the guess',
      ['enrol'],
      'awsmfa has no command "enrol"; did you mean enroll?',
      'usage: awsmfa <command> [options] (awsmfa --help for more)',
    ],
    [
      'a mistyped subcommand with its options: the subcommand, not its options',
      ['policy', 'generate', '--trusted-ip', '203.0.113.0/24'],
      'awsmfa policy has no command "generate"; it has print, apply, trusted-ip, simulate or check.',
      'usage: awsmfa policy <print|apply|trusted-ip|simulate|check> [options] (awsmfa policy --help for more)',
    ],
    [
      'an unknown option before a word: the option (the word may be its value)',
      ['policy', '--bogus', 'value'],
      'awsmfa policy has no option --bogus.',
      'usage: awsmfa policy <print|apply|trusted-ip|simulate|check> [options] (awsmfa policy --help lists the options)',
    ],
    [
      'an option that needs another',
      ['enroll', '--code1', '123456'],
      '--code1 needs --code2 too.',
      'usage: awsmfa enroll [options] (awsmfa enroll --help for more)',
    ],
    [
      'trusted-ip set without addresses',
      ['trusted-ip', 'set'],
      'awsmfa trusted-ip set needs the cidrs (addresses or CIDRs, IPv4 or IPv6; spaces or commas between them).',
      'usage: awsmfa trusted-ip set <cidrs..> [options] (awsmfa trusted-ip set --help for more)',
    ],
  ])('%s', async (_, args, message, hint) => {
    const result = await runAwsmfa(args, { env: testHome().env });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`awsmfa: error: ${message}\nhint: ${hint}\n`);
  });
});
