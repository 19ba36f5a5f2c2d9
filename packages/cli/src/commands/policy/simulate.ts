import { policyCliText, policyHelpText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { decisionLabel } from './check.js';
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
  get describe() {
    return userText(policyHelpText.simulateDescribe());
  },
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', describe: userText(policyHelpText.simulateGroup()) })
      .option('user', { type: 'string', describe: userText(policyHelpText.simulateUser()) })
      .option('file', { type: 'string', describe: userText(policyHelpText.simulateFile()) })
      .conflicts('group', ['user', 'file'])
      .conflicts('user', 'file')
      .check((argv) => {
        if (argv.group === undefined && argv.user === undefined && argv.file === undefined) {
          throw new Error(userText(policyCliText.nameWhatToSimulate()));
        }
        return true;
      })
      .option('action', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: userText(policyHelpText.simulateAction()),
      })
      .option('resource', { type: 'string', describe: userText(policyHelpText.simulateResource()) })
      .option('mfa', { type: 'boolean', default: false, describe: userText(policyHelpText.simulateMfa()) })
      .option('source-ip', { type: 'string', describe: userText(policyHelpText.simulateSourceIp()) })
      .option('user-name', { type: 'string', describe: userText(policyHelpText.simulateUserName()) })
      .option('remote', {
        type: 'boolean',
        default: false,
        describe: userText(policyHelpText.simulateRemote()),
      })
      .option('json', { type: 'boolean', default: false, describe: userText(policyHelpText.simulateJson()) })
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
        throw new core.AwsMfaError(
          'FILE_ERROR',
          policyCliText.cannotRead({ file: String(args.file), error: error.message }),
        );
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
    const request = policyCliText.request({ mfa: args.mfa, user: userName, sourceIp: args.sourceIp });
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
      terminal.stderr.write(`${userText(request)}\n`);
      const t = policyCliText;
      const header = [
        t.headingAction(),
        t.headingResource(),
        t.headingDecision(),
        ...(args.remote ? [t.headingIamSays()] : []),
        t.headingWhy(),
      ].map(userText);
      terminal.stdout.write(
        renderTable(
          header,
          rows.map((row) => [
            row.action,
            row.resource,
            decisionLabel(row.local.decision),
            ...(args.remote ? [decisionLabel(row.remote?.decision)] : []),
            userText(row.local.explanationText),
          ]),
        ),
      );
    }
    const disagreeing = rows.filter((row) => row.remote && row.remote.decision !== row.local.decision);
    if (disagreeing.length > 0) {
      const differences = disagreeing.map((row) =>
        policyCliText.disagreement({
          action: row.action,
          iam: row.remote!.decision,
          awsmfa: row.local.decision,
        }),
      );
      throw new core.AwsMfaError(
        'POLICY_CHECK_FAILED',
        policyCliText.simulatorDisagrees({ rows: differences }),
        {
          hint: policyCliText.simulatorDisagreesHint(),
        },
      );
    }
  },
};
