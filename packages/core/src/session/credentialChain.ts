import { AwsMfaError } from '../errors.js';
import type { KeyStoreName } from '../keys/keyStore.js';
import { profileKeyStore } from '../keys/profileKeyStore.js';
import { mask } from '../mask.js';
import { awsFilesText } from '../messages/en/awsFiles.js';
import { chainText } from '../messages/en/chain.js';
import type { Profile } from '../profiles/profile.js';
import { profileKeys } from '../profiles/profileKeys.js';

/**
 * The keys a profile holds: the first link of every chain. Only their ID and where they are:
 * the secret is opened (openProfileKeys) when a request needs it, so a cached session never
 * touches a keyring or asks for a passphrase.
 */
export interface KeysLink {
  kind: 'keys';
  profile: Profile;
  /** The access key ID; for a key store, its `awsmfa_access_key_id` ('' when not recorded). */
  accessKeyId: string;
  store: KeyStoreName;
}

/** GetSessionToken with the long-term keys below it and a code of `mfaSerial`. */
export interface MfaSessionLink {
  kind: 'mfa-session';
  profile: Profile;
  mfaSerial: string;
  keys: KeysLink;
}

/** AssumeRole of the profile's `role_arn`, signed by what the link below it provides. */
export interface RoleLink {
  kind: 'role';
  profile: Profile;
  roleArn: string;
  source: SourceLink;
}

/** What a role can be assumed with: keys, an MFA session, or another role's session. */
export type SourceLink = KeysLink | MfaSessionLink | RoleLink;

/** The providers a session command's profile implies, from its keys up to the session handed out. */
export type CredentialChain = MfaSessionLink | RoleLink;

/** The profiles a role's `source_profile` is looked up in. */
export type ProfileLookup = { get(name: string): Profile | undefined };

/**
 * What getting a session for `profile` takes, as AWS CLI profiles say it. A user profile: its
 * long-term keys, then an MFA session for its `mfa_serial`. A role profile (`role_arn` +
 * `source_profile`, chains of any depth): AssumeRole signed by its source; when the role or any
 * source below it names an `mfa_serial`, the user at the bottom gets the MFA session and every
 * role above it rides on that one session (one code for all roles). Everything is checked before
 * any request: missing keys or serials, session credentials where long-term keys are needed, a
 * missing or circular `source_profile`, and `credential_source`, which awsmfa does not support.
 *
 * @example resolveCredentialChain(loadProfile('prod', { env }), readAwsProfiles({ env }).profiles)
 */
export function resolveCredentialChain(profile: Profile, profiles?: ProfileLookup): CredentialChain {
  if (profile.roleArn !== undefined || profile.credentialSource !== undefined) {
    return roleLink(profile, profiles, [profile.name], undefined);
  }
  const keys = keysLink(profile);
  if (!profile.mfaSerial) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', chainText.noMfaSerial({ profile: profile.name }), {
      hint: chainText.runEnrollHint({ profile: profile.name }),
    });
  }
  return mfaSessionLink(keys, profile.mfaSerial);
}

/** The keys at the bottom of a chain: whose key signs first, and which key a cached session was made with. */
export function chainKeys(link: SourceLink): KeysLink {
  if (link.kind === 'keys') return link;
  return link.kind === 'mfa-session' ? link.keys : chainKeys(link.source);
}

/** The MFA session a chain stands on, if any. */
export function chainMfaSession(link: SourceLink): MfaSessionLink | undefined {
  if (link.kind === 'keys') return undefined;
  return link.kind === 'mfa-session' ? link : chainMfaSession(link.source);
}

/** The same chain with its MFA session replaced by the keys under it: roles on a trusted network. */
export function withoutMfaSession<T extends SourceLink>(link: T): T | KeysLink {
  if (link.kind === 'mfa-session') return (link as MfaSessionLink).keys;
  if (link.kind === 'role') return { ...link, source: withoutMfaSession((link as RoleLink).source) };
  return link;
}

