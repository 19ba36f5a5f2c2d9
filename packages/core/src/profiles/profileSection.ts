import { AwsMfaError } from '../errors.js';
import { profilesText } from '../messages/en/profiles.js';
import type { Message } from '../messages/message.js';
import { defaultSectionName, type IniDocument, iniModel } from './ini/parseIni.js';
import { shlexSplit } from './ini/pythonText.js';

/** The two AWS shared files: `config` holds `[profile NAME]`, `credentials` holds `[NAME]`. */
export type AwsFileKind = 'config' | 'credentials';

/**
 * The header a profile gets in each file: `profile dev` in config (but `default` stays bare),
 * `dev` in credentials.
 *
 * @example profileSectionHeader('config', 'dev') // 'profile dev'
 */
export function profileSectionHeader(kind: AwsFileKind, profile: string): string {
  return kind === 'config' && profile !== 'default' ? `profile ${profile}` : profile;
}

/**
 * The profile a section header names, as botocore reads it, or `undefined` for sections that are
 * not profiles (`[sso-session x]`, `[services x]`, a bare `[dev]` in config, which the AWS CLI
 * ignores). In config a header that starts with `profile` is split like a shell line and must
 * give two words: `[profile "a b"]` is `a b`, `[  profile x]` is not a profile at all.
 */
export function profileNameOfSection(kind: AwsFileKind, sectionName: string): string | undefined {
  if (kind === 'credentials') return sectionName === defaultSectionName ? undefined : sectionName;
  if (sectionName === 'default') return 'default';
  // botocore: `key.startswith("profile")`, then shlex.split must give exactly two words (so
  // `[profiles x]` is x too).
  if (!sectionName.startsWith('profile')) return undefined;
  const words = shlexSplit(sectionName);
  return words?.length === 2 ? words[1] : undefined;
}

/**
 * The profiles of one file and their settings, as botocore builds them: `[DEFAULT]`'s keys in
 * every profile that does not set them, and in config a later section naming the same profile
 * (`[default]` and `[profile default]`, `[profile a]` and `[profile "a"]`) replacing the earlier
 * one whole.
 */
export function profilesOfFile(kind: AwsFileKind, doc: IniDocument): Map<string, Record<string, string>> {
  const profiles = new Map<string, Record<string, string>>();
  for (const [sectionName, settings] of iniModel(doc)) {
    const name = profileNameOfSection(kind, sectionName);
    if (name === undefined) continue;
    // Like a Python dict, a Map keeps the first insertion's place and takes the last value.
    profiles.set(name, settings);
  }
  return profiles;
}

/** Whether a section header names `profile` in a file of this kind. */
export function isProfileSection(kind: AwsFileKind, sectionName: string, profile: string): boolean {
  return profileNameOfSection(kind, sectionName) === profile;
}

/**
 * Why `name` cannot be a profile name, or `undefined` when it can. A name must survive as an ini
 * header in both files: no brackets, quotes, backslashes, whitespace or control characters
 * (botocore splits `[profile NAME]` on whitespace, shlex-style).
 */
export function profileNameProblem(name: string): Message | undefined {
  if (name === '') return profilesText.nameEmpty();
  // `[DEFAULT]` is configparser's section whose keys every other section inherits.
  if (name === defaultSectionName) return profilesText.nameDefault();
  if (name.length > 128) return profilesText.nameTooLong();
  if (/[\u0000-\u001f\u007f]/.test(name)) return profilesText.nameControl();
  if (/\s/.test(name)) return profilesText.nameWhitespace();
  const bad = /[[\]"'\\]/.exec(name);
  if (bad) return profilesText.nameContains({ character: bad[0] });
  return undefined;
}

/** Throws INVALID_INPUT unless `name` can be a profile name (see profileNameProblem). */
export function assertProfileName(name: string): void {
  const problem = profileNameProblem(name);
  if (problem) {
    throw new AwsMfaError('INVALID_INPUT', profilesText.badName({ name: JSON.stringify(name), problem }), {
      hint: profilesText.badNameHint(),
    });
  }
}
