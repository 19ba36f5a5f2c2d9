import { AwsMfaError } from '../errors.js';
import { profileEditsText } from '../messages/en/profileEdits.js';
import { editAwsFile } from './editAwsFile.js';
import { editIniSection } from './ini/editIni.js';
import {
  type AwsFileKind,
  assertProfileName,
  isProfileSection,
  profileSectionHeader,
} from './profileSection.js';

export interface UpdateProfileOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string;
  /** `config` edits `[profile NAME]` (`[default]`), `credentials` edits `[NAME]`. */
  file: AwsFileKind;
  profile: string;
  /** Keys to set, e.g. `{ mfa_serial: 'arn:aws:iam::123456789012:mfa/alice' }`. */
  set?: Readonly<Record<string, string>>;
  /** Keys to remove. */
  unset?: readonly string[];
  /** Remove the profile's whole section from this file. */
  removeSection?: boolean;
}

/**
 * Sets and removes keys of one profile in the config or credentials file, changing only those
 * lines (a missing section is appended). Atomic, locked against other awsmfa processes, keeps the
 * file's mode; a new file is 0600 in a 0700 directory. `changed` is false when nothing differed,
 * and then nothing was written.
 *
 * @example await updateProfile({ env: process.env, file: 'config', profile: 'dev', set: { mfa_serial: arn } })
 */
export async function updateProfile(
  options: UpdateProfileOptions,
): Promise<{ changed: boolean; file: string }> {
  const edit = profileEdit(options);
  return editAwsFile({ env: options.env, home: options.home, file: options.file, edit });
}

/**
 * The pure text edit behind updateProfile, for callers that combine several edits under one lock
 * (editAwsFile). Validates names, keys and values first.
 */
export function profileEdit(options: Omit<UpdateProfileOptions, 'env' | 'home'>): (text: string) => string {
  const { file, profile, set = {}, unset = [], removeSection = false } = options;
  assertProfileName(profile);
  for (const key of [...Object.keys(set), ...unset]) assertKey(key);
  for (const [key, value] of Object.entries(set)) assertValue(key, value);
  const header = profileSectionHeader(file, profile);
  return (text) =>
    editIniSection(text, header, { set, unset, removeSection }, (name) =>
      isProfileSection(file, name, profile),
    );
}

function assertKey(key: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key)) {
    throw new AwsMfaError('INVALID_INPUT', profileEditsText.badSettingName({ name: JSON.stringify(key) }), {
      hint: profileEditsText.badSettingNameHint(),
    });
  }
}

function assertValue(key: string, value: string): void {
  // A newline would start a new line in the file: another key, or another section.
  if (/[\r\n\u0000]/.test(value)) {
    throw new AwsMfaError('INVALID_INPUT', profileEditsText.lineBreak({ key }), {
      hint: profileEditsText.lineBreakHint(),
    });
  }
  // A lone surrogate is not text: it would be written as a byte that is not UTF-8 (see iniBytes).
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) {
    throw new AwsMfaError('INVALID_INPUT', profileEditsText.notUnicode({ key }), {
      hint: profileEditsText.notUnicodeHint(),
    });
  }
  if (value.trim() !== value) {
    throw new AwsMfaError('INVALID_INPUT', profileEditsText.spacesAround({ key }), {
      hint: profileEditsText.spacesAroundHint(),
    });
  }
}
