import { AwsMfaError } from '../errors.js';
import { parseIni, sectionSettings } from './ini/parseIni.js';
import type { Profile } from './profile.js';
import { type AwsFileKind, profileNameOfSection } from './profileSection.js';
import { readAwsFile } from './readAwsFile.js';
import { resolveAwsFiles } from './resolveAwsFiles.js';

export interface LoadProfileOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string;
}

/**
 * Loads one profile: `[profile NAME]` (or `[default]`) of the config file merged with `[NAME]` of
 * the credentials file, credentials winning, as in the AWS CLI. Throws PROFILE_NOT_FOUND when
 * neither file has it.
 *
 * @example const dev = await loadProfile('dev', { env: process.env }); dev.mfaSerial
 */
export async function loadProfile(name: string, options: LoadProfileOptions): Promise<Profile> {
  const { profiles, configFile, credentialsFile } = await readProfiles(options);
  const profile = profiles.get(name);
  if (profile) return profile;
  const known = [...profiles.keys()];
  throw new AwsMfaError(
    'PROFILE_NOT_FOUND',
    `Profile ${name} is in neither ${configFile} nor ${credentialsFile}.`,
    {
      hint:
        known.length > 0
          ? `known profiles: ${known.join(', ')}; import keys with awsmfa import <file.csv> --profile ${name}`
          : `import access keys with awsmfa import <file.csv> --profile ${name}`,
    },
  );
}

/** Every profile of both files, in the order they first appear (config first). */
export async function listProfiles(options: LoadProfileOptions): Promise<Profile[]> {
  return [...(await readProfiles(options)).profiles.values()];
}

async function readProfiles(options: LoadProfileOptions) {
  const { configFile, credentialsFile } = resolveAwsFiles(options.env, options.home);
  const [configText, credentialsText] = await Promise.all([
    readAwsFile(configFile),
    readAwsFile(credentialsFile),
  ]);
  const merged = new Map<string, { settings: Record<string, string>; sources: AwsFileKind[] }>();
  const collect = (kind: AwsFileKind, text: string | undefined) => {
    if (text === undefined) return;
    for (const section of parseIni(text).sections) {
      const name = profileNameOfSection(kind, section.name);
      if (name === undefined) continue;
      const entry = merged.get(name) ?? { settings: {}, sources: [] };
      Object.assign(entry.settings, sectionSettings(section));
      if (!entry.sources.includes(kind)) entry.sources.push(kind);
      merged.set(name, entry);
    }
  };
  collect('config', configText);
  collect('credentials', credentialsText);
  const profiles = new Map<string, Profile>();
  for (const [name, { settings, sources }] of merged) profiles.set(name, toProfile(name, settings, sources));
  return { profiles, configFile, credentialsFile };
}

function toProfile(name: string, settings: Record<string, string>, sources: AwsFileKind[]): Profile {
  const get = (key: string) =>
    settings[key] === undefined || settings[key] === '' ? undefined : settings[key];
  return {
    name,
    accessKeyId: get('aws_access_key_id'),
    secretAccessKey: get('aws_secret_access_key'),
    sessionToken: get('aws_session_token'),
    region: get('region'),
    mfaSerial: get('mfa_serial'),
    mfaProcess: get('mfa_process'),
    trustedCidrs: parseTrustedCidrs(get('awsmfa_trusted_ips')),
    sessionDuration: get('awsmfa_session_duration'),
    settings,
    sources,
  };
}

/** Splits `awsmfa_trusted_ips` (commas and/or whitespace) into CIDRs. */
export function parseTrustedCidrs(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((cidr) => cidr !== '');
}
