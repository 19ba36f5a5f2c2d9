import type { CommandModule } from 'yargs';
import { credentialProcessLine } from '../credentialProcessLine.js';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import { selfCommand } from '../selfCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface SetupArgs extends GlobalArgs {
  name?: string;
}

/** `awsmfa setup-credential-process`: a `[profile P-mfa]` whose credential_process is awsmfa. */
export const setupCredentialProcessCommand: CommandModule<object, SetupArgs> = {
  command: 'setup-credential-process',
  describe: 'Add a profile (P-mfa) that gets MFA sessions through credential_process',
  builder: (yargs) =>
    yargs
      .option('name', { type: 'string', describe: 'Name of the new profile [default: <profile>-mfa]' })
      .example('awsmfa setup-credential-process --profile dev', 'then: aws --profile dev-mfa s3 ls')
      .example(
        'awsmfa setup-credential-process --profile prod',
        'a role profile: aws --profile prod-mfa …',
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
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      `--name ${name} is the profile itself; credential_process would call itself.`,
      {
        hint: `pick another name, e.g. --name ${source.name}-mfa`,
      },
    );
  }
  const existing = files.profiles.get(name);
  if (existing?.accessKeyId) {
    throw new core.AwsMfaError(
      'CONFLICT',
      `Profile ${name} already has access keys; the AWS CLI would use them instead of credential_process.`,
      { hint: `choose another --name, or remove [${name}] from the credentials file` },
    );
  }
  const words = [...selfCommand(), 'credential-process', '--profile', source.name];
  if (args.endpointUrl) words.push('--endpoint-url', args.endpointUrl);
  if (args.region) words.push('--region', args.region);
  const built = credentialProcessLine(words, process.platform);
  if ('unquotable' in built) {
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      `Cannot write ${JSON.stringify(built.unquotable)} into a credential_process line: cmd.exe and the AWS CLI would not read it back (it holds %, " or a control character).`,
      { hint: 'install node and awsmfa in folders without those characters' },
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
  terminal.stderr.write(
    `${changed ? 'Wrote' : 'Unchanged:'} [profile ${name}] in ${file}\n  credential_process = ${command}\nUse it: aws --profile ${name} sts get-caller-identity\n`,
  );
}