function roleLink(
  profile: Profile,
  profiles: ProfileLookup | undefined,
  path: readonly string[],
  mfaSerialAbove: string | undefined,
): RoleLink {
  if (profile.credentialSource !== undefined) {
    throw new AwsMfaError(
      'INVALID_INPUT',
      chainText.credentialSource({ profile: profile.name, source: profile.credentialSource }),
      { hint: chainText.credentialSourceHint({ profile: profile.name }) },
    );
  }
  const roleArn = profile.roleArn!;
  if (!/^arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn)) {
    throw new AwsMfaError('INVALID_INPUT', chainText.notARoleArn({ profile: profile.name, arn: roleArn }), {
      hint: chainText.notARoleArnHint(),
    });
  }
  const sourceName = profile.sourceProfile;
  if (sourceName === undefined) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', chainText.noSourceProfile({ profile: profile.name }), {
      hint: chainText.noSourceProfileHint({ profile: profile.name }),
    });
  }
  // The role's own mfa_serial wins over its sources', as in the AWS CLI.
  const mfaSerial = mfaSerialAbove ?? profile.mfaSerial;
  if (sourceName === profile.name) {
    // botocore: a role profile may name itself when it holds the keys that assume the role.
    return { kind: 'role', profile, roleArn, source: userLink(profile, mfaSerial) };
  }
  if (path.includes(sourceName)) {
    throw new AwsMfaError('INVALID_INPUT', chainText.circle({ path: [...path, sourceName] }), {
      hint: chainText.circleHint({ profile: path.at(-1) ?? profile.name }),
    });
  }
  const source = profiles?.get(sourceName);
  if (!source) {
    throw new AwsMfaError(
      'PROFILE_NOT_FOUND',
      chainText.sourceMissing({ profile: profile.name, source: sourceName }),
      { hint: chainText.sourceMissingHint({ source: sourceName }) },
    );
  }
  const next = [...path, sourceName];
  // botocore: a source profile's own keys win over its role_arn (only the top profile's role counts).
  const hasKeys = source.accessKeyId !== undefined || source.secretAccessKey !== undefined;
  const sourceLink =
    !hasKeys && (source.roleArn !== undefined || source.credentialSource !== undefined)
      ? roleLink(source, profiles, next, mfaSerial)
      : userLink(source, mfaSerial);
  return { kind: 'role', profile, roleArn, source: sourceLink };
}

/** The user at the bottom of a role chain: its keys, with an MFA session when a serial is wanted. */
function userLink(profile: Profile, mfaSerialAbove: string | undefined): SourceLink {
  const mfaSerial = mfaSerialAbove ?? profile.mfaSerial;
  if (!mfaSerial) return keysLink(profile, { allowSession: true });
  return mfaSessionLink(keysLink(profile), mfaSerial);
}

function mfaSessionLink(keys: KeysLink, mfaSerial: string): MfaSessionLink {
  if (/\s/.test(mfaSerial)) {
    // The AWS CLI reads an indented line after `mfa_serial = …` as more of its value.
    throw new AwsMfaError(
      'INVALID_INPUT',
      awsFilesText.mfaSerialSpansLines({ profile: keys.profile.name, value: JSON.stringify(mfaSerial) }),
      { hint: awsFilesText.mfaSerialSpansLinesHint() },
    );
  }
  return { kind: 'mfa-session', profile: keys.profile, mfaSerial, keys };
}

function keysLink(profile: Profile, options: { allowSession?: boolean } = {}): KeysLink {
  const store = profileKeyStore(profile);
  // A store holds long-term keys only (awsmfa import and keys move put nothing else there).
  if (store !== 'file') return { kind: 'keys', profile, accessKeyId: profile.storedAccessKeyId ?? '', store };
  const credentials = profileKeys(profile);
  if (!options.allowSession && (credentials.sessionToken || credentials.accessKeyId.startsWith('ASIA'))) {
    throw new AwsMfaError(
      'CREDENTIALS_INVALID',
      chainText.sessionCredentials({ profile: profile.name, key: mask(credentials.accessKeyId) }),
      { hint: chainText.sessionCredentialsHint({ profile: profile.name }) },
    );
  }
  return { kind: 'keys', profile, accessKeyId: credentials.accessKeyId, store };
}
