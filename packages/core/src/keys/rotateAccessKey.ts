// `awsmfa keys rotate`: IAM's "rotate access keys regularly", done in the order that never leaves
// the user without a working key (AWS's own procedure: create, switch, check, deactivate, delete).
import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import type { AccessKeyApi, AccessKeyInfo } from './accessKeyApi.js';
import type { LongTermKeys } from './keyStore.js';

export interface RotateAccessKeyOptions {
  /** The profile whose key is rotated, for messages. */
  profile: string;
  /** Where the profile keeps its key, for messages: `the OS keyring (service awsmfa)`, a path. */
  location: string;
  /** The key the profile uses now, opened from its store. */
  oldKeys: LongTermKeys;
  /** The IAM user behind the MFA session that signs the IAM calls. */
  user: { userName: string; arn: string };
  api: AccessKeyApi;
  /** Puts a key where the profile keeps its key (and records its ID): the new one, or the old one back. */
  store: (keys: LongTermKeys) => Promise<void>;
  /** One line per step done, for stderr. */
  notify: (line: string) => void;
  /** The waits between checks of the new key: IAM takes a few seconds to know it everywhere. */
  verifyDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** For messages: the IAM endpoint when it is not AWS's. */
  endpoint?: string | undefined;
}

/** What a rotation did. */
export interface RotatedKey {
  userName: string;
  oldAccessKeyId: string;
  newAccessKeyId: string;
  /** How many GetCallerIdentity calls it took until the new key worked. */
  checks: number;
}

/** 1, 2, 3, 4, 5, 5, 5, 5 s: about half a minute, longer than IAM's usual propagation. */
const defaultVerifyDelaysMs = [1000, 2000, 3000, 4000, 5000, 5000, 5000, 5000];

/**
 * Rotates a profile's access key: checks the user has room for a second key (IAM allows two;
 * with two, CONFLICT names the one to delete), creates the new key, stores it where the old one
 * was, checks with GetCallerIdentity that it works and is the same user (retrying while IAM
 * propagates it), then deactivates and deletes the old key. A failure before the switch undoes
 * it (the old key back in the store, the new key deleted) and throws the cause; a failure after it
 * is ROTATION_INCOMPLETE saying what was done and what is left: the profile holds a working key
 * either way.
 *
 * @example await rotateAccessKey({ profile: 'dev', location, oldKeys, user, api, store, notify })
 */
export async function rotateAccessKey(options: RotateAccessKeyOptions): Promise<RotatedKey> {
  const { api, user, oldKeys, notify, profile } = options;
  const { userName } = user;
  const old = oldKeys.accessKeyId;
  const iamError = (error: unknown, operation: string) => {
    const translated = translateAwsError(error, { profile, endpoint: options.endpoint, operation });
    if (translated.code !== 'ACCESS_DENIED') return translated;
    return new AwsMfaError('ACCESS_DENIED', `${translated.message.replace(/\.$/, '')}.`, {
      hint: "rotating needs iam:ListAccessKeys, CreateAccessKey, UpdateAccessKey and DeleteAccessKey on your own user with MFA; awsmfa's policy grants them (an administrator: awsmfa policy apply)",
      cause: error,
    });
  };
  const call = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw iamError(error, operation);
    }
  };

  const keys = await call('ListAccessKeys', () => api.listAccessKeys(userName));
  if (!keys.some((key) => key.accessKeyId === old)) {
    throw new AwsMfaError(
      'CREDENTIALS_INVALID',
      `Profile ${profile} holds key ${old}, which is not one of ${userName}'s access keys; nothing was changed.`,
      { hint: `import the key ${userName} uses: awsmfa import <file.csv> --profile ${profile} --force` },
    );
  }
  if (keys.length >= 2) throw await keyLimitError(options, keys);

  const created = await call('CreateAccessKey', () => api.createAccessKey(userName));
  const fresh = created.accessKeyId;
  notify(`Created access key ${fresh} for ${userName}.`);
  const undo = async (cause: unknown, what: string): Promise<never> => {
    const reason = isAwsMfaError(cause) ? cause.message : String(cause);
    const problems: string[] = [];
    if (what === 'check') {
      await options.store(oldKeys).catch((error: unknown) => {
        problems.push(`putting ${old} back into ${options.location} failed too (${errorText(error)})`);
      });
    }
    await api.deleteAccessKey(userName, fresh).catch((error: unknown) => {
      problems.push(
        `the new key ${fresh} could not be deleted (${errorText(error)}): delete it with aws iam delete-access-key --user-name ${userName} --access-key-id ${fresh}`,
      );
    });
    if (problems.length === 0) {
      const undone = what === 'check' ? `profile ${profile} uses ${old} again and ` : '';
      throw new AwsMfaError(
        isAwsMfaError(cause) ? cause.code : 'ROTATION_INCOMPLETE',
        `Key rotation of profile ${profile} undone: ${reason.replace(/\.$/, '')}; ${undone}the new key ${fresh} was deleted.`,
        { hint: isAwsMfaError(cause) ? cause.hint : 'try again later', cause },
      );
    }
    throw new AwsMfaError(
      'ROTATION_INCOMPLETE',
      `Key rotation of profile ${profile} stopped: ${reason.replace(/\.$/, '')}; ${problems.join('; ')}. Key ${old} is unchanged in IAM.`,
      { hint: 'check with awsmfa keys list and aws iam list-access-keys', cause },
    );
  };

  try {
    await options.store(created);
  } catch (error) {
    return undo(error, 'store');
  }
  notify(`Stored ${fresh} in ${options.location} for profile ${profile}.`);

  let checks = 0;
  try {
    checks = await checkKey(options, created);
  } catch (error) {
    return undo(error, 'check');
  }
  notify(`Checked: ${fresh} signs in as ${user.arn}.`);

  const left = (done: string, error: unknown, todo: string) =>
    new AwsMfaError(
      'ROTATION_INCOMPLETE',
      `Profile ${profile} now uses the new key ${fresh}, which works; ${done}${errorText(error).replace(/\.$/, '')}.`,
      { hint: todo, cause: error },
    );
  try {
    await api.deactivateAccessKey(userName, old);
  } catch (error) {
    throw left(
      `but the old key ${old} is still active: deactivating it failed: `,
      iamError(error, 'UpdateAccessKey'),
      `delete it: aws iam delete-access-key --user-name ${userName} --access-key-id ${old}`,
    );
  }
  notify(`Deactivated the old key ${old}.`);
  try {
    await api.deleteAccessKey(userName, old);
  } catch (error) {
    throw left(
      `the old key ${old} is inactive, but deleting it failed: `,
      iamError(error, 'DeleteAccessKey'),
      `delete it: aws iam delete-access-key --user-name ${userName} --access-key-id ${old}`,
    );
  }
  notify(`Deleted the old key ${old}.`);
  return { userName, oldAccessKeyId: old, newAccessKeyId: fresh, checks };
}

