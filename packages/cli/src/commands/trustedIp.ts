import { type Message, policyCliText, profilesCliText, type TrustedCidrsChange } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';
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

const describeKind: Record<Kind, () => Message> = {
  set: profilesCliText.setDescribe,
  add: profilesCliText.addDescribe,
  remove: profilesCliText.removeDescribe,
};
const t = profilesCliText;

const listCommand: CommandModule<GlobalArgs, ListArgs> = {
  command: 'list',
  get describe() {
    return userText(t.listDescribe());
  },
  builder: (yargs) =>
    (yargs as Argv<GlobalArgs>)
      .option('json', { type: 'boolean', default: false, describe: userText(t.listJson()) })
      .example('$0 trusted-ip list --profile cli-user', '') as unknown as Argv<ListArgs>,
  handler: async (args: ArgumentsCamelCase<ListArgs>) => {
    const terminal = processTerminal();
    const { findProfile, readAwsProfiles } = await import('@awsmfa/core');
    const name = resolveGlobals(args, terminal.env).profile;
    const profile = findProfile(readAwsProfiles({ env: terminal.env }), name);
    const cidrs = profile.trustedCidrs;
    if (args.json) terminal.stdout.write(`${JSON.stringify(cidrs)}\n`);
    else if (cidrs.length > 0) terminal.stdout.write(`${cidrs.join('\n')}\n`);
    else terminal.stderr.write(`${userText(t.trustsNothing({ profile: profile.name }))}\n`);
  },
};

function editCommand(kind: Kind): CommandModule<GlobalArgs, EditArgs> {
  return {
    command: kind === 'remove' ? 'remove [cidrs..]' : `${kind} <cidrs..>`,
    describe: userText(describeKind[kind]()),
    builder: (yargs) => {
      let y = (yargs as Argv<GlobalArgs>)
        .positional('cidrs', {
          type: 'string',
          array: true,
          describe: userText(t.cidrs()),
        })
        .option('force', { type: 'boolean', default: false, describe: userText(t.force()) });
      if (kind === 'remove') {
        y = y.option('all', { type: 'boolean', default: false, describe: userText(t.all()) });
      }
      return y
        .example(`$0 trusted-ip ${kind} --profile cli-user 203.0.113.0/24`, userText(describeKind[kind]()))
        .epilogue(userText(t.epilogue())) as unknown as Argv<EditArgs>;
    },
    handler: (args: ArgumentsCamelCase<EditArgs>) => editTrustedIps(kind, args, processTerminal()),
  };
}

async function editTrustedIps(kind: Kind, args: EditArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, updateTrustedCidrs } = await import('@awsmfa/core');
  const cidrs = splitCidrs(args.cidrs);
  if (kind === 'remove' && args.all === cidrs.length > 0) {
    throw new AwsMfaError('USAGE', args.all ? t.allAndAddresses() : t.nameAddresses(), {
      hint: t.removeHint(),
    });
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
  const say = (line: Message) => terminal.stderr.write(`${userText(line)}\n`);
  for (const note of result.notes) say(policyCliText.note({ note }));
  if (!result.changed) say(t.nothingToChange({ file: result.file }));
  say(
    result.after.length > 0
      ? t.trusts({ profile: name, cidrs: result.after })
      : t.trustsNothing({ profile: name }),
  );
  if (result.changed) {
    const setting = t.setting({ profile: name, set: result.after.length > 0, file: result.file });
    terminal.stderr.write(`  ${userText(setting)}\n`);
  }
}

/**
 * `awsmfa trusted-ip list|set|add|remove`: the user side of the trusted networks, the profile's
 * `awsmfa_trusted_ips` (the admin side is `awsmfa policy trusted-ip`).
 */
export const trustedIpCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'trusted-ip <command>',
  get describe() {
    return userText(t.trustedIpDescribe());
  },
  builder: (yargs) =>
    yargs
      .command(listCommand)
      .command(editCommand('set'))
      .command(editCommand('add'))
      .command(editCommand('remove'))
      .example('$0 trusted-ip set --profile cli-user 203.0.113.0/24', userText(t.exampleSet()))
      .example('$0 trusted-ip list --profile cli-user', userText(t.exampleList()))
      .epilogue(userText(t.epilogue())),
  handler: () => {},
};
