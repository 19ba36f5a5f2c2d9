// The fast path's profile reader: the profiles module's own parser over synchronous reads.
// loadProfile reads with fs/promises, whose loading costs ~5 ms of a ~15 ms budget here;
// fastProfile.test.ts checks that both agree on every field the fast path uses.
import { readFileSync } from 'node:fs';
import {
  parseIni,
  parseTrustedCidrs,
  profileNameOfSection,
  resolveAwsFiles,
  sectionSettings,
} from '@awsmfa/core';

type Env = Readonly<Record<string, string | undefined>>;

/** What the fast path needs of a profile; empty settings count as missing, as in loadProfile. */
export interface FastProfile {
  name: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  mfaSerial?: string;
  region?: string;
  trustedCidrs: string[];
}

/**
 * Reads one profile from the config and credentials files (credentials win, as in the AWS CLI);
 * undefined when neither file has it. Throws on unreadable files, which sends the caller to the
 * full CLI and its error messages.
 */
export function readFastProfile(name: string, env: Env): FastProfile | undefined {
  const { configFile, credentialsFile } = resolveAwsFiles(env);
  const settings: Record<string, string> = {};
  let found = false;
  for (const [kind, file] of [
    ['config', configFile],
    ['credentials', credentialsFile],
  ] as const) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const section of parseIni(text).sections) {
      if (profileNameOfSection(kind, section.name) !== name) continue;
      Object.assign(settings, sectionSettings(section));
      found = true;
    }
  }
  if (!found) return undefined;
  const get = (key: string) =>
    settings[key] === undefined || settings[key] === '' ? undefined : settings[key];
  const profile: FastProfile = { name, trustedCidrs: parseTrustedCidrs(get('awsmfa_trusted_ips')) };
  const fields = [
    ['accessKeyId', 'aws_access_key_id'],
    ['secretAccessKey', 'aws_secret_access_key'],
    ['sessionToken', 'aws_session_token'],
    ['mfaSerial', 'mfa_serial'],
    ['region', 'region'],
  ] as const;
  for (const [field, key] of fields) {
    const value = get(key);
    if (value !== undefined) profile[field] = value;
  }
  return profile;
}
