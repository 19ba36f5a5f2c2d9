import { AwsMfaError, isAwsMfaError } from '../errors.js';
import type { KeyStore, KeyStoreName, KeyStores, LongTermKeys } from '../keys/keyStore.js';
import { placeProfileKeys } from '../keys/placeProfileKeys.js';
import { profileKeyStore } from '../keys/profileKeyStore.js';
import { importText } from '../messages/en/importCsv.js';
import { editAwsFile } from '../profiles/editAwsFile.js';
import { editIniSection } from '../profiles/ini/editIni.js';
import { parseIni, sectionSettings } from '../profiles/ini/parseIni.js';
import { readAwsProfiles } from '../profiles/loadProfile.js';
import type { Profile } from '../profiles/profile.js';
import { assertProfileName, isProfileSection } from '../profiles/profileSection.js';
import { resolveAwsFiles } from '../profiles/resolveAwsFiles.js';
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
  /**
   * `--store`: where the keys go. Default: where each profile keeps its keys already
   * (`awsmfa_key_store`), else the credentials file.
   */
  store?: KeyStoreName | undefined;
  /** The key stores; needed when a key goes anywhere but the credentials file. */
  stores?: KeyStores | undefined;
}

/** What happened to one imported profile. */
export interface ImportedProfile {
  row: number;
  profile: string;
  /** The access key ID (not a secret; the secret access key is never reported). */
  accessKeyId: string;
  /** `added`: new keys; `replaced`: other keys overwritten (--force); `unchanged`: same keys were there. */
  status: 'added' | 'replaced' | 'unchanged';
  /** Where the keys are now. */
  store: KeyStoreName;
}

export interface ImportResult {
  /** The credentials file (written, or that would have been, for keys kept there). */
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
  const listed = () => invalid.map(({ row, reasonText }) => importText.row({ row, reason: reasonText }));
  if (invalid.length > 0 && !options.skipInvalid) {
    throw new AwsMfaError(
      'CSV_INVALID',
      importText.nothingImported({ file: options.csv.name, rows: listed() }),
      {
        hint: importText.nothingImportedHint(),
      },
    );
  }
  if (rows.length === 0) {
    throw new AwsMfaError('CSV_INVALID', importText.noValidRow({ file: options.csv.name }), {
      hint: importText.rows({ rows: listed() }),
    });
  }

