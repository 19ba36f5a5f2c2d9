import { sessionCliText, sessionHelpText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import { credentialProcessLine } from '../credentialProcessLine.js';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { selfCommand } from '../selfCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface SetupArgs extends GlobalArgs {
  name?: string;
}

/** `awsmfa setup-credential-process`: a `[profile P-mfa]` whose credential_process is awsmfa. */
export const setupCredentialProcessCommand: CommandModule<object, SetupArgs> = {
  command: 'setup-credential-process',
  get describe() {
    return userText(sessionHelpText.setupDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('name', { type: 'string', describe: userText(sessionHelpText.setupName()) })
      .example('awsmfa setup-credential-process --profile dev', userText(sessionHelpText.setupExample()))
      .example(
        'awsmfa setup-credential-process --profile prod',
        userText(sessionHelpText.setupExampleRole()),
      ) as never,
  handler: (args) => runSetupCredentialProcess(args, processTerminal()),
};

/**
 * Writes `[profile NAME] credential_process = <node> <awsmfa> credential-process --profile P` to
 * the config file, with absolute paths (no `~`, no variables: credential_process runs without a
 * shell in the AWS CLI) quoted so that botocore and the JS SDK read the same words on this
 * platform (see credentialProcessLine). `--endpoint-url` and `--region` given here are kept in it.
 */
export async function runSetupCredentialProcess(args: SetupArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const globals = resolveGlobals(args, env);
  const files = core.readAwsProfiles({ env });
  const source = core.findProfile(files, globals.profile);
  // A broken role chain (a missing or circular source_profile, …) fails here, not in every aws call.
  if (source.roleArn !== undefined) core.resolveCredentialChain(source, files.profiles);
  const name = args.name?.trim() || `${source.name}-mfa`;
  if (name === source.name) {
    throw new core.AwsMfaError('INVALID_INPUT', sessionCliText.nameIsProfile({ name }), {
      hint: sessionCliText.nameIsProfileHint({ profile: source.name }),
    });
  }
  const existing = files.profiles.get(name);
  if (existing?.accessKeyId) {
    throw new core.AwsMfaError('CONFLICT', sessionCliText.profileHasKeys({ name }), {
      hint: sessionCliText.profileHasKeysHint({ name }),
    });
  }
  const words = [...selfCommand(), 'credential-process', '--profile', source.name];
  if (args.endpointUrl) words.push('--endpoint-url', args.endpointUrl);
  if (args.region) words.push('--region', args.region);
  const built = credentialProcessLine(words, process.platform);
  if ('unquotable' in built) {
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      sessionCliText.unquotable({ value: JSON.stringify(built.unquotable) }),
      {
        hint: sessionCliText.unquotableHint(),
      },
    );
  }
  const command = built.line;
  const region = args.region ?? source.region;
  const { changed, file } = await core.updateProfile({
    env,
    file: 'config',
    profile: name,
    set: { credential_process: command, ...(region ? { region } : {}) },
  });
  const wrote = userText(sessionCliText.wrote({ changed, name, file }));
  const useIt = `${userText(sessionCliText.useIt())} aws --profile ${name} sts get-caller-identity`;
  terminal.stderr.write(`${wrote}\n  credential_process = ${command}\n${useIt}\n`);
}
