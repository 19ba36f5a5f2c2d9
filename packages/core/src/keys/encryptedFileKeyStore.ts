// The `encrypted-file` store, for machines without a keyring (a server over SSH, a container):
// every profile's keys in one file, AES-256-GCM under a key derived from a passphrase with scrypt,
// both from node:crypto. The header (format, scrypt cost, salt) is authenticated as additional
// data, so a file altered anywhere fails to open rather than opening to something else.

import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import { profilesText } from '../messages/en/profiles.js';
import type { Message } from '../messages/message.js';
import { fileError } from '../profiles/fileError.js';
import { resolveHome } from '../profiles/resolveAwsFiles.js';
import { withFileLock } from '../profiles/withFileLock.js';
import { writeFileAtomic } from '../profiles/writeFileAtomic.js';
import type { KeyStore, LongTermKeys } from './keyStore.js';
import { decodeStoredKeys } from './storedKeys.js';

/** scrypt's cost: OWASP's minimum for password storage (N = 2^17, r = 8, p = 1), ~0.1–0.5 s. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

const defaultCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const format = 'awsmfa-encrypted-keys';

/** What asks for the passphrase: `create` when the file is new (so the answer is asked twice). */
export type PassphraseSource = (request: { path: string; create: boolean }) => Promise<string>;

export interface EncryptedFileKeyStoreOptions {
  /** The file; see encryptedKeyFile. */
  path: string;
  passphrase: PassphraseSource;
  /** The cost of a new file's key (an existing file says its own); tests pass a cheap one. */
  cost?: ScryptCost;
  /** For the crash tests: runs between writing the temporary file and renaming it over the old one. */
  beforeRename?: (() => Promise<void>) | undefined;
}

/** The encrypted key file: `~/.aws/awsmfa/keys.enc`, beside awsmfa's session cache. */
export function encryptedKeyFile(env: Readonly<Record<string, string | undefined>>): string {
  return join(resolveHome(env), '.aws', 'awsmfa', 'keys.enc');
}

interface Envelope {
  header: { format: string; version: 1; kdf: 'scrypt'; N: number; r: number; p: number; salt: string };
  iv: string;
  tag: string;
  ciphertext: string;
}

/**
 * The `encrypted-file` store. Reading a file that does not exist needs no passphrase; every write
 * decrypts the current file first, so a wrong passphrase is PASSPHRASE_WRONG and nothing is
 * written. Writes hold a lock on the file and replace it atomically (0600, directory 0700): a
 * writer killed at any point leaves the old file or the new one. The passphrase is asked once per
 * process.
 *
 * @example encryptedFileKeyStore({ path: encryptedKeyFile(env), passphrase: fromEnvOrTerminal })
 */
export function encryptedFileKeyStore(options: EncryptedFileKeyStoreOptions): KeyStore {
  const { path } = options;
  let passphrase: string | undefined;
  const derived = new Map<string, Buffer>();

  const keyFor = async (header: Envelope['header']) => {
    const cacheKey = `${header.salt}:${header.N}:${header.r}:${header.p}`;
    let key = derived.get(cacheKey);
    if (!key) {
      key = await deriveKey(passphrase!, header);
      derived.set(cacheKey, key);
    }
    return key;
  };
  /** The profiles of the file as it is now, asking for the passphrase if not known yet. */
  const open = async (): Promise<{ envelope: Envelope; profiles: Map<string, LongTermKeys> } | undefined> => {
    const envelope = await readEnvelope(path);
    if (!envelope) return undefined;
    const asked = passphrase === undefined;
    if (asked) passphrase = await askPassphrase(options.passphrase, path, false);
    try {
      return { envelope, profiles: decrypt(envelope, await keyFor(envelope.header), path) };
    } catch (error) {
      // A wrong answer is not remembered: the next question may be answered right.
      if (asked) {
        passphrase = undefined;
        derived.clear();
      }
      throw error;
    }
  };
  const change = async (apply: (profiles: Map<string, LongTermKeys>) => boolean): Promise<boolean> => {
    // Asked (and checked) before the lock: another awsmfa waiting for this file does not wait for a person.
    const before = await open();
    if (!before && passphrase === undefined) passphrase = await askPassphrase(options.passphrase, path, true);
    await prepareDirectory(dirname(path));
    return withFileLock(path, async () => {
      const current = await open();
      const profiles = current?.profiles ?? new Map<string, LongTermKeys>();
      if (!apply(profiles)) return false;
      const header = current?.envelope.header ?? newHeader(options.cost ?? defaultCost);
      const text = `${JSON.stringify(encrypt(profiles, header, await keyFor(header)))}\n`;
      try {
        await writeFileAtomic(path, text, { mode: 0o600, beforeRename: options.beforeRename });
      } catch (error) {
        throw fileError(profilesText.cannotWrite({ path }), error);
      }
      return true;
    });
  };

  return {
    name: 'encrypted-file',
    location: path,
    async read(profile) {
      return (await open())?.profiles.get(profile);
    },
    async write(profile, keys) {
      await change((profiles) => {
        profiles.set(profile, { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey });
        return true;
      });
    },
    async remove(profile) {
      if (!(await readEnvelope(path))) return false;
      return change((profiles) => profiles.delete(profile));
    },
  };
}

