import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { openSession } from '../../openSession.js';
import { processTerminal, type Terminal } from '../../terminal.js';

interface KeysRotateArgs extends GlobalArgs {
  code?: string;
  json: boolean;
}

/** `awsmfa keys rotate --profile P`: a new access key in place of the old one, checked before the old one goes. */
export const keysRotateCommand: CommandModule<GlobalArgs, KeysRotateArgs> = {
  command: 'rotate',
  describe:
    "Replace a profile's access key with a new one (create, store, check, deactivate and delete the old)",
  builder: (yargs) =>
    yargs
      .option('code', {
        type: 'string',
        describe:
          'The 6-digit MFA code, if no cached MFA session is valid [env: AWSMFA_CODE; else mfa_process; else asked]',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON on stdout' })
      .demandOption('profile')
      .example('$0 keys rotate --profile dev', 'New key for dev, wherever dev keeps it; the old key deleted')
      .epilogue(
        "Needs an MFA session (the cached one, or a code): awsmfa's policy lets users change their own keys only " +
          'with MFA, even from a trusted IP. IAM allows two keys per user: with two already, nothing is changed and ' +
          'the error names the one to delete. A failure before the new key is checked undoes everything; a failure ' +
          'after it leaves the profile on the new, working key and says what is left (exit 57).',
      ) as never,
  handler: (args) => runKeysRotate(args, processTerminal()),
};

/** Runs `keys rotate`: one line per step on stderr, the result as JSON on stdout with --json. */
export async function runKeysRotate(args: KeysRotateArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores, keys, globals, region } = openProfile(args, env);
  if (profile.roleArn !== undefined) {
    throw new core.AwsMfaError(
      'INVALID_INPUT',
      `Profile ${profile.name} is a role profile: it has no key of its own.`,
      {
        hint: profile.sourceProfile
          ? `rotate the key of its source: awsmfa keys rotate --profile ${profile.sourceProfile}`
          : "rotate the profile that holds the IAM user's key",
      },
    );
  }
  const storeName = core.profileKeyStore(profile);
  const store = keyStores(storeName);
  const oldKeys = await keys();
  if (oldKeys.sessionToken) {
    throw new core.AwsMfaError(
      'CREDENTIALS_INVALID',
      `Profile ${profile.name} holds session credentials, not an IAM user's access key; there is nothing to rotate.`,
      { hint: 'rotate the profile that holds the long-term key (AKIA…)' },
    );
  }
  const say = (line: string) => terminal.stderr.write(`awsmfa: ${line}\n`);
  // awsmfa's policy allows a user's own keys only with MFA, from anywhere: always an MFA session.
  const { result } = await openSession({ ...args, mfa: true }, terminal, 'exec');
  if (result.kind !== 'session') throw new Error('unreachable: --mfa never takes the trusted path');
  const { session } = result;
  const signing = {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
  };
  const iam = core.createIamClient({ region, endpoint: globals.endpoints.iam, credentials: signing, env });
  const sts = (credentials: typeof signing | typeof oldKeys) =>
    core.createStsClient({ region, endpoint: globals.endpoints.sts, credentials, env, maxAttempts: 1 });
  const api = core.createAccessKeyApi({ iam, sts });
  try {
    const identity = await api.callerArn(signing).catch((error: unknown) => {
      throw core.translateAwsError(error, {
        profile: profile.name,
        endpoint: globals.endpoints.sts,
        operation: 'GetCallerIdentity',
      });
    });
    const user = core.iamUserOf({ account: '', arn: identity }, profile.name);
    const rotated = await core.rotateAccessKey({
      profile: profile.name,
      location: store.location,
      oldKeys: { accessKeyId: oldKeys.accessKeyId, secretAccessKey: oldKeys.secretAccessKey },
      user: { userName: user.userName, arn: identity },
      api,
      store: (newKeys) =>
        core.placeProfileKeys({
          env,
          profile: profile.name,
          keys: newKeys,
          to: storeName,
          stores: keyStores,
        }),
      notify: say,
      endpoint: globals.endpoints.iam,
    });
    // The MFA session is the same user's and stays valid until it expires (AWS does not revoke
    // sessions with the key that made them): tied to the new key, the next command needs no code.
    if (session.roleArn === undefined) {
      try {
        core.writeSessionCache(core.sessionCacheDir(env), {
          ...session,
          sourceAccessKeyId: rotated.newAccessKeyId,
        });
      } catch {
        // Only a convenience: the next session asks for a code instead.
      }
    }
    say(
      `Rotated the access key of profile ${profile.name} (${user.userName}): ${rotated.oldAccessKeyId} is deleted, ${rotated.newAccessKeyId} is in ${store.location} and works.`,
    );
    if (args.json)
      terminal.stdout.write(
        `${JSON.stringify({ profile: profile.name, store: storeName, ...rotated }, null, 2)}\n`,
      );
  } finally {
    iam.destroy();
  }
}
