import { AwsMfaError } from '../errors.js';
import { editAwsFile } from '../profiles/editAwsFile.js';
import { editIniSection } from '../profiles/ini/editIni.js';
import { parseIni, sectionSettings } from '../profiles/ini/parseIni.js';
import { assertProfileName, isProfileSection } from '../profiles/profileSection.js';
import { type AccessKeyRow, type InvalidRow, parseAccessKeyCsv } from './parseAccessKeyCsv.js';

export interface ImportAccessKeysOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string;
  /** The CSV text (see readAccessKeyCsv) and its name for messages. */
  csv: { name: string; text: string };
  /** `--profile`: the profile name for a single-row CSV. */
  profile?: string;
  /** `--profile-prefix`: put in front of every profile name. */
  profilePrefix?: string;
  /** Replace the keys of a profile that has different ones. */
  force?: boolean;
  /** Import the valid rows and report the others instead of importing nothing. */
  skipInvalid?: boolean;
}

/** What happened to one imported profile. */
export interface ImportedProfile {
  row: number;
  profile: string;
  /** The access key ID (not a secret; the secret access key is never reported). */
  accessKeyId: string;
  /** `added`: new keys; `replaced`: other keys overwritten (--force); `unchanged`: same keys were there. */
  status: 'added' | 'replaced' | 'unchanged';
}

export interface ImportResult {
  /** The credentials file written (or that would have been). */
  file: string;
  imported: ImportedProfile[];
  skipped: InvalidRow[];
}

/**
 * Imports an IAM access-key CSV into the credentials file, as `[PROFILE]` with
 * `aws_access_key_id` and `aws_secret_access_key`: all or nothing (unless `skipInvalid`), one
 * locked atomic write, other bytes of the file untouched. A profile that already holds different
 * keys is a CONFLICT unless `force`; the same keys again are a no-op.
 *
 * @example await importAccessKeys({ env: process.env, csv: await readAccessKeyCsv('alice.csv') })
 */
export async function importAccessKeys(options: ImportAccessKeysOptions): Promise<ImportResult> {
  if (options.profile !== undefined) assertProfileName(options.profile);
  if (options.profilePrefix) assertProfileName(options.profilePrefix);
  const { rows, invalid } = parseAccessKeyCsv(options.csv.text, {
    source: options.csv.name,
    profile: options.profile,
    profilePrefix: options.profilePrefix,
  });
  if (invalid.length > 0 && !options.skipInvalid) {
    const listed = invalid.map(({ row, reason }) => `row ${row} ${reason}`).join('; ');
    throw new AwsMfaError('CSV_INVALID', `Nothing imported from ${options.csv.name}: ${listed}.`, {
      hint: 'fix those rows, or pass --skip-invalid to import the others',
    });
  }
  if (rows.length === 0) {
    throw new AwsMfaError('CSV_INVALID', `Nothing imported: no row of ${options.csv.name} is valid.`, {
      hint: invalid.map(({ row, reason }) => `row ${row} ${reason}`).join('; '),
    });
  }

  let imported: ImportedProfile[] = [];
  const { file } = await editAwsFile({
    env: options.env,
    home: options.home,
    file: 'credentials',
    // Runs under the lock, so the conflict check and the write see the same file.
    edit: (text) => {
      imported = rows.map((row) => ({ ...pick(row), status: statusOf(text, row) }));
      const conflicts = imported.filter((entry) => entry.status === 'replaced');
      if (conflicts.length > 0 && !options.force) throw conflictError(conflicts);
      let result = text;
      for (const row of rows) {
        if (statusOf(result, row) === 'unchanged') continue;
        result = editIniSection(
          result,
          row.profile,
          {
            set: { aws_access_key_id: row.accessKeyId, aws_secret_access_key: row.secretAccessKey },
            // A session token left beside new long-term keys would make every call fail.
            unset: ['aws_session_token'],
          },
          (name) => isProfileSection('credentials', name, row.profile),
        );
      }
      return result;
    },
  });
  return { file, imported, skipped: invalid };
}

function pick(row: AccessKeyRow) {
  return { row: row.row, profile: row.profile, accessKeyId: row.accessKeyId };
}

function statusOf(text: string, row: AccessKeyRow): ImportedProfile['status'] {
  const section = parseIni(text).sections.find((s) => isProfileSection('credentials', s.name, row.profile));
  if (!section) return 'added';
  const settings = sectionSettings(section);
  const { aws_access_key_id: id, aws_secret_access_key: secret, aws_session_token: token } = settings;
  if (id === row.accessKeyId && secret === row.secretAccessKey && !token) return 'unchanged';
  if (!id && !secret && !token) return 'added';
  return 'replaced';
}

function conflictError(conflicts: ImportedProfile[]): AwsMfaError {
  const names = conflicts.map((c) => c.profile);
  const subject =
    names.length === 1 ? `Profile ${names[0]} already has` : `Profiles ${names.join(', ')} already have`;
  return new AwsMfaError('CONFLICT', `${subject} other keys in the credentials file; nothing imported.`, {
    hint: 'pass --force to replace them, or --profile-prefix (or --profile) to import beside them',
  });
}