/** GetCallerIdentity with the new key until it works (IAM propagates new keys within seconds); the number of calls. */
async function checkKey(options: RotateAccessKeyOptions, keys: LongTermKeys): Promise<number> {
  const delays = options.verifyDelaysMs ?? defaultVerifyDelaysMs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    let arn: string;
    try {
      arn = await options.api.callerArn(keys);
    } catch (error) {
      const translated = translateAwsError(error, {
        profile: options.profile,
        endpoint: options.endpoint,
        accessKeyId: keys.accessKeyId,
        operation: 'GetCallerIdentity',
      });
      // Only "unknown key" waits for propagation; anything else will not get better.
      if (translated.code !== 'CREDENTIALS_INVALID' || attempt >= delays.length) {
        throw new AwsMfaError(
          translated.code,
          attempt >= delays.length
            ? `The new key ${keys.accessKeyId} still did not work after ${attempt + 1} checks: ${translated.message}`
            : translated.message,
          { hint: translated.hint, cause: error },
        );
      }
      await sleep(delays[attempt]!);
      continue;
    }
    if (arn !== options.user.arn) {
      throw new AwsMfaError(
        'CREDENTIALS_INVALID',
        `The new key ${keys.accessKeyId} signs in as ${arn || 'nobody'}, not as ${options.user.arn}.`,
      );
    }
    return attempt + 1;
  }
}

/** CONFLICT for a user at IAM's limit of two keys, naming the one the profile does not use. */
async function keyLimitError(
  options: RotateAccessKeyOptions,
  keys: readonly AccessKeyInfo[],
): Promise<AwsMfaError> {
  const { userName } = options.user;
  const others = keys.filter((key) => key.accessKeyId !== options.oldKeys.accessKeyId);
  const described = await Promise.all(
    others.map(async (key) => {
      const used = await options.api.lastUsed(key.accessKeyId).catch(() => undefined);
      const created = key.createDate ? `, created ${key.createDate.toISOString().slice(0, 10)}` : '';
      const last = used ? `, last used ${used.toISOString().slice(0, 10)}` : ', never used';
      return `${key.accessKeyId} (${key.status.toLowerCase()}${created}${last})`;
    }),
  );
  const other = others[0]!.accessKeyId;
  return new AwsMfaError(
    'CONFLICT',
    `User ${userName} already has 2 access keys, IAM's limit: ${options.oldKeys.accessKeyId} (profile ${options.profile}) and ${described.join(', ')}; nothing was changed.`,
    {
      hint: `if nothing uses ${other} any more, delete it (aws iam delete-access-key --user-name ${userName} --access-key-id ${other}), then rotate again`,
    },
  );
}

function errorText(error: unknown): string {
  return isAwsMfaError(error) ? error.message : error instanceof Error ? error.message : String(error);
}
