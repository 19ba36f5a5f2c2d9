import { defineMessages } from '../defineMessages.js';

/** `awsmfa keys list|move|remove|rotate`: their help and what they say. */
export const keysCliText = defineMessages('keysCli', {
  describe:
    'Your long-term keys: where they live (list, move into the OS keyring or an encrypted file, remove), and rotate them',
  nameASubcommand: 'Name a subcommand: list, move, remove or rotate.',
  exampleList: 'Where each profile keeps its keys',
  exampleMove: 'Out of ~/.aws/credentials, into the OS keyring',
  exampleEncrypted: 'A server without a keyring',
  exampleRotate: 'A new access key in place of the old one',
  epilogue:
    'Keys in a store are opened only when a request needs them: a cached session never touches the store. ' +
    'The AWS CLI cannot read a store: use awsmfa setup-credential-process --profile NAME for aws --profile. ' +
    'See README "Where your keys live".',
  listDescribe: "Show where each profile's long-term keys live (file, keyring, encrypted-file)",
  listJson: 'Print the list as JSON on stdout',
  listExample: 'One line per profile: store and access key ID',
  listEpilogue:
    'Reads ~/.aws/config and ~/.aws/credentials only: no keyring is unlocked and no passphrase asked.',
  noProfiles: 'No profiles yet: import keys with awsmfa import <file.csv> --store keyring',
  headingProfile: 'PROFILE',
  headingKeysIn: 'KEYS IN',
  headingAccessKeyId: 'ACCESS KEY ID',
  plaintextCopy: (p: { profile: string; store: string }) =>
    `Profile ${p.profile} keeps its keys in the ${p.store}, but ~/.aws/credentials still has plaintext keys for it: awsmfa keys move --profile ${p.profile} --to ${p.store} removes them.`,
  plaintextAdvice:
    'Keys in file are plaintext: awsmfa keys move --profile NAME --to keyring (or encrypted-file).',
  invalidStore: '(invalid awsmfa_key_store)',
  fileSession: 'file (session credentials)',
  filePlaintext: 'file (plaintext)',
  storeWithCopy: (p: { store: string }) => `${p.store} (+ plaintext copy)`,
  roleKeysOf: (p: { source: string }) => `(role: keys of ${p.source})`,
  none: '(none)',
  moveDescribe: "Move a profile's long-term keys to another store (keyring, encrypted-file, file)",
  moveTo:
    'The store: keyring (the OS keyring), encrypted-file (~/.aws/awsmfa/keys.enc), file (~/.aws/credentials)',
  moveExampleKeyring: 'Out of plaintext, into the OS keyring',
  moveExampleEncrypted: 'A server without a keyring; the passphrase from the environment',
  moveExampleFile: 'Back into ~/.aws/credentials (plaintext)',
  moveEpilogue:
    'The keys are written to the new store and read back before anything else changes; then ~/.aws/config ' +
    'points the profile at the store (awsmfa_key_store, awsmfa_access_key_id); only then are the old copy ' +
    '(from ~/.aws/credentials: the two key lines, every other byte kept) removed. The AWS CLI cannot read a store: use awsmfa setup-credential-process.',
  moved: (p: { profile: string; key: string; from: string; to: string }) =>
    `Moved the keys of profile ${p.profile} (${p.key}) from ${p.from} to ${p.to}.`,
  cleaned: (p: { profile: string; to: string; file: string }) =>
    `Profile ${p.profile} already keeps its keys in ${p.to}; removed the plaintext copy from ${p.file}.`,
  alreadyThere: (p: { profile: string; to: string }) =>
    `Profile ${p.profile} already keeps its keys in ${p.to}; nothing to move.`,
  cliCannotRead: (p: { store: string; profile: string }) =>
    `The AWS CLI cannot read the ${p.store}: for aws --profile, run awsmfa setup-credential-process --profile ${p.profile}`,
  removeDescribe: "Delete a profile's long-term keys from its store (the IAM key itself stays)",
  removeStore: "The store to remove them from [default: the profile's own]",
  removeYes: 'Do not ask for confirmation (scripts)',
  removeExample: 'Forget the keys of dev (asks first)',
  removeExampleFile: 'Drop a leftover plaintext copy',
  removeEpilogue:
    'Only this machine forgets the keys: the access key still exists in IAM (delete it there, or use ' +
    'awsmfa keys rotate). Cached sessions stay until they expire: awsmfa logout --profile NAME.',
  removeQuestion: (p: { profile: string; location: string }) =>
    `Delete the keys of profile ${p.profile} from ${p.location}? They cannot be read back.`,
  noTerminalToConfirm: 'Nothing removed: there is no terminal to confirm on, and no --yes.',
  rerunWithYesHint: (p: { profile: string }) =>
    `rerun with --yes: awsmfa keys remove --profile ${p.profile} --yes`,
  nothingRemoved: 'Nothing removed.',
  removed: (p: { profile: string; location: string }) =>
    `Removed the keys of profile ${p.profile} from ${p.location}.`,
  rotateDescribe:
    "Replace a profile's access key with a new one (create, store, check, deactivate and delete the old)",
  rotateCode:
    'The 6-digit MFA code, if no cached MFA session is valid [env: AWSMFA_CODE; else mfa_process; else asked]',
  rotateJson: 'Print the result as JSON on stdout',
  rotateExample: 'New key for dev, wherever dev keeps it; the old key deleted',
  rotateEpilogue:
    "Needs an MFA session (the cached one, or a code): awsmfa's policy lets users change their own keys only " +
    'with MFA, even from a trusted IP. IAM allows two keys per user: with two already, nothing is changed and ' +
    'the error names the one to delete. A failure before the new key is checked undoes everything; a failure ' +
    'after it leaves the profile on the new, working key and says what is left (exit 57).',
  roleHasNoKey: (p: { profile: string }) =>
    `Profile ${p.profile} is a role profile: it has no key of its own.`,
  rotateSourceHint: (p: { source: string }) =>
    `rotate the key of its source: awsmfa keys rotate --profile ${p.source}`,
  rotateHolderHint: "rotate the profile that holds the IAM user's key",
  nothingToRotate: (p: { profile: string }) =>
    `Profile ${p.profile} holds session credentials, not an IAM user's access key; there is nothing to rotate.`,
  nothingToRotateHint: 'rotate the profile that holds the long-term key (AKIA…)',
  rotated: (p: { profile: string; user: string; old: string; key: string; location: string }) =>
    `Rotated the access key of profile ${p.profile} (${p.user}): ${p.old} is deleted, ${p.key} is in ${p.location} and works.`,
});
