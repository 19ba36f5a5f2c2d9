import { defineMessages } from '../defineMessages.js';

/** `--help` of env, exec, credential-process, setup-credential-process and logout. */
export const sessionHelpText = defineMessages('sessionHelp', {
  code: 'The 6-digit MFA code [env: AWSMFA_CODE; else mfa_process; else asked on the terminal]',
  duration:
    'Session length: 3600, 1h, 90m (15m to 36h) [profile: awsmfa_session_duration; default 1h, as aws-vault; AWS itself defaults to 12h]',
  refresh: 'Get a new session even if a cached one is valid',
  mfa: 'Get an MFA session even on a trusted network (awsmfa_trusted_ips)',
  envDescribe: 'Print shell code that exports an MFA session (eval "$(awsmfa env)")',
  envShell:
    'Shell or format to print for [default: the shell running awsmfa, found past npm/pnpm/npx wrappers; else $SHELL]',
  envUnset: 'Print the code that removes the session variables',
  envQuiet: 'Print no line on stderr when it worked (profile, expiry, time left)',
  envExampleBash: 'bash/zsh: export a session into this shell',
  envExampleFish: 'fish',
  envExamplePwsh: 'PowerShell',
  envExampleRole: 'a role profile (role_arn + source_profile): its role session',
  envExampleUnset: 'remove the session again',
  envEpilogue:
    'On success env prints one line on stderr (profile, expiry in local time, time left; --quiet drops it). ' +
    'Without --profile: AWS_PROFILE, then AWSMFA_PROFILE (the session this shell holds), then default.',
  execDescribe: 'Run a command with an MFA session in its environment: awsmfa exec -- CMD ARGS…',
  execExample: 'run one command with a session',
  execExampleRole: 'a role profile: the role session',
  credentialProcessDescribe: 'Print an MFA session as credential_process JSON (see setup-credential-process)',
  setupDescribe: 'Add a profile (P-mfa) that gets MFA sessions through credential_process',
  setupName: 'Name of the new profile [default: <profile>-mfa]',
  setupExample: 'then: aws --profile dev-mfa s3 ls',
  setupExampleRole: 'a role profile: aws --profile prod-mfa …',
  logoutDescribe: 'Forget the cached session of a profile (or --all)',
  logoutAll: 'Forget the sessions of every profile',
  logoutSource:
    'For a role profile: also forget the sessions it stands on (the source profile’s MFA session, roles below)',
  logoutExampleRole: "forget the role session of prod; the source's MFA session stays",
  logoutExampleSource: 'forget the MFA session under it too',
  logoutExampleAll: 'forget every cached session',
});
