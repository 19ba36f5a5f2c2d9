// `awsmfa keys rotate`: IAM's "rotate access keys regularly", done in the order that never leaves
// the user without a working key (AWS's own procedure: create, switch, check, deactivate, delete).
import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import type { Message } from '../messages/message.js';
import type { AccessKeyApi, AccessKeyInfo } from './accessKeyApi.js';
import type { LongTermKeys } from './keyStore.js';

export interface RotateAccessKeyOptions {
  /** The profile whose key is rotated, for messages. */
  profile: string;
  /** Where the profile keeps its key, for messages: `the OS keyring (service awsmfa)`, a path. */
  location: Message | string;
  /** The key the profile uses now, opened from its store. */
  oldKeys: LongTermKeys;
  /** The IAM user behind the MFA session that signs the IAM calls. */
  user: { userName: string; arn: string };
  api: AccessKeyApi;
  /** Puts a key where the profile keeps its key (and records its ID): the new one, or the old one back. */
  store: (keys: LongTermKeys) => Promise<void>;
  /** One line per step done, for stderr. */
  notify: (line: Message) => void;
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
    return new AwsMfaError('ACCESS_DENIED', keysText.rotateDenied({ error: translated.text }), {
      hint: keysText.rotateDeniedHint(),
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
      keysText.notUsersKey({ profile, key: old, user: userName }),
      {
        hint: keysText.notUsersKeyHint({ user: userName, profile }),
      },
    );
  }
  if (keys.length >= 2) throw await keyLimitError(options, keys);

  const created = await call('CreateAccessKey', () => api.createAccessKey(userName));
  const fresh = created.accessKeyId;
  notify(keysText.created({ key: fresh, user: userName }));
  const undo = async (cause: unknown, what: string): Promise<never> => {
    const reason = errorText(cause);
    const problems: Message[] = [];
    if (what === 'check') {
      await options.store(oldKeys).catch((error: unknown) => {
        problems.push(
          keysText.putBackFailed({ key: old, location: options.location, error: errorText(error) }),
        );
      });
    }
    await api.deleteAccessKey(userName, fresh).catch((error: unknown) => {
      problems.push(keysText.newKeyNotDeleted({ key: fresh, error: errorText(error), user: userName }));
    });
    if (problems.length === 0) {
      throw new AwsMfaError(
        isAwsMfaError(cause) ? cause.code : 'ROTATION_INCOMPLETE',
        keysText.undone({ profile, error: reason, old: what === 'check' ? old : undefined, key: fresh }),
        { hint: isAwsMfaError(cause) ? cause.hintText : keysText.tryLaterHint(), cause },
      );
    }
    throw new AwsMfaError(
      'ROTATION_INCOMPLETE',
      keysText.stopped({ profile, error: reason, problems, old }),
      { hint: keysText.stoppedHint(), cause },
    );
  };

  try {
    await options.store(created);
  } catch (error) {
    return undo(error, 'store');
  }
  notify(keysText.stored({ key: fresh, location: options.location, profile }));

  let checks = 0;
  try {
    checks = await checkKey(options, created);
  } catch (error) {
    return undo(error, 'check');
  }
  notify(keysText.checked({ key: fresh, arn: user.arn }));

  const deleteIt = keysText.deleteItHint({ user: userName, key: old });
  try {
    await api.deactivateAccessKey(userName, old);
  } catch (error) {
    const failure = errorText(iamError(error, 'UpdateAccessKey'));
    throw new AwsMfaError(
      'ROTATION_INCOMPLETE',
      keysText.stillActive({ profile, key: fresh, old, error: failure }),
      { hint: deleteIt, cause: error },
    );
  }
  notify(keysText.deactivated({ key: old }));
  try {
    await api.deleteAccessKey(userName, old);
  } catch (error) {
    const failure = errorText(iamError(error, 'DeleteAccessKey'));
    throw new AwsMfaError(
      'ROTATION_INCOMPLETE',
      keysText.notDeleted({ profile, key: fresh, old, error: failure }),
      {
        hint: deleteIt,
        cause: error,
      },
    );
  }
  notify(keysText.deleted({ key: old }));
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
            ? keysText.stillNotWorking({ key: keys.accessKeyId, checks: attempt + 1, error: translated.text })
            : translated.text,
          { hint: translated.hintText, cause: error },
        );
      }
      await sleep(delays[attempt]!);
      continue;
    }
    if (arn !== options.user.arn) {
      throw new AwsMfaError(
        'CREDENTIALS_INVALID',
        keysText.wrongUser({ key: keys.accessKeyId, arn, user: options.user.arn }),
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
      return keysText.otherKey({
        key: key.accessKeyId,
        status: key.status.toLowerCase(),
        created: key.createDate?.toISOString().slice(0, 10),
        used: used?.toISOString().slice(0, 10),
      });
    }),
  );
  const other = others[0]!.accessKeyId;
  return new AwsMfaError(
    'CONFLICT',
    keysText.keyLimit({
      user: userName,
      key: options.oldKeys.accessKeyId,
      profile: options.profile,
      others: described,
    }),
    { hint: keysText.keyLimitHint({ other, user: userName }) },
  );
}

function errorText(error: unknown): Message | string {
  if (isAwsMfaError(error) && error.text) return error.text;
  return error instanceof Error ? error.message : String(error);
}
