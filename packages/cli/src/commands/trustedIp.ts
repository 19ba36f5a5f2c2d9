import type { TrustedCidrsChange } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { splitCidrs } from './policy/editOptions.js';

interface ListArgs extends GlobalArgs {
  json: boolean;
}

interface EditArgs extends GlobalArgs {
  cidrs?: string[];
  force: boolean;
  all?: boolean;
}

type Kind = 'set' | 'add' | 'remove';

const describeKind: Record<Kind, string> = {
  set: "Replace the profile's trusted IPs with these",
  add: 'Trust more addresses from this profile',
  remove: 'Stop trusting addresses (--all: every one)',
};

const listCommand: CommandModule<GlobalArgs, ListArgs> = {
  command: 'list',
  describe: "Print the profile's trusted IPs (awsmfa_trusted_ips), one per line",
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('json', { type: 'boolean', default: false, describe: 'Print a JSON array' })
      .example('$0 trusted-ip list --profile cli-user', '') as unknown as Argv<ListArgs>,
  handler: async (args: ArgumentsCamelCase<ListArgs>) => {
    const terminal = processTerminal();
    const { findProfile, readAwsProfiles } = await import('@awsmfa/core');
    const name = resolveGlobals(args, terminal.env).profile;
    const profile = findProfile(readAwsProfiles({ env: terminal.env }), name);
    const cidrs = profile.trustedCidrs;
    if (args.json) terminal.stdout.write(`${JSON.stringify(cidrs)}\n`);
    else if (cidrs.length > 0) terminal.stdout.write(`${cidrs.join('\n')}\n`);
    else
      terminal.stderr.write(`Profile ${profile.name} trusts no network: awsmfa asks for MFA everywhere.\n`);
  },
};

function editCommand(kind: Kind): CommandModule<GlobalArgs, EditArgs> {
  return {
    command: kind === 'remove' ? 'remove [cidrs..]' : `${kind} <cidrs..>`,
    describe: describeKind[kind],
    builder: (yargs) => {
      let y = (yargs as Argv<GlobalArgs>)
        .positional('cidrs', {
          type: 'string',
          array: true,
          describe: 'Addresses or CIDRs, IPv4 or IPv6; spaces or commas between them',
        })
        .option('force', {
          type: 'boolean',
          default: false,
          describe: 'Accept 0.0.0.0/0, ::/0 and CIDRs with host bits set',
        });
      if (kind === 'remove') {
        y = y.option('all', { type: 'boolean', default: false, describe: 'Remove every trusted IP' });
      }
      return y
        .example(`$0 trusted-ip ${kind} --profile cli-user 203.0.113.0/24`, describeKind[kind])
        .epilogue(trustedIpEpilogue) as unknown as Argv<EditArgs>;
    },
    handler: (args: ArgumentsCamelCase<EditArgs>) => editTrustedIps(kind, args, processTerminal()),
  };
}

const trustedIpEpilogue =
  "From an address in these CIDRs, awsmfa env/exec/credential-process use the profile's long-term keys without asking for a code. " +
  "They must match the trusted IPs of your administrator's MFA policy (the NotIpAddress list; awsmfa admin setup prints the command to run). " +
  'awsmfa finds your address with https://checkip.amazonaws.com/, or the endpoint itself when --endpoint-url / AWS_ENDPOINT_URL point at the sandbox.';

async function editTrustedIps(kind: Kind, args: EditArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, updateTrustedCidrs } = await import('@awsmfa/core');
  const cidrs = splitCidrs(args.cidrs);
  if (kind === 'remove' && args.all === cidrs.length > 0) {
    throw new AwsMfaError(
      'USAGE',
      args.all
        ? 'Give either --all or addresses to remove, not both.'
        : 'Name the addresses to remove, or --all.',
      { hint: 'awsmfa trusted-ip remove --profile cli-user 203.0.113.0/24 (see awsmfa trusted-ip list)' },
    );
  }
  const name = resolveGlobals(args, terminal.env).profile;
  const change: TrustedCidrsChange =
    kind === 'set'
      ? { set: cidrs }
      : kind === 'add'
        ? { add: cidrs }
        : args.all
          ? { clear: true }
          : { remove: cidrs };
  const result = await updateTrustedCidrs({ env: terminal.env, profile: name, change, force: args.force });
  const say = (line: string) => terminal.stderr.write(`${line}\n`);
  for (const note of result.notes) say(`note: ${note}`);
  if (!result.changed) say(`Nothing to change in ${result.file}.`);
  say(
    result.after.length > 0
      ? `Profile ${name} trusts ${result.after.join(', ')}: from there awsmfa uses its long-term keys without MFA.`
      : `Profile ${name} trusts no network: awsmfa asks for MFA everywhere.`,
  );
  if (result.changed)
    say(
      `  awsmfa_trusted_ips of profile ${name} is ${result.after.length > 0 ? 'set' : 'removed'} in ${result.file}.`,
    );
}

/**
 * `awsmfa trusted-ip list|set|add|remove`: the user side of the trusted networks, the profile's
 * `awsmfa_trusted_ips` (the admin side is `awsmfa policy trusted-ip`).
 */
export const trustedIpCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'trusted-ip <command>',
  describe: 'List or set the networks (CIDRs) from which this profile needs no MFA (awsmfa_trusted_ips)',
  builder: (yargs) =>
    yargs
      .command(listCommand)
      .command(editCommand('set'))
      .command(editCommand('add'))
      .command(editCommand('remove'))
      .example(
        '$0 trusted-ip set --profile cli-user 203.0.113.0/24',
        'The office network, as in the MFA policy',
      )
      .example('$0 trusted-ip list --profile cli-user', 'One CIDR per line')
      .epilogue(trustedIpEpilogue),
  handler: () => {},
};
