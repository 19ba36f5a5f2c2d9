import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal } from '../../terminal.js';
import { openAdminIam } from './openAdminIam.js';

interface SimulateArgs extends GlobalArgs {
  group?: string;
  user?: string;
  file?: string;
  action: string[];
  resource?: string;
  mfa: boolean;
  sourceIp?: string;
  userName?: string;
  remote: boolean;
  json: boolean;
}

// A stand-in account for --file without --remote, where no AWS call tells the real one.
const exampleAccountId = '123456789012';

/** `awsmfa policy simulate`: decide requests locally (and with --remote, by IAM) and say why. */
export const policySimulateCommand: CommandModule<GlobalArgs, SimulateArgs> = {
  command: 'simulate',
  describe: 'Decide a request against a group, user or policy file, and explain which statement decided',
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: "The group's inline and attached policies" })
      .option('user', { type: 'string', describe: "The user's own and their groups' policies" })
      .option('file', { type: 'string', describe: 'A policy document (JSON) on disk' })
      .conflicts('group', ['user', 'file'])
      .conflicts('user', 'file')
      .check((argv) => {
        if (argv.group === undefined && argv.user === undefined && argv.file === undefined) {
          throw new Error('Name what to simulate: --group, --user or --file.');
        }
        return true;
      })
      .option('action', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'Action(s) such as s3:ListAllMyBuckets; repeat for several',
      })
      .option('resource', {
        type: 'string',
        describe: "Resource ARN [default: the action's usual one, e.g. the user's own MFA device, else *]",
      })
      .option('mfa', {
        type: 'boolean',
        default: false,
        describe: 'Session credentials obtained with MFA; --no-mfa (default): a long-term access key',
      })
      .option('source-ip', { type: 'string', describe: 'The address the request comes from (aws:SourceIp)' })
      .option('user-name', {
        type: 'string',
        describe:
          'The aws:username of the request [default: --user, else the first member of --group, else cli-user]',
      })
      .option('remote', {
        type: 'boolean',
        default: false,
        describe:
          "Also ask IAM's simulator (SimulatePrincipalPolicy/SimulateCustomPolicy with ContextEntries)",
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print the decisions as JSON' })
      .example('$0 policy simulate --group MyUsers --action s3:ListAllMyBuckets --source-ip 203.0.113.9', '')
      .example('$0 policy simulate --user cli-user --action ec2:DescribeInstances --mfa --remote', '')
      .example(
        '$0 policy simulate --file MyUsersPolicy.json --action iam:DeactivateMFADevice --no-mfa',
        '',
      ) as unknown as Argv<SimulateArgs>,
  handler: async (args: ArgumentsCamelCase<SimulateArgs>) => {
    const terminal = processTerminal();
    const core = await import('@awsmfa/core');
    if (args.sourceIp !== undefined) core.parseIp(args.sourceIp);
    const needIam = args.remote || args.file === undefined;
    const iam = needIam ? (await openAdminIam(args, terminal)).iam : undefined;

    let policies: import('@awsmfa/core').NamedPolicy[];
    let principal: import('@awsmfa/core').SimulationPrincipal;
    let accountId = exampleAccountId;
    let userName = args.userName;
    if (args.file !== undefined) {
      const { readFile } = await import('node:fs/promises');
      const { basename } = await import('node:path');
      const text = await readFile(args.file, 'utf8').catch((error: Error) => {
        throw new core.AwsMfaError('FILE_ERROR', `Cannot read ${args.file}: ${error.message}`);
      });
      const document = core.parsePolicyDocument(text, args.file);
      policies = [{ name: basename(args.file), source: { kind: 'custom' }, document }];
      principal = { kind: 'custom', documents: [document] };
    } else if (args.user !== undefined) {
      const arn = await core.userArn(iam!, args.user);
      accountId = arn.split(':')[4] ?? accountId;
      userName ??= args.user;
      policies = await core.loadUserPolicies(iam!, args.user);
      principal = { kind: 'user', arn, userName: args.user };
    } else {
      const group = await core.describeGroup(iam!, args.group!);
      accountId = group.arn.split(':')[4] ?? accountId;
      userName ??= group.memberNames[0];
      policies = await core.loadGroupPolicies(iam!, args.group!);
      principal = { kind: 'group', arn: group.arn, groupName: args.group! };
    }
    userName ??= 'cli-user';
    const context = core.callerContext({
      accountId,
      userName,
      sourceIp: args.sourceIp,
      mfaPresent: args.mfa ? true : undefined,
      mfaAgeSeconds: args.mfa ? 60 : undefined,
    });
    const standard = new Set<string>(core.standardCheckActions);
    const rows: Array<{
      action: string;
      resource: string;
      local: import('@awsmfa/core').EvaluationResult;
      remote?: import('@awsmfa/core').RemoteDecision | undefined;
    }> = [];
    for (const action of args.action.flatMap((value) => String(value).split(/[\s,]+/)).filter(Boolean)) {
      const resource =
        args.resource ??
        (standard.has(action)
          ? core.checkResource(action as import('@awsmfa/core').StandardCheckAction, { userName, accountId })
          : '*');
      const local = core.evaluatePolicies(policies, { action, resource, context });
      const remote = args.remote
        ? (await core.simulateRemote(iam!, { principal, actions: [action], resource, context }))[0]
        : undefined;
      rows.push({ action, resource, local, remote });
    }
    const who = `${args.mfa ? 'session with MFA' : 'long-term key, no MFA'}, user ${userName}, from ${args.sourceIp ?? 'an unknown address (no aws:SourceIp)'}`;
    if (args.json) {
      terminal.stdout.write(
        `${JSON.stringify(
          rows.map((row) => ({
            action: row.action,
            resource: row.resource,
            context,
            decision: row.local.decision,
            decidingStatement: row.local.decidingStatement ?? null,
            explanation: row.local.explanation,
            ...(row.remote ? { remote: row.remote } : {}),
          })),
        )}\n`,
      );
    } else {
      terminal.stderr.write(`Request: ${who}.\n`);
      const header = ['ACTION', 'RESOURCE', 'DECISION', ...(args.remote ? ['IAM SAYS'] : []), 'WHY'];
      terminal.stdout.write(
        renderTable(
          header,
          rows.map((row) => [
            row.action,
            row.resource,
            row.local.decision,
            ...(args.remote ? [row.remote?.decision ?? '?'] : []),
            row.local.explanation,
          ]),
        ),
      );
    }
    const disagreeing = rows.filter((row) => row.remote && row.remote.decision !== row.local.decision);
    if (disagreeing.length > 0) {
      throw new core.AwsMfaError(
        'POLICY_CHECK_FAILED',
        `IAM's simulator disagrees with awsmfa's evaluator on ${disagreeing.map((row) => `${row.action} (IAM: ${row.remote!.decision}, awsmfa: ${row.local.decision})`).join(', ')}.`,
        { hint: 'trust IAM; please report the difference with the policy and --json output' },
      );
    }
  },
};
