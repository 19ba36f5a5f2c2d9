import { sandboxHelpText } from '@awsmfa/core';
import type { RequestLogEntry } from '@awsmfa/emulator';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { ignoresGlobalOptions } from '../ignoredGlobalOptions.js';
import { userText } from '../userLanguage.js';

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
  get describe() {
    return userText(sandboxHelpText.describe());
  },
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
        describe: userText(sandboxHelpText.port()),
      })
      .option('host', { type: 'string', default: '127.0.0.1', describe: userText(sandboxHelpText.host()) })
      .option('state', {
        type: 'string',
        describe: userText(sandboxHelpText.state()),
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: userText(sandboxHelpText.json()),
      })
      .option('users', {
        type: 'number',
        default: 0,
        describe: userText(sandboxHelpText.users()),
      })
      .option('accounts', {
        type: 'number',
        describe: userText(sandboxHelpText.accounts()),
      })
      .option('log', {
        type: 'string',
        describe: userText(sandboxHelpText.log()),
      })
      .example('$0 sandbox', userText(sandboxHelpText.exampleStart()))
      .example('$0 sandbox --debug', userText(sandboxHelpText.exampleDebug()))
      .example('$0 sandbox --port 0 --json | head -1', userText(sandboxHelpText.exampleJson()))
      .example('$0 sandbox --users 10000', userText(sandboxHelpText.exampleUsers()))
      .example('$0 sandbox --accounts 3 --users 50', userText(sandboxHelpText.exampleAccounts()))
      .epilogue(userText(sandboxHelpText.epilogue())) as unknown as Argv<SandboxArgs>,
  handler: async (args) => {
    const { AwsMfaError } = await import('@awsmfa/core');
    const { organizationAccountAccessRole, startEmulator } = await import('@awsmfa/emulator');
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
      throw new AwsMfaError('INVALID_INPUT', sandboxHelpText.badPort({ port: args.port }), {
        hint: sandboxHelpText.badPortHint(),
      });
    }
    if (!Number.isInteger(args.users) || args.users < 0 || args.users > 100_000) {
      throw new AwsMfaError('INVALID_INPUT', sandboxHelpText.badUsers({ users: args.users }), {
        hint: sandboxHelpText.badUsersHint(),
      });
    }
    if (
      args.accounts !== undefined &&
      (!Number.isInteger(args.accounts) || args.accounts < 1 || args.accounts > 100)
    ) {
      throw new AwsMfaError('INVALID_INPUT', sandboxHelpText.badAccounts({ accounts: args.accounts }), {
        hint: sandboxHelpText.badAccountsHint(),
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
        throw new AwsMfaError('CONFLICT', sandboxHelpText.portInUse({ port: args.port, host: args.host }), {
          hint: sandboxHelpText.portInUseHint(),
          cause: error,
        });
      }
      if (error.syscall === 'listen') {
        throw new AwsMfaError(
          'INVALID_INPUT',
          sandboxHelpText.cannotListen({ address: `${args.host}:${args.port}`, reason: error.message }),
          {
            hint: sandboxHelpText.cannotListenHint(),
            cause: error,
          },
        );
      }
      if (args.state !== undefined) {
        throw new AwsMfaError(
          'FILE_ERROR',
          sandboxHelpText.badStateFile({ path: args.state, reason: error.message }),
          {
            hint: sandboxHelpText.badStateFileHint(),
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
    const endpoint = emulator.endpoint;
    process.stderr.write(
      `${userText(args.state ? sandboxHelpText.listeningWithState({ endpoint, path: args.state }) : sandboxHelpText.listening({ endpoint }))}\n`,
    );
    await stopped;
    await emulator.stop();
    process.stderr.write(
      `${userText(args.state ? sandboxHelpText.stoppedWithState({ path: args.state }) : sandboxHelpText.stopped())}\n`,
    );
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
        sandboxHelpText.cannotLog({ path: args.log, reason: (error as Error).message }),
        {
          hint: sandboxHelpText.cannotLogHint(),
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
