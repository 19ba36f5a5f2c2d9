import {
  type GroupCheck,
  type IamClient,
  type Message,
  policyCliText,
  policyHelpText,
  verbatim,
} from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import { openAdminIam } from './openAdminIam.js';

interface CheckArgs extends GlobalArgs {
  group: string;
  userName?: string;
  trustedTestIp?: string;
  untrustedTestIp?: string;
  remote: boolean;
  json: boolean;
}

/** One row of the printed matrix, local and (with --remote) IAM's decision. */
interface CheckRow {
  action: string;
  mfa: boolean;
  source: 'trusted' | 'untrusted';
  sourceIp: string;
  expected: string;
  actual: string;
  remote?: string | undefined;
  ok: boolean;
  decidedBy: string;
  intent: string;
  /** The table's words for `decidedBy` and `intent`, in the user's language. */
  decidedByText: Message;
  intentText: Message;
}

/** A decision as the tables show it: `allowed`, `explicitDeny`, `implicitDeny` (許可… in Japanese). */
export function decisionLabel(decision: string | undefined): string {
  switch (decision) {
    case 'allowed':
      return userText(policyCliText.decisionAllowed());
    case 'explicitDeny':
      return userText(policyCliText.decisionExplicitDeny());
    case 'implicitDeny':
      return userText(policyCliText.decisionImplicitDeny());
    default:
      return decision ?? '?';
  }
}

/** Renders the check matrix as the table `policy check` and `admin setup` print. */
export function renderCheckTable(rows: readonly CheckRow[], remote: boolean): string {
  const t = policyCliText;
  return renderTable(
    [
      t.headingAction(),
      t.headingMfa(),
      t.headingSource(),
      t.headingExpected(),
      t.headingActual(),
      ...(remote ? [t.headingIamSays()] : []),
      t.headingOk(),
      t.headingDecidedBy(),
    ].map(userText),
    rows.map((row) => [
      row.action,
      userText(row.mfa ? t.yes() : t.no()),
      userText(
        row.source === 'trusted'
          ? t.trustedSource({ ip: row.sourceIp })
          : t.untrustedSource({ ip: row.sourceIp }),
      ),
      decisionLabel(row.expected),
      decisionLabel(row.actual),
      ...(remote ? [decisionLabel(row.remote)] : []),
      userText(row.ok ? t.ok() : t.fail()),
      userText(row.decidedByText),
    ]),
  );
}

function decidedBy(result: GroupCheck['results'][number]): Message {
  const statement = result.actual.decidingStatement;
  if (!statement) return policyCliText.nothingAllowsIt();
  const name = statement.sid ?? policyCliText.statementNumber({ number: statement.index + 1 }).english;
  return verbatim(`${name} (${statement.policy})`);
}

/**
 * Runs the standard matrix for a group, prints the table on stdout (or JSON), and fails with
 * POLICY_CHECK_FAILED when any outcome differs from the intended one.
 */
export async function runGroupCheck(
  iam: IamClient,
  options: {
    groupName: string;
    userName?: string | undefined;
    trustedIp?: string | undefined;
    untrustedIp?: string | undefined;
    remote: boolean;
    json: boolean;
    terminal: Terminal;
  },
): Promise<void> {
  const core = await import('@awsmfa/core');
  const check = await core.checkGroupPolicy(iam, {
    groupName: options.groupName,
    userName: options.userName,
    trustedIp: options.trustedIp,
    untrustedIp: options.untrustedIp,
  });
  const group = options.remote ? await core.describeGroup(iam, options.groupName) : undefined;
  const rows: CheckRow[] = [];
  for (const result of check.results) {
    let remote: string | undefined;
    if (group) {
      const [decision] = await core.simulateRemote(iam, {
        principal: { kind: 'group', arn: group.arn, groupName: options.groupName },
        actions: [result.request.action],
        resource: result.request.resource,
        context: result.request.context,
      });
      remote = decision?.decision;
    }
    rows.push({
      action: result.case.action,
      mfa: result.case.mfa,
      source: result.case.source,
      sourceIp: result.sourceIp,
      expected: result.expected,
      actual: result.actual.decision,
      remote,
      ok: result.ok && (remote === undefined || remote === result.expected),
      decidedBy: decidedBy(result).english,
      intent: result.case.intent,
      decidedByText: decidedBy(result),
      intentText: result.case.intentText,
    });
  }
  const { terminal } = options;
  if (options.json) {
    // The same JSON in every language: the English texts, without the Messages.
    const json = rows.map(({ decidedByText: _by, intentText: _intent, ...row }) => row);
    terminal.stdout.write(
      `${JSON.stringify({ group: check.groupName, userName: check.userName, trustedCidrs: check.trustedCidrs, rows: json })}\n`,
    );
  } else {
    const checking = policyCliText.checking({
      group: check.groupName,
      user: check.userName,
      cidrs: check.trustedCidrs,
    });
    terminal.stderr.write(`${userText(checking)}\n`);
    terminal.stdout.write(renderCheckTable(rows, options.remote));
  }
  const failed = rows.filter((row) => !row.ok);
  if (failed.length > 0) {
    throw new core.AwsMfaError(
      'POLICY_CHECK_FAILED',
      policyCliText.outcomesDiffer({
        failed: failed.length,
        total: rows.length,
        group: options.groupName,
        rows: failed.map((row) =>
          policyCliText.outcomeRow({
            action: row.action,
            mfa: row.mfa,
            source: row.source,
            intent: row.intentText,
          }),
        ),
      }),
      { hint: policyCliText.outcomesDifferHint({ group: options.groupName }) },
    );
  }
  if (!options.json)
    terminal.stderr.write(`${userText(policyCliText.allAsIntended({ total: rows.length }))}\n`);
}

/** `awsmfa policy check`: prove the group's policies behave as intended. */
export const policyCheckCommand: CommandModule<GlobalArgs, CheckArgs> = {
  command: 'check',
  get describe() {
    return userText(policyHelpText.checkDescribe());
  },
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', {
        type: 'string',
        demandOption: true,
        describe: userText(policyHelpText.checkGroup()),
      })
      .option('user-name', { type: 'string', describe: userText(policyHelpText.checkUserName()) })
      .option('trusted-test-ip', { type: 'string', describe: userText(policyHelpText.checkTrustedTestIp()) })
      .option('untrusted-test-ip', {
        type: 'string',
        describe: userText(policyHelpText.checkUntrustedTestIp()),
      })
      .option('remote', { type: 'boolean', default: false, describe: userText(policyHelpText.checkRemote()) })
      .option('json', { type: 'boolean', default: false, describe: userText(policyHelpText.checkJson()) })
      .example('$0 policy check --group MyUsers', userText(policyHelpText.checkExampleExit()))
      .example(
        '$0 policy check --group MyUsers --remote',
        userText(policyHelpText.checkExampleRemote()),
      ) as unknown as Argv<CheckArgs>,
  handler: async (args: ArgumentsCamelCase<CheckArgs>) => {
    const terminal = processTerminal();
    const { iam } = await openAdminIam(args, terminal);
    await runGroupCheck(iam, {
      groupName: args.group,
      userName: args.userName,
      trustedIp: args.trustedTestIp,
      untrustedIp: args.untrustedTestIp,
      remote: args.remote,
      json: args.json,
      terminal,
    });
  },
};
