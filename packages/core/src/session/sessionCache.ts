// The session cache. This file is on the fast path of `awsmfa env` and `credential-process`
// (every `aws` call through credential_process pays for it), so it imports node built-ins only.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  type Stats,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { cacheText } from '../messages/en/cache.js';
import type { Message } from '../messages/message.js';
import { resolveHome } from '../profiles/resolveAwsFiles.js';
import type { StsSession } from './stsSession.js';
import { refuseCacheDirOutsideProfile } from './windowsCacheDir.js';
import { writeFileAtomicSync } from './writeFileAtomicSync.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Refresh a session this long before it expires. */
export const refreshWindowSeconds = 5 * 60;
/**
 * For `credential-process`: the AWS CLI calls the process again in the same command when the
 * expiration is less than 15 minutes away (research aws-cli.md §10), so hand out only sessions
 * with more than that left.
 */
export const credentialProcessRefreshWindowSeconds = 15 * 60;

const entrySuffix = '.json';
const maxEntryBytes = 64 * 1024;

/**
 * The cache folder: `AWSMFA_CACHE_DIR`, else `~/.aws/awsmfa/cache`. On Windows a folder outside
 * the user profile is refused (see refuseCacheDirOutsideProfile).
 */
export function sessionCacheDir(env: Env, platform: NodeJS.Platform = process.platform): string {
  const home = resolveHome(env, platform);
  const custom = env.AWSMFA_CACHE_DIR?.trim();
  if (!custom) return join(home, '.aws', 'awsmfa', 'cache');
  if (platform === 'win32') refuseCacheDirOutsideProfile(custom, home, env);
  return custom;
}

/**
 * The entry of one profile + MFA serial (+ role, for a role session): readable name, plus a hash
 * so distinct keys never share a file, whatever characters they hold.
 */
export function sessionCachePath(dir: string, profile: string, mfaSerial: string, roleArn?: string): string {
  const digest = nameHash(
    roleArn === undefined ? `${profile}\0${mfaSerial}` : `${profile}\0${mfaSerial}\0${roleArn}`,
  );
  const readable = profile.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);
  return join(dir, `session-${readable}-${digest}${entrySuffix}`);
}

/** Why a lookup did not return a session. */
export type CacheMissReason =
  | 'absent'
  | 'expired'
  | 'refresh-window'
  | 'key-rotated'
  | 'corrupt'
  | 'permissions'
  | 'unreadable';

export type CacheLookup =
  | { hit: true; session: StsSession; path: string }
  | { hit: false; reason: CacheMissReason; path: string; warning?: Message };

export interface CacheLookupInput {
  dir: string;
  profile: string;
  /** The MFA device behind the session; empty for a role assumed without MFA. */
  mfaSerial: string;
  /** The role, for a role session. */
  roleArn?: string | undefined;
  /** The current long-term key id at the bottom of the chain; an entry made with another key is stale. */
  sourceAccessKeyId?: string | undefined;
  nowMs: number;
  /** Treat a session expiring within this many seconds as missing. */
  refreshWindowSeconds: number;
}

/**
 * Looks up the cached session of a profile + serial. Anything doubtful is a miss: a file that is
 * not a regular file owned by this user with mode 0600 (or stricter), in a folder others cannot
 * read, a file that does not parse, an expired entry or one inside the refresh window. Doubtful
 * files also produce a `warning` for stderr.
 */
export function readSessionCache(input: CacheLookupInput): CacheLookup {
  const path = sessionCachePath(input.dir, input.profile, input.mfaSerial, input.roleArn);
  const miss = (reason: CacheMissReason, warning?: Message): CacheLookup =>
    warning === undefined ? { hit: false, reason, path } : { hit: false, reason, path, warning };

  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') return miss('absent');
    return miss('unreadable', cacheText.ignoringUnreadable({ path, error: errno(error) ?? 'unreadable' }));
  }
  const dirProblem = looseDirectory(input.dir);
  if (dirProblem) return miss('permissions', dirProblem);
  const fileProblem = looseFile(path, stat);
  if (fileProblem) return miss('permissions', fileProblem);

  let session: StsSession | undefined;
  try {
    session = parseEntry(readFileSync(path, 'utf8'));
  } catch (error) {
    return miss('unreadable', cacheText.ignoringUnreadable({ path, error: errno(error) ?? 'unreadable' }));
  }
  if (
    !session ||
    session.profile !== input.profile ||
    session.mfaSerial !== input.mfaSerial ||
    session.roleArn !== input.roleArn
  ) {
    return miss('corrupt', cacheText.ignoringCorrupt({ path }));
  }
  if (input.sourceAccessKeyId !== undefined && session.sourceAccessKeyId !== input.sourceAccessKeyId) {
    return miss('key-rotated');
  }
  const left = (Date.parse(session.expiration) - input.nowMs) / 1000;
  if (left <= 0) return miss('expired');
  if (left <= input.refreshWindowSeconds) return miss('refresh-window');
  return { hit: true, session, path };
}

