import { sandboxHelpText } from '@awsmfa/core';
import type { RequestLogEntry } from '@awsmfa/emulator';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { ignoresGlobalOptions } from '../ignoredGlobalOptions.js';

interface SandboxArgs extends GlobalArgs {
  port: number;
  host: string;
  state?: string;
  json: boolean;
  log?: string;
  users: number;
  accounts?: number;
}

/** A fixed default port, so profiles that point at the sandbox keep working across restarts. */
export const defaultSandboxPort = 4599;

/** The S3 bucket a new sandbox holds. */
export const sandboxBucket = 'awsmfa-sandbox-example';

/** What `--json` prints on the first stdout line. */
export interface SandboxInfo {
  endpoint: string;
  accountId: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** With --accounts: the organization and its accounts, the management account (this one) first. */
  organization?: { id: string; accountIds: string[]; roleName: string };
}

/** The shell lines that point the AWS CLI and SDKs at the sandbox (AWS keys and URLs need no quoting). */
export function sandboxExports(info: SandboxInfo): string {
  return [
    `# awsmfa sandbox: local IAM + STS + S3 at ${info.endpoint} (account ${info.accountId})`,
    `# admin user with AdministratorAccess: access key ${info.accessKeyId}`,
    ...(info.organization
      ? [
          `# organization ${info.organization.id}: accounts ${info.organization.accountIds.join(', ')}; members are entered with AssumeRole into ${info.organization.roleName}`,
        ]
      : []),
    `export AWS_ENDPOINT_URL=${info.endpoint}`,
    `export AWS_ACCESS_KEY_ID=${info.accessKeyId}`,
    `export AWS_SECRET_ACCESS_KEY=${info.secretAccessKey}`,
    'unset AWS_SESSION_TOKEN AWS_PROFILE',
    `export AWS_REGION=${info.region}`,
    `export AWS_DEFAULT_REGION=${info.region}`,
    '# AWS CLI 2.9 ignores AWS_ENDPOINT_URL (2.13+ reads it): add this to every aws command:',
    `#   aws --endpoint-url ${info.endpoint} sts get-caller-identity`,
    '',
  ].join('\n');
}

/**
 * `awsmfa sandbox`: runs the local AWS endpoint until Ctrl-C or SIGTERM.
 *
 * @example awsmfa sandbox --state ~/.awsmfa-sandbox.json
 */
