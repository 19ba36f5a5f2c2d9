import type { GroupCheck, IamClient } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal, type Terminal } from '../../terminal.js';
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
}

/** Renders the check matrix as the table `policy check` and `admin setup` print. */
export function renderCheckTable(rows: readonly CheckRow[], remote: boolean): string {
  return renderTable(
    ['ACTION', 'MFA', 'SOURCE', 'EXPECTED', 'ACTUAL', ...(remote ? ['IAM SAYS'] : []), 'OK', 'DECIDED BY'],
    rows.map((row) => [
      row.action,
      row.mfa ? 'yes' : 'no',
      `${row.source} ${row.sourceIp}`,
      row.expected,
      row.actual,
      ...(remote ? [row.remote ?? '?'] : []),
      row.ok ? 'ok' : 'FAIL',
      row.decidedBy,
    ]),
  );
}

function decidedBy(result: GroupCheck['results'][number]): string {
  const statement = result.actual.decidingStatement;
  if (!statement) return 'nothing allows it';
  return `${statement.sid ?? `statement #${statement.index + 1}`} (${statement.policy})`;
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
      decidedBy: decidedBy(result),
      intent: result.case.intent,
    });
  }
  const { terminal } = options;
  if (options.json) {
    terminal.stdout.write(
      `${JSON.stringify({ group: check.groupName, userName: check.userName, trustedCidrs: check.trustedCidrs, rows })}\n`,
    );
  } else {
    terminal.stderr.write(
      `Checking group ${check.groupName} as user ${check.userName}; trusted IPs: ${check.trustedCidrs.join(', ') || 'none'}.\n`,
    );
    terminal.stdout.write(renderCheckTable(rows, options.remote));
  }
  const failed = rows.filter((row) => !row.ok);
  if (failed.length > 0) {
    throw new core.AwsMfaError(
      'POLICY_CHECK_FAILED',
      `${failed.length} of ${rows.length} outcomes for group ${options.groupName} differ from the intended ones: ${failed
        .map(
          (row) => `${row.action} ${row.mfa ? 'with' : 'without'} MFA from ${row.source} IP (${row.intent})`,
        )
        .join('; ')}.`,
      {
        hint: `review the group's policies; awsmfa policy apply --group ${options.groupName} installs the intended one`,
      },
    );
  }
  if (!options.json) terminal.stderr.write(`All ${rows.length} outcomes are as intended.\n`);
}

/** `awsmfa policy check`: prove the group's policies behave as intended. */
export const policyCheckCommand: CommandModule<GlobalArgs, CheckArgs> = {
  command: 'check',
  describe: 'Run the standard matrix (MFA yes/no × trusted/untrusted IP × actions) against a group',
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('group', { type: 'string', demandOption: true, describe: 'IAM group to check' })
      .option('user-name', {
        type: 'string',
        describe: 'Member to check as (aws:username) [default: the first member, else cli-user]',
      })
      .option('trusted-test-ip', {
        type: 'string',
        describe: 'Trusted address to test from [default: from the list]',
      })
      .option('untrusted-test-ip', {
        type: 'string',
        describe: 'Untrusted address to test from [default: a documentation address]',
      })
      .option('remote', {
        type: 'boolean',
        default: false,
        describe: "Also ask IAM's simulator (SimulatePrincipalPolicy) for every row",
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print the matrix as JSON' })
      .example(
        '$0 policy check --group MyUsers',
        'Exit 31 (POLICY_CHECK_FAILED) when an outcome is not the intended one',
      )
      .example(
        '$0 policy check --group MyUsers --remote',
        "Compare with IAM's own simulator",
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
