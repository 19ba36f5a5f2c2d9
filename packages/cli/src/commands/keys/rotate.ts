import { keysCliText, type Message } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { openSession } from '../../openSession.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';

const t = keysCliText;

interface KeysRotateArgs extends GlobalArgs {
  code?: string;
  json: boolean;
}

/** `awsmfa keys rotate --profile P`: a new access key in place of the old one, checked before the old one goes. */
export const keysRotateCommand: CommandModule<GlobalArgs, KeysRotateArgs> = {
  command: 'rotate',
  get describe() {
    return userText(t.rotateDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('code', {
        type: 'string',
        describe: userText(t.rotateCode()),
      })
      .option('json', { type: 'boolean', default: false, describe: userText(t.rotateJson()) })
      .demandOption('profile')
      .example('$0 keys rotate --profile dev', userText(t.rotateExample()))
      .epilogue(userText(t.rotateEpilogue())) as never,
  handler: (args) => runKeysRotate(args, processTerminal()),
};

/** Runs `keys rotate`: one line per step on stderr, the result as JSON on stdout with --json. */
export async function runKeysRotate(args: KeysRotateArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores, keys, globals, region } = openProfile(args, env);
  if (profile.roleArn !== undefined) {
    throw new core.AwsMfaError('INVALID_INPUT', t.roleHasNoKey({ profile: profile.name }), {
      hint: profile.sourceProfile
        ? t.rotateSourceHint({ source: profile.sourceProfile })
        : t.rotateHolderHint(),
    });
  }
  const storeName = core.profileKeyStore(profile);
  const store = keyStores(storeName);
  const oldKeys = await keys();
  if (oldKeys.sessionToken) {
    throw new core.AwsMfaError('CREDENTIALS_INVALID', t.nothingToRotate({ profile: profile.name }), {
      hint: t.nothingToRotateHint(),
    });
  }
  const say = (line: Message) =>
    terminal.stderr.write(`${userText(core.sessionCliText.line({ text: line }))}\n`);
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
      t.rotated({
        profile: profile.name,
        user: user.userName,
        old: rotated.oldAccessKeyId,
        key: rotated.newAccessKeyId,
        location: store.location,
      }),
    );
    if (args.json)
      terminal.stdout.write(
        `${JSON.stringify({ profile: profile.name, store: storeName, ...rotated }, null, 2)}\n`,
      );
  } finally {
    iam.destroy();
  }
}
