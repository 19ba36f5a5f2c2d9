import { closeSync, openSync } from 'node:fs';
import { isatty, ReadStream, WriteStream } from 'node:tty';

/** The controlling terminal, opened directly so prompts work while stdout and stderr are captured. */
export interface Tty {
  input: ReadStream;
  output: WriteStream;
  close(): void;
}

/**
 * Opens `/dev/tty` for reading and writing, or returns undefined when the process has no
 * controlling terminal (CI, cron, a detached process). `eval "$(awsmfa env)"` captures stdout, and
 * the AWS CLI captures a credential_process's stderr (research aws-cli.md §10): the terminal itself
 * is the one place a prompt is always seen.
 */
export function openTty(path = process.platform === 'win32' ? 'CON' : '/dev/tty'): Tty | undefined {
  let readFd: number | undefined;
  let writeFd: number | undefined;
  try {
    readFd = openSync(path, 'r');
    writeFd = openSync(path, 'w');
    if (!isatty(readFd)) throw new Error('not a terminal');
  } catch {
    for (const fd of [readFd, writeFd]) {
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {}
      }
    }
    return undefined;
  }
  const input = new ReadStream(readFd);
  const output = new WriteStream(writeFd);
  return {
    input,
    output,
    close() {
      if (input.isRaw) input.setRawMode(false);
      input.destroy();
      output.destroy();
    },
  };
}
