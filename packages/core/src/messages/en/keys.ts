import { defineMessages } from '../defineMessages.js';

/** Where long-term keys live, moving them, and rotating them (core/keys). */
export const keysText = defineMessages('keys', {
  osKeyringLocation: (p: { service: string }) => `the OS keyring (service ${p.service})`,
  keyringEntry: (p: { service: string; profile: string }) => `The keyring entry ${p.service}/${p.profile}`,
  profileInFile: (p: { profile: string; path: string }) => `Profile ${p.profile} in ${p.path}`,
  notAwsmfaFormat: (p: { where: string }) => `${p.where} does not hold an access key in awsmfa's format.`,
  notAwsmfaFormatHint:
    'put the keys there again: awsmfa import <file.csv> --profile NAME --store …, or remove the entry',
  emptyPassphrase: (p: { path: string }) => `An empty passphrase cannot protect ${p.path}.`,
  emptyPassphraseHint: 'choose a passphrase (a few words are easy to type and hard to guess)',
  wrongPassphrase: (p: { path: string }) => `The passphrase does not open ${p.path}; nothing was changed.`,
  wrongPassphraseHint:
    'type it again (scripts: AWSMFA_FILE_PASSPHRASE); a file altered by someone else fails the same way',
  notKeyFile: (p: { path: string; problem: string }) =>
    `${p.path} is not an awsmfa encrypted key file (${p.problem}).`,
  notKeyFileHint: 'restore it from a backup, or move it away and import the keys again',
  notJson: 'not JSON',
  unknownFormat: 'unknown format',
  unknownVersion: (p: { version: string }) => `version ${p.version} is not known`,
  costOutOfRange: 'scrypt cost out of range',
  damaged: 'damaged',
  sessionCredentials: (p: { profile: string; key: string }) =>
    `Profile ${p.profile} holds session credentials (${p.key}), not an IAM user's long-term access key.`,
  sessionCredentialsHint: (p: { profile: string }) =>
    `import the user's access key CSV: awsmfa import <file.csv> --profile ${p.profile} --force`,
  twoKeys: (p: { profile: string; key: string; location: string; other: string }) =>
    `Profile ${p.profile} keeps key ${p.key} in ${p.location}, and the credentials file holds another key (${p.other}) for it; nothing was changed.`,
  twoKeysHint: (p: { profile: string }) =>
    `keep the one you use: awsmfa keys remove --profile ${p.profile} --store file drops the plaintext one`,
  roleProfile: (p: { profile: string }) =>
    `Profile ${p.profile} is a role profile: it has no keys of its own.`,
  roleProfileHint: (p: { source: string }) =>
    `its keys are those of profile ${p.source}: use --profile ${p.source}`,
  nameTheHolderHint: 'name the profile that holds the keys',
  noKeyIn: (p: { profile: string; location: string }) =>
    `Profile ${p.profile} has no access key in ${p.location}.`,
  noKeyInHint: (p: { profile: string }) =>
    `import the IAM user's access key: awsmfa import <file.csv> --profile ${p.profile}`,
  storeHasNone: (p: { profile: string; location: string }) =>
    `Profile ${p.profile} keeps its keys in ${p.location}, which has none for it.`,
  storeHasNoneHint: (p: { profile: string; store: string }) =>
    `import the IAM user's access key there: awsmfa import <file.csv> --profile ${p.profile} --store ${p.store}`,
  notReadBack: (p: { location: string; profile: string }) =>
    `${p.location} did not give back the key of profile ${p.profile} just written to it; nothing else was changed.`,
  notReadBackHint: 'check that the store works (awsmfa keys list), then try again',
  oldCopyLeft: (p: { profile: string; location: string; old: string; error: string }) =>
    `The keys of profile ${p.profile} are now in ${p.location}, and the profile uses them; the old copy in ${p.old} could not be removed: ${p.error}`,
  oldCopyLeftHint: (p: { profile: string; store: string }) =>
    `remove it once the cause is fixed: awsmfa keys move --profile ${p.profile} --to ${p.store}`,
  nothingToRemove: (p: { location: string; profile: string }) =>
    `${p.location} holds no keys for profile ${p.profile}; nothing was removed.`,
  nothingToRemoveHint: 'see where each profile keeps its keys: awsmfa keys list',
  /** rotateAccessKey. */
  rotateDenied: (p: { error: string }) => `${p.error.replace(/\.$/, '')}.`,
  rotateDeniedHint:
    "rotating needs iam:ListAccessKeys, CreateAccessKey, UpdateAccessKey and DeleteAccessKey on your own user with MFA; awsmfa's policy grants them (an administrator: awsmfa policy apply)",
  notUsersKey: (p: { profile: string; key: string; user: string }) =>
    `Profile ${p.profile} holds key ${p.key}, which is not one of ${p.user}'s access keys; nothing was changed.`,
  notUsersKeyHint: (p: { user: string; profile: string }) =>
    `import the key ${p.user} uses: awsmfa import <file.csv> --profile ${p.profile} --force`,
  created: (p: { key: string; user: string }) => `Created access key ${p.key} for ${p.user}.`,
  putBackFailed: (p: { key: string; location: string; error: string }) =>
    `putting ${p.key} back into ${p.location} failed too (${p.error})`,
  newKeyNotDeleted: (p: { key: string; error: string; user: string }) =>
    `the new key ${p.key} could not be deleted (${p.error}): delete it with aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.key}`,
  undone: (p: { profile: string; error: string; old: string | undefined; key: string }) =>
    `Key rotation of profile ${p.profile} undone: ${p.error.replace(/\.$/, '')}; ${p.old ? `profile ${p.profile} uses ${p.old} again and ` : ''}the new key ${p.key} was deleted.`,
  tryLaterHint: 'try again later',
  stopped: (p: { profile: string; error: string; problems: readonly string[]; old: string }) =>
    `Key rotation of profile ${p.profile} stopped: ${p.error.replace(/\.$/, '')}; ${p.problems.join('; ')}. Key ${p.old} is unchanged in IAM.`,
  stoppedHint: 'check with awsmfa keys list and aws iam list-access-keys',
  stored: (p: { key: string; location: string; profile: string }) =>
    `Stored ${p.key} in ${p.location} for profile ${p.profile}.`,
  checked: (p: { key: string; arn: string }) => `Checked: ${p.key} signs in as ${p.arn}.`,
  stillActive: (p: { profile: string; key: string; old: string; error: string }) =>
    `Profile ${p.profile} now uses the new key ${p.key}, which works; but the old key ${p.old} is still active: deactivating it failed: ${p.error.replace(/\.$/, '')}.`,
  notDeleted: (p: { profile: string; key: string; old: string; error: string }) =>
    `Profile ${p.profile} now uses the new key ${p.key}, which works; the old key ${p.old} is inactive, but deleting it failed: ${p.error.replace(/\.$/, '')}.`,
  deleteItHint: (p: { user: string; key: string }) =>
    `delete it: aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.key}`,
  deactivated: (p: { key: string }) => `Deactivated the old key ${p.key}.`,
  deleted: (p: { key: string }) => `Deleted the old key ${p.key}.`,
  stillNotWorking: (p: { key: string; checks: number; error: string }) =>
    `The new key ${p.key} still did not work after ${p.checks} checks: ${p.error}`,
  wrongUser: (p: { key: string; arn: string | undefined; user: string }) =>
    `The new key ${p.key} signs in as ${p.arn || 'nobody'}, not as ${p.user}.`,
  otherKey: (p: { key: string; status: string; created: string | undefined; used: string | undefined }) =>
    `${p.key} (${p.status}${p.created ? `, created ${p.created}` : ''}${p.used ? `, last used ${p.used}` : ', never used'})`,
  keyLimit: (p: { user: string; key: string; profile: string; others: readonly string[] }) =>
    `User ${p.user} already has 2 access keys, IAM's limit: ${p.key} (profile ${p.profile}) and ${p.others.join(', ')}; nothing was changed.`,
  keyLimitHint: (p: { other: string; user: string }) =>
    `if nothing uses ${p.other} any more, delete it (aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.other}), then rotate again`,
});
