import { defineMessages } from '../defineMessages.js';

/** `awsmfa --help`: what awsmfa is, the journey in examples, and where the docs are. */
export const mainHelpText = defineMessages('mainHelp', {
  usage:
    'MFA for the AWS CLI: enroll a virtual MFA device, trade a 6-digit code for a session, and put it in your shell.',
  exampleImport: 'Import the access key the IAM console gave you',
  exampleEnroll: 'Set up a virtual MFA device: scan the QR code, type two codes',
  exampleEnv: 'Put a one-hour MFA session into this shell (bash/zsh)',
  exampleCredentialProcess: 'Make `aws --profile cli-user-mfa …` ask for MFA by itself',
  exampleHook: 'In ~/.bashrc: refresh the session at the prompt before it expires',
  exampleAdminSetup: 'Admins: group, users, keys and the MFA-required policy in one step',
  exampleSandbox: 'Try all of it against a local IAM + STS endpoint, no AWS account needed',
  exampleCompletion: 'In ~/.bashrc: tab completion (zsh, fish and pwsh too)',
  epilogue: 'Exit codes and docs: https://github.com/awsmfa/awsmfa#exit-codes',
  nameACommand: 'Name a command: awsmfa --help lists them.',
  invalidUsage: 'Invalid usage.',
  optionsHeading: 'Options (given twice, the last one counts):',
  profileOption:
    'Profile in ~/.aws/config and ~/.aws/credentials [env: AWS_PROFILE, then AWSMFA_PROFILE (set by awsmfa env); default: default]',
  regionOption: 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION, else the profile, else us-east-1]',
  endpointUrlOption:
    'Send IAM and STS (and Organizations) requests here, e.g. the sandbox [env: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_ORGANIZATIONS]',
  debugOption: 'Log requests and decisions to stderr (secrets masked); show stacks',
});