  const { env, home } = options;
  const file = resolveAwsFiles(env, home).credentialsFile;
  // Only the profiles' key stores are read here; the edit keeps the lines it does not change, so a
  // file the AWS CLI cannot parse (a Latin-1 comment) does not stop it.
  const configured = readAwsProfiles({ env, home, tolerateUnreadable: true }).profiles;
  const storeOf = (name: string): KeyStoreName => {
    const profile = configured.get(name);
    return profile ? profileKeyStore(profile) : 'file';
  };
  // Every store is read before anything is written: a conflict anywhere imports nothing.
  const plans: KeyPlan[] = [];
  for (const row of rows) {
    plans.push(
      await planRow(row, options.store ?? storeOf(row.profile), configured.get(row.profile), options),
    );
  }
  const fileRows = plans.filter((plan) => plan.to === 'file').map((plan) => plan.row);
  // Where each row's profile holds other keys, so the conflict error can say where to look.
  const otherKeysIn = new Map(plans.map((plan) => [plan.row.row, new Set(plan.otherKeysIn)]));
  const checkConflicts = (entries: readonly ImportedProfile[]) => {
    const conflicts = entries.filter((entry) => entry.status === 'replaced');
    if (conflicts.length > 0 && !options.force) {
      throw conflictError(
        conflicts,
        conflicts.flatMap((c) => [...(otherKeysIn.get(c.row) ?? [])]),
      );
    }
  };
  const entries = new Map(plans.map((plan) => [plan.row.row, plan.entry]));
  if (fileRows.length === 0) checkConflicts([...entries.values()]);
  else {
    await editAwsFile({
      env,
      home,
      file: 'credentials',
      // Runs under the lock, so the conflict check and the write see the same file.
      edit: (text) => {
        for (const row of fileRows) {
          const entry = entries.get(row.row)!;
          // A key store's other keys already made it `replaced`.
          if (entry.status !== 'replaced') entries.set(row.row, { ...entry, status: statusOf(text, row) });
          if (entries.get(row.row)!.status === 'replaced') otherKeysIn.get(row.row)!.add('file');
        }
        checkConflicts([...entries.values()]);
        let result = text;
        for (const row of fileRows) {
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
  }
  for (const plan of plans) {
    const { row, to, removeFrom } = plan;
    // Keys for the credentials file are written above; what is left is leaving another store.
    if (to === 'file' ? removeFrom.length === 0 : !plan.needsPlacing) continue;
    await placeProfileKeys({
      env,
      home,
      profile: row.profile,
      keys: row,
      to,
      stores: requireStores(options),
      removeFrom,
    });
  }
  return { file, imported: rows.map((row) => entries.get(row.row)!), skipped: invalid };
}

/** Where one row's keys go, what is there now, and which stores its profile leaves. */
interface KeyPlan {
  row: AccessKeyRow;
  to: KeyStoreName;
  entry: ImportedProfile;
  /** Stores other than `to` that hold this profile's keys now, emptied after the import. */
  removeFrom: KeyStoreName[];
  /** Whether `to` (a key store) must be written or the profile pointed at it. */
  needsPlacing: boolean;
  /** The stores holding other keys for this profile (for a credentials-file target, decided under its lock). */
  otherKeysIn: KeyStoreName[];
}

/**
 * Reads what the row's profile holds now: in `to`, in the store it uses (`used`) and, for a key
 * store, plaintext in the credentials file, which must go: imported keys never stay on disk in
 * plaintext. For the credentials file the status is decided again under its lock.
 */
async function planRow(
  row: AccessKeyRow,
  to: KeyStoreName,
  profile: Profile | undefined,
  options: ImportAccessKeysOptions,
): Promise<KeyPlan> {
  const used = profile ? profileKeyStore(profile) : 'file';
  const places = [...new Set<KeyStoreName>([to, used, 'file'])];
  let status: ImportedProfile['status'] = 'added';
  let inTarget = false;
  const removeFrom: KeyStoreName[] = [];
  const otherKeysIn: KeyStoreName[] = [];
  for (const place of places) {
    // The credentials file is read under its lock when it is the target (see importAccessKeys).
    if (place === 'file' && to === 'file') continue;
    const held = await readHeld(requireStores(options)(place), row.profile);
    if (!held) continue;
    if (place === to) inTarget = sameKeys(held, row);
    else removeFrom.push(place);
    if (!sameKeys(held, row)) {
      status = 'replaced';
      otherKeysIn.push(place);
    }
  }
  if (status === 'added' && inTarget) status = 'unchanged';
  const entry: ImportedProfile = { ...pick(row), status, store: to };
  const recorded = to === 'file' || profile?.storedAccessKeyId === row.accessKeyId;
  return {
    row,
    to,
    entry,
    removeFrom,
    needsPlacing: !inTarget || used !== to || !recorded || removeFrom.length > 0,
    otherKeysIn,
  };
}

/** What a store holds for a profile; session credentials in the credentials file count as other keys. */
async function readHeld(store: KeyStore, profile: string): Promise<LongTermKeys | undefined> {
  try {
    return await store.read(profile);
  } catch (error) {
    if (store.name === 'file' && isAwsMfaError(error) && error.code === 'CREDENTIALS_INVALID') {
      return { accessKeyId: '', secretAccessKey: '' };
    }
    throw error;
  }
}

function requireStores(options: ImportAccessKeysOptions): KeyStores {
  if (!options.stores) throw new Error('importAccessKeys: keys bound for a key store need options.stores');
  return options.stores;
}

function sameKeys(a: LongTermKeys, b: LongTermKeys): boolean {
  return a.accessKeyId === b.accessKeyId && a.secretAccessKey === b.secretAccessKey;
}

function pick(row: AccessKeyRow) {
  return { row: row.row, profile: row.profile, accessKeyId: row.accessKeyId };
}

function statusOf(text: string, row: AccessKeyRow): ImportedProfile['status'] {
  // The last header of the profile is the one the AWS CLI reads and the one an edit changes.
  const section = parseIni(text).sections.findLast((s) =>
    isProfileSection('credentials', s.name, row.profile),
  );
  if (!section) return 'added';
  const settings = sectionSettings(section);
  const { aws_access_key_id: id, aws_secret_access_key: secret, aws_session_token: token } = settings;
  if (id === row.accessKeyId && secret === row.secretAccessKey && !token) return 'unchanged';
  if (!id && !secret && !token) return 'added';
  return 'replaced';
}

function conflictError(conflicts: ImportedProfile[], places: readonly KeyStoreName[]): AwsMfaError {
  const profiles = conflicts.map((c) => c.profile);
  const label = {
    file: importText.credentialsFile,
    keyring: importText.osKeyring,
    'encrypted-file': importText.encryptedFile,
  };
  const where = [...new Set(places.length > 0 ? places : (['file'] as const))].map((place) => label[place]());
  return new AwsMfaError('CONFLICT', importText.conflict({ profiles, places: where }), {
    hint: importText.conflictHint(),
  });
}
