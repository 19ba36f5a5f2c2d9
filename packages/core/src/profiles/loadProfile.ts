// The one reader of the AWS shared files. Synchronous and on node built-ins only: the cache-hit
// path of `awsmfa env` and `credential-process` runs it, and loading fs/promises alone costs
// ~5 ms of that path's ~15 ms budget.

import { readFileSync } from 'node:fs';
import { AwsMfaError } from '../errors.js';
import { profilesText } from '../messages/en/profiles.js';
import { fileError } from './fileError.js';
import { parseAwsFile } from './parseAwsFile.js';
import type { Profile } from './profile.js';
import { type AwsFileKind, profilesOfFile } from './profileSection.js';
import { resolveAwsFiles } from './resolveAwsFiles.js';

export interface LoadProfileOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string;
  /**
   * For an edit, which keeps every line it does not change: read a file the AWS CLI cannot parse
   * as far as it goes, and say why in `unreadable`, instead of refusing it.
   */
  tolerateUnreadable?: boolean;
}

/** Every profile of the config and credentials files, and where those files are. */
export interface AwsProfiles {
  /** By name, in the order they first appear (config first). */
  profiles: ReadonlyMap<string, Profile>;
  configFile: string;
  credentialsFile: string;
  /** Why the AWS CLI cannot read a file (only with `tolerateUnreadable`; else that is thrown). */
  unreadable: AwsMfaError[];
}

/**
 * Reads both AWS shared files: each profile is `[profile NAME]` (or `[default]`) of the config
 * file merged with `[NAME]` of the credentials file, credentials winning, as in the AWS CLI. A
 * missing file is empty; an unreadable one is FILE_ERROR, one the AWS CLI cannot parse
 * INVALID_INPUT naming the line (see parseAwsFile), unless `tolerateUnreadable`.
 *
 * @example readAwsProfiles({ env: process.env }).profiles.get('dev')?.mfaSerial
 */
export function readAwsProfiles(options: LoadProfileOptions): AwsProfiles {
  const { configFile, credentialsFile } = resolveAwsFiles(options.env, options.home);
  const merged = new Map<string, { settings: Record<string, string>; sources: AwsFileKind[] }>();
  const unreadable: AwsMfaError[] = [];
  const collect = (kind: AwsFileKind, file: string) => {
    const bytes = readAwsFileSync(file);
    if (bytes === undefined) return;
    const parsed = parseAwsFile(bytes, file);
    if (parsed.unreadable && !options.tolerateUnreadable) throw parsed.unreadable;
    if (parsed.unreadable) unreadable.push(parsed.unreadable);
    for (const [name, settings] of profilesOfFile(kind, parsed.doc)) {
      const entry = merged.get(name) ?? { settings: {}, sources: [] };
      Object.assign(entry.settings, settings);
      if (!entry.sources.includes(kind)) entry.sources.push(kind);
      merged.set(name, entry);
    }
  };
  collect('config', configFile);
  collect('credentials', credentialsFile);
  const profiles = new Map<string, Profile>();
  for (const [name, { settings, sources }] of merged) profiles.set(name, toProfile(name, settings, sources));
  return { profiles, configFile, credentialsFile, unreadable };
}

/**
 * One profile of what readAwsProfiles read; PROFILE_NOT_FOUND naming both files (and the known
 * profiles in the hint) when neither has it.
 */
export function findProfile(all: AwsProfiles, name: string): Profile {
  const profile = all.profiles.get(name);
  if (profile) return profile;
  const known = [...all.profiles.keys()];
  throw new AwsMfaError(
    'PROFILE_NOT_FOUND',
    profilesText.notFound({ profile: name, config: all.configFile, credentials: all.credentialsFile }),
    {
      hint:
        known.length > 0
          ? profilesText.notFoundKnownHint({ known, profile: name })
          : profilesText.notFoundHint({ profile: name }),
    },
  );
}

/**
 * Loads one profile (see readAwsProfiles); PROFILE_NOT_FOUND when neither file has it.
 *
 * @example const dev = loadProfile('dev', { env: process.env }); dev.mfaSerial
 */
export function loadProfile(name: string, options: LoadProfileOptions): Profile {
  return findProfile(readAwsProfiles(options), name);
}

/** Every profile of both files, in the order they first appear (config first). */
export function listProfiles(options: LoadProfileOptions): Profile[] {
  return [...readAwsProfiles(options).profiles.values()];
}

/** Splits `awsmfa_trusted_ips` (commas and/or whitespace) into CIDRs. */
export function parseTrustedCidrs(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((cidr) => cidr !== '');
}

function readAwsFileSync(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError(profilesText.cannotRead({ path }), error);
  }
}

function toProfile(name: string, settings: Record<string, string>, sources: AwsFileKind[]): Profile {
  // An empty value counts as missing, as botocore's `if not value` checks do.
  const get = (key: string) =>
    settings[key] === undefined || settings[key] === '' ? undefined : settings[key];
  const profile: Profile = {
    name,
    trustedCidrs: parseTrustedCidrs(get('awsmfa_trusted_ips')),
    settings,
    sources,
  };
  const fields = [
    ['accessKeyId', 'aws_access_key_id'],
    ['secretAccessKey', 'aws_secret_access_key'],
    ['sessionToken', 'aws_session_token'],
    ['region', 'region'],
    ['mfaSerial', 'mfa_serial'],
    ['mfaProcess', 'mfa_process'],
    ['sessionDuration', 'awsmfa_session_duration'],
    ['roleArn', 'role_arn'],
    ['sourceProfile', 'source_profile'],
    ['roleSessionName', 'role_session_name'],
    ['durationSeconds', 'duration_seconds'],
    ['externalId', 'external_id'],
    ['credentialSource', 'credential_source'],
    ['keyStore', 'awsmfa_key_store'],
    ['storedAccessKeyId', 'awsmfa_access_key_id'],
  ] as const;
  for (const [field, key] of fields) {
    const value = get(key);
    if (value !== undefined) profile[field] = value;
  }
  return profile;
}