async function askPassphrase(source: PassphraseSource, path: string, create: boolean): Promise<string> {
  const passphrase = await source({ path, create });
  if (passphrase === '') {
    throw new AwsMfaError('INVALID_INPUT', keysText.emptyPassphrase({ path }), {
      hint: keysText.emptyPassphraseHint(),
    });
  }
  return passphrase;
}

function newHeader(cost: ScryptCost): Envelope['header'] {
  return { format, version: 1, kdf: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

function deriveKey(passphrase: string, header: Envelope['header']): Promise<Buffer> {
  const { N, r, p } = header;
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes (128 MiB at the default cost); Node's default allows 32 MiB.
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(header.salt, 'base64'),
      32,
      { N, r, p, maxmem: 256 * N * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function additionalData(header: Envelope['header']): Buffer {
  return Buffer.from(JSON.stringify(header), 'utf8');
}

function encrypt(profiles: Map<string, LongTermKeys>, header: Envelope['header'], key: Buffer): Envelope {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(header));
  const body = {
    profiles: Object.fromEntries(
      [...profiles].map(([name, keys]) => [
        name,
        { AccessKeyId: keys.accessKeyId, SecretAccessKey: keys.secretAccessKey },
      ]),
    ),
  };
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return {
    header,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

function decrypt(envelope: Envelope, key: Buffer, path: string): Map<string, LongTermKeys> {
  let text: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
    decipher.setAAD(additionalData(envelope.header));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    text = Buffer.concat([
      decipher.update(Buffer.from(envelope.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new AwsMfaError('PASSPHRASE_WRONG', keysText.wrongPassphrase({ path }), {
      hint: keysText.wrongPassphraseHint(),
    });
  }
  const body = JSON.parse(text) as { profiles?: Record<string, unknown> };
  const profiles = new Map<string, LongTermKeys>();
  for (const [name, stored] of Object.entries(body.profiles ?? {})) {
    profiles.set(name, decodeStoredKeys(stored, keysText.profileInFile({ profile: name, path })));
  }
  return profiles;
}

async function readEnvelope(path: string): Promise<Envelope | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError(profilesText.cannotRead({ path }), error);
  }
  let envelope: Envelope | undefined;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {}
  const problem = envelopeProblem(envelope);
  if (problem) {
    throw new AwsMfaError('FILE_ERROR', keysText.notKeyFile({ path, problem }), {
      hint: keysText.notKeyFileHint(),
    });
  }
  return envelope;
}

/** Why `value` is not an envelope awsmfa can open, bounding the scrypt cost a crafted file could ask for. */
function envelopeProblem(value: Envelope | undefined): Message | undefined {
  if (typeof value !== 'object' || value === null) return keysText.notJson();
  const { header } = value;
  if (header?.format !== format) return keysText.unknownFormat();
  if (header.version !== 1 || header.kdf !== 'scrypt')
    return keysText.unknownVersion({ version: String(header.version) });
  const { N, r, p } = header;
  const powerOfTwo = Number.isInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) {
    return keysText.costOutOfRange();
  }
  const bytes = (text: unknown) => (typeof text === 'string' ? Buffer.from(text, 'base64').length : -1);
  if (
    bytes(header.salt) < 16 ||
    bytes(value.iv) !== 12 ||
    bytes(value.tag) !== 16 ||
    bytes(value.ciphertext) < 0
  ) {
    return keysText.damaged();
  }
  return undefined;
}

/** Creates the directory 0700, or takes group and others off awsmfa's own directory. */
async function prepareDirectory(directory: string): Promise<void> {
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32' && ((await stat(directory)).mode & 0o077) !== 0)
      await chmod(directory, 0o700);
  } catch (error) {
    throw fileError(profilesText.cannotPrepareDirectory({ path: directory }), error);
  }
}
