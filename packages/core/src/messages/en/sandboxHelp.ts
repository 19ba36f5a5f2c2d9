import { defineMessages } from '../defineMessages.js';

/** `awsmfa sandbox`: its --help, its errors and its two status lines. */
export const sandboxHelpText = defineMessages('sandboxHelp', {
  ignoresGlobalOptions: 'the sandbox is the endpoint, with its own administrator key and region',
  describe: 'Run a local IAM + STS endpoint to try MFA policies without an AWS account',
  port: 'TCP port to listen on (see --host); 0 picks a free one',
  host: 'Address to listen on',
  state: 'Keep users, keys and MFA devices in this JSON file (0600) across restarts',
  json: 'Print {endpoint, accountId, region, accessKeyId, secretAccessKey} as one JSON line on stdout',
  users:
    'Add this many generated IAM users (group MyUsers with the MFA policy, one key each, most with an MFA device) to try admin audit at scale',
  accounts:
    'Make an AWS Organization of this many accounts (this one its management account): each member has its own IAM and the role OrganizationAccountAccessRole; --users applies to every account',
  log: 'Append one line per request to this file (0600); --debug writes them to stderr',
  exampleStart: 'Start it and print the export lines for its admin key',
  exampleDebug: 'Also log each request: time, source, caller, action, decision, status',
  exampleJson: 'Free port; machine-readable connection details',
  exampleUsers: 'An account of 10,000 users for awsmfa admin audit',
  exampleAccounts: 'An organization of 3 accounts of 50 users each, for awsmfa admin audit --org',
  epilogue:
    'The sandbox speaks the AWS query protocol and SigV4, checks TOTP codes and evaluates IAM policies. It runs until Ctrl-C or SIGTERM; with --state the state is saved on every change.',
  badPort: (p: { port: number }) => `Port ${p.port} is not a TCP port.`,
  badPortHint: 'pass --port 0 for a free port',
  badUsers: (p: { users: number }) => `--users ${p.users} is not a number from 0 to 100000.`,
  badUsersHint: 'for example --users 1000',
  badAccounts: (p: { accounts: number }) => `--accounts ${p.accounts} is not a number from 1 to 100.`,
  badAccountsHint: 'for example --accounts 3 (the management account and two members)',
  portInUse: (p: { port: number; host: string }) => `Port ${p.port} on ${p.host} is in use.`,
  portInUseHint: 'pass --port 0 for a free port, or stop the other sandbox',
  cannotListen: (p: { address: string; reason: string }) => `Cannot listen on ${p.address}: ${p.reason}`,
  cannotListenHint: 'pick another --host or --port',
  badStateFile: (p: { path: string; reason: string }) =>
    `Cannot use the sandbox state file ${p.path}: ${p.reason}`,
  badStateFileHint: 'fix or remove the file, or pass another --state',
  cannotLog: (p: { path: string; reason: string }) => `Cannot write the sandbox log ${p.path}: ${p.reason}`,
  cannotLogHint: 'pass --log a file in an existing folder you can write to',
  listening: (p: { endpoint: string }) => `awsmfa sandbox listening on ${p.endpoint}. Ctrl-C stops it.`,
  listeningWithState: (p: { endpoint: string; path: string }) =>
    `awsmfa sandbox listening on ${p.endpoint}, state in ${p.path}. Ctrl-C stops it.`,
  stopped: 'awsmfa sandbox stopped.',
  stoppedWithState: (p: { path: string }) => `awsmfa sandbox stopped; state saved to ${p.path}.`,
});