/**
 * Writes a session atomically: a temporary file created 0600 in the same folder, flushed, then
 * renamed over the entry, so a reader (or a crash, even SIGKILL) sees the old entry or the new one,
 * never a torn one. Creates the folder 0700 and tightens a looser one. Returns the entry path.
 * `beforeRename` exists for the crash test.
 */
export function writeSessionCache(
  dir: string,
  session: StsSession,
  options: { beforeRename?: () => void } = {},
): string {
  ensureCacheDir(dir);
  const path = sessionCachePath(dir, session.profile, session.mfaSerial, session.roleArn);
  removeStaleTemporaries(dir);
  writeFileAtomicSync(path, `${JSON.stringify({ version: 1, ...session }, null, 2)}\n`, options.beforeRename);
  return path;
}

/**
 * Creates the cache folder with mode 0700, or tightens an existing one to 0700. Returns a warning
 * when it had to tighten it.
 */
export function ensureCacheDir(dir: string): Message | undefined {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return undefined;
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  chmodSync(dir, 0o700);
  return cacheText.tightened({ dir, mode: octal(mode) });
}

/** Every readable session entry in the cache folder (expired ones included), for status and logout. */
export function listSessionCache(dir: string): Array<{ path: string; session: StsSession }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: Array<{ path: string; session: StsSession }> = [];
  for (const name of names.sort()) {
    if (!name.startsWith('session-') || !name.endsWith(entrySuffix)) continue;
    const path = join(dir, name);
    try {
      const session = parseEntry(readFileSync(path, 'utf8'));
      if (session) entries.push({ path, session });
    } catch {}
  }
  return entries;
}

/**
 * Deletes cached sessions: those of `profile`, or all of them. Corrupt entries of the profile are
 * found by name. Returns the deleted paths.
 */
export function deleteSessionCache(dir: string, options: { profile?: string } = {}): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const prefix =
    options.profile === undefined
      ? 'session-'
      : `session-${options.profile.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64)}-`;
  const deleted: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(entrySuffix)) continue;
    const path = join(dir, name);
    if (options.profile !== undefined) {
      // Readable names can collide (`a/b` and `a_b`); only delete entries of exactly this profile.
      try {
        const session = parseEntry(readFileSync(path, 'utf8'));
        if (session && session.profile !== options.profile) continue;
      } catch {}
    }
    try {
      unlinkSync(path);
      deleted.push(path);
    } catch {}
  }
  return deleted;
}

function parseEntry(text: string): StsSession | undefined {
  if (text.length > maxEntryBytes) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (d.version !== 1) return undefined;
  const fields = [
    'profile',
    'sourceAccessKeyId',
    'accessKeyId',
    'secretAccessKey',
    'sessionToken',
    'expiration',
    'obtainedAt',
  ] as const;
  for (const field of fields) if (typeof d[field] !== 'string' || d[field] === '') return undefined;
  if (Number.isNaN(Date.parse(d.expiration as string))) return undefined;
  const role = d.roleArn;
  if (role !== undefined && (typeof role !== 'string' || role === '')) return undefined;
  // Only a role session may stand on no MFA device.
  if (typeof d.mfaSerial !== 'string' || (d.mfaSerial === '' && role === undefined)) return undefined;
  const session = {} as Record<string, string>;
  for (const field of fields) session[field] = d[field] as string;
  session.mfaSerial = d.mfaSerial;
  if (role !== undefined) session.roleArn = role;
  return session as unknown as StsSession;
}

function looseDirectory(dir: string): Message | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const stat = statSync(dir);
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
      return cacheText.folderOfAnotherUser({ dir });
    }
    if ((stat.mode & 0o077) !== 0) return cacheText.folderOpen({ dir, mode: octal(stat.mode & 0o777) });
  } catch {}
  return undefined;
}

function looseFile(path: string, stat: Stats): Message | undefined {
  if (!stat.isFile()) return cacheText.notAFile({ path });
  if (process.platform === 'win32') return undefined;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
    return cacheText.fileOfAnotherUser({ path });
  }
  if ((Number(stat.mode) & 0o077) !== 0) {
    return cacheText.fileOpen({ path, mode: octal(Number(stat.mode) & 0o777) });
  }
  return undefined;
}

function removeStaleTemporaries(dir: string): void {
  // Left by a process killed between write and rename; a minute is far longer than a write takes.
  try {
    const cutoff = Date.now() - 60_000;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('.tmp-')) continue;
      const path = join(dir, name);
      try {
        if (statSync(path).mtimeMs < cutoff) unlinkSync(path);
      } catch {}
    }
  } catch {}
}

/**
 * A 64-bit FNV-1a hash in hex, for file names only (entries are checked against their profile and
 * serial when read). Not node:crypto: loading it costs ~7 ms, a fifth of this path's budget.
 */
function nameHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function errno(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}
