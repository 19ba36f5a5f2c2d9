import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isAwsMfaError } from '../errors.js';
import { profilesText } from '../messages/en/profiles.js';
import { fileError } from './fileError.js';
import { decodeIniBytes, encodeIniText } from './ini/iniBytes.js';
import type { AwsFileKind } from './profileSection.js';
import { resolveAwsFiles } from './resolveAwsFiles.js';
import { withFileLock } from './withFileLock.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export interface EditAwsFileOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string;
  file: AwsFileKind;
  /**
   * Turns the current text ('' when the file does not exist) into the new one. Runs under the
   * lock; throwing aborts the edit and writes nothing. Bytes that are not UTF-8 reach it as
   * U+DC80–U+DCFF (decodeIniBytes) and are written back as the same bytes.
   */
  edit: (text: string, exists: boolean) => string;
}

/**
 * Edits an AWS shared file under a cross-process lock and writes it atomically when the text
 * changed; every byte the edit does not change stays, whatever its encoding. An existing file
 * keeps its mode (and owner); a new one is created 0600, in a directory created 0700. A symlinked
 * file is edited where it points.
 *
 * @example await editAwsFile({ env: process.env, file: 'credentials', edit: (t) => t + '# hi\n' })
 */
export async function editAwsFile(options: EditAwsFileOptions): Promise<{ changed: boolean; file: string }> {
  const files = resolveAwsFiles(options.env, options.home);
  const file = options.file === 'config' ? files.configFile : files.credentialsFile;
  const target = await realpath(file).catch(() => file);
  try {
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw fileError(profilesText.cannotCreateDirectoryOf({ path: file }), error);
  }
  return withFileLock(target, async () => {
    const bytes = await readBytes(target);
    const before = bytes === undefined ? undefined : decodeIniBytes(bytes);
    const after = options.edit(before ?? '', before !== undefined);
    if (after === (before ?? '')) return { changed: false, file };
    let mode = 0o600;
    let owner: { uid: number; gid: number } | undefined;
    if (before !== undefined) {
      const info = await stat(target);
      mode = info.mode & 0o7777;
      owner = { uid: info.uid, gid: info.gid };
    }
    try {
      await writeFileAtomic(target, encodeIniText(after), {
        mode,
        owner,
        beforeRename: testPause(options.env.AWSMFA_TEST_EDIT_PAUSE_MS),
      });
    } catch (error) {
      if (isAwsMfaError(error)) throw error;
      throw fileError(profilesText.cannotWrite({ path: file }), error);
    }
    return { changed: true, file };
  });
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileError(profilesText.cannotRead({ path }), error);
  }
}

/** For the crash tests only: holds the writer between its temporary file and the rename. */
function testPause(ms: string | undefined): (() => Promise<void>) | undefined {
  const pause = Number(ms);
  if (!(pause > 0)) return undefined;
  return () => new Promise((resolve) => setTimeout(resolve, pause));
}
