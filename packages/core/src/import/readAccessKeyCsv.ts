import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AwsMfaError } from '../errors.js';
import { importText } from '../messages/en/importCsv.js';
import { profilesText } from '../messages/en/profiles.js';
import { fileError } from '../profiles/fileError.js';

/** An access-key CSV is a few hundred bytes; anything past this is not one (or is /dev/zero). */
const maxCsvBytes = 1024 * 1024;

/** The text of an access-key CSV and the name to use for it in messages. */
export interface CsvSource {
  /** `-` for stdin, else the path as given (a `file://` prefix removed). */
  name: string;
  text: string;
}

/**
 * Reads the CSV named on the command line: a path, `file://path` (the habit from
 * `aws configure import --csv file://…`), or `-` for `stdin`. Unreadable paths and directories
 * are FILE_ERROR; empty, binary, non-UTF-8 or oversized input is CSV_INVALID.
 *
 * @example const { text } = await readAccessKeyCsv('file://./alice_accessKeys.csv')
 */
export async function readAccessKeyCsv(
  source: string,
  options: { stdin?: NodeJS.ReadableStream } = {},
): Promise<CsvSource> {
  if (source === '-') {
    if (!options.stdin) throw new AwsMfaError('INVALID_INPUT', importText.noStdin());
    return { name: 'stdin', text: decodeCsvBytes(await readLimited(options.stdin, 'stdin'), 'stdin') };
  }
  const path = source.startsWith('file://') ? source.slice('file://'.length) : source;
  if (path === '')
    throw new AwsMfaError('INVALID_INPUT', importText.noFile(), { hint: importText.noFileHint() });
  try {
    if ((await stat(path)).isDirectory()) {
      throw new AwsMfaError('FILE_ERROR', importText.isDirectory({ path }), {
        hint: importText.nameTheFileHint(),
      });
    }
    return { name: path, text: decodeCsvBytes(await readLimited(createReadStream(path), path), path) };
  } catch (error) {
    if (error instanceof AwsMfaError) throw error;
    throw fileError(profilesText.cannotRead({ path }), error);
  }
}

async function readLimited(stream: NodeJS.ReadableStream, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxCsvBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new AwsMfaError('CSV_INVALID', importText.tooLarge({ name }), {
        hint: importText.nameTheFileHint(),
      });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Turns the bytes of an access-key CSV into text: UTF-8 with an optional BOM. Empty input, NUL
 * bytes (a binary file) and invalid UTF-8 are CSV_INVALID naming `name`.
 */
export function decodeCsvBytes(bytes: Uint8Array, name: string): string {
  const hint = importText.nameTheCsvHint();
  if (bytes.includes(0)) throw new AwsMfaError('CSV_INVALID', importText.binary({ name }), { hint });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new AwsMfaError('CSV_INVALID', importText.notUtf8({ name }), {
      hint,
      cause: error,
    });
  }
  if (text.trim() === '') throw new AwsMfaError('CSV_INVALID', importText.empty({ file: name }), { hint });
  return text;
}