export const sandboxCommand: CommandModule<GlobalArgs, SandboxArgs> = {
  command: 'sandbox',
  describe: 'Run a local IAM + STS endpoint to try MFA policies without an AWS account',
  builder: (yargs: Argv<GlobalArgs>) =>
    ignoresGlobalOptions(
      yargs,
      'sandbox',
      ['profile', 'region', 'endpoint-url'],
      sandboxHelpText.ignoresGlobalOptions(),
    )
      .option('port', {
        type: 'number',
        default: defaultSandboxPort,
        describe: 'TCP port to listen on (see --host); 0 picks a free one',
      })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on' })
      .option('state', {
        type: 'string',
        describe: 'Keep users, keys and MFA devices in this JSON file (0600) across restarts',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe:
          'Print {endpoint, accountId, region, accessKeyId, secretAccessKey} as one JSON line on stdout',
      })
      .option('users', {
        type: 'number',
        default: 0,
        describe:
          'Add this many generated IAM users (group MyUsers with the MFA policy, one key each, most with an MFA device) to try admin audit at scale',
      })
      .option('accounts', {
        type: 'number',
        describe:
          'Make an AWS Organization of this many accounts (this one its management account): each member has its own IAM and the role OrganizationAccountAccessRole; --users applies to every account',
      })
      .option('log', {
        type: 'string',
        describe: 'Append one line per request to this file (0600); --debug writes them to stderr',
      })
      .example('$0 sandbox', 'Start it and print the export lines for its admin key')
      .example('$0 sandbox --debug', 'Also log each request: time, source, caller, action, decision, status')
      .example('$0 sandbox --port 0 --json | head -1', 'Free port; machine-readable connection details')
      .example('$0 sandbox --users 10000', 'An account of 10,000 users for awsmfa admin audit')
      .example(
        '$0 sandbox --accounts 3 --users 50',
        'An organization of 3 accounts of 50 users each, for awsmfa admin audit --org',
      )
      .epilogue(
        'The sandbox speaks the AWS query protocol and SigV4, checks TOTP codes and evaluates IAM policies. ' +
          'It runs until Ctrl-C or SIGTERM; with --state the state is saved on every change.',
      ) as unknown as Argv<SandboxArgs>,
  handler: async (args) => {
    const { AwsMfaError } = await import('@awsmfa/core');
    const { organizationAccountAccessRole, startEmulator } = await import('@awsmfa/emulator');
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
      throw new AwsMfaError('INVALID_INPUT', `Port ${args.port} is not a TCP port.`, {
        hint: 'pass --port 0 for a free port',
      });
    }
    if (!Number.isInteger(args.users) || args.users < 0 || args.users > 100_000) {
      throw new AwsMfaError('INVALID_INPUT', `--users ${args.users} is not a number from 0 to 100000.`, {
        hint: 'for example --users 1000',
      });
    }
    if (
      args.accounts !== undefined &&
      (!Number.isInteger(args.accounts) || args.accounts < 1 || args.accounts > 100)
    ) {
      throw new AwsMfaError('INVALID_INPUT', `--accounts ${args.accounts} is not a number from 1 to 100.`, {
        hint: 'for example --accounts 3 (the management account and two members)',
      });
    }
    const options = {
      port: args.port,
      host: args.host,
      stateFile: args.state,
      // So that `aws s3 ls`, the seed article's proof that a session works, lists something.
      buckets: [sandboxBucket],
      onRequest: await requestLogger(args),
      seedUsers: args.users,
      ...(args.accounts === undefined ? {} : { organization: { accounts: args.accounts } }),
    };
    const emulator = await startEmulator(options).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new AwsMfaError('CONFLICT', `Port ${args.port} on ${args.host} is in use.`, {
          hint: 'pass --port 0 for a free port, or stop the other sandbox',
          cause: error,
        });
      }
      if (error.syscall === 'listen') {
        throw new AwsMfaError(
          'INVALID_INPUT',
          `Cannot listen on ${args.host}:${args.port}: ${error.message}`,
          {
            hint: 'pick another --host or --port',
            cause: error,
          },
        );
      }
      if (args.state !== undefined) {
        throw new AwsMfaError(
          'FILE_ERROR',
          `Cannot use the sandbox state file ${args.state}: ${error.message}`,
          {
            hint: 'fix or remove the file, or pass another --state',
            cause: error,
          },
        );
      }
      throw error;
    });
    const info: SandboxInfo = {
      endpoint: emulator.endpoint,
      accountId: emulator.accountId,
      region: emulator.region,
      accessKeyId: emulator.admin.accessKeyId,
      secretAccessKey: emulator.admin.secretAccessKey,
      ...(emulator.organization
        ? { organization: { ...emulator.organization, roleName: organizationAccountAccessRole } }
        : {}),
    };
    // Listening for Ctrl-C/SIGTERM before the details are printed: a script that reads them and
    // stops the sandbox at once must not kill it before it can save its state.
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        process.off('disconnect', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // Started by a Node program with an IPC channel (as `pnpm demo` does): that channel closing
      // means the program is gone, even killed with SIGKILL, so the sandbox must not outlive it.
      if (process.channel) {
        process.on('disconnect', stop);
        process.channel.unref();
      }
    });
    process.stdout.write(args.json ? `${JSON.stringify(info)}\n` : sandboxExports(info));
    process.stderr.write(
      `awsmfa sandbox listening on ${emulator.endpoint}${args.state ? `, state in ${args.state}` : ''}. Ctrl-C stops it.\n`,
    );
    await stopped;
    await emulator.stop();
    process.stderr.write(`awsmfa sandbox stopped${args.state ? `; state saved to ${args.state}` : ''}.\n`);
  },
};

/** Where `--debug` (stderr) and `--log FILE` (appended, 0600) send one line per request; none without either. */
async function requestLogger(args: SandboxArgs): Promise<((entry: RequestLogEntry) => void) | undefined> {
  if (!args.debug && args.log === undefined) return undefined;
  const { AwsMfaError } = await import('@awsmfa/core');
  const { openSync, writeSync } = await import('node:fs');
  const { sandboxRequestLine } = await import('../sandboxRequestLine.js');
  let logFile: number | undefined;
  if (args.log !== undefined) {
    try {
      logFile = openSync(args.log, 'a', 0o600);
    } catch (error) {
      throw new AwsMfaError(
        'FILE_ERROR',
        `Cannot write the sandbox log ${args.log}: ${(error as Error).message}`,
        {
          hint: 'pass --log a file in an existing folder you can write to',
          cause: error,
        },
      );
    }
  }
  return (entry) => {
    const line = `${sandboxRequestLine(entry)}\n`;
    if (args.debug) process.stderr.write(line);
    if (logFile !== undefined) writeSync(logFile, line);
  };
}
