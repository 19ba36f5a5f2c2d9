import { closeSync, openSync } from 'node:fs';
import { isatty, ReadStream, WriteStream } from 'node:tty';

/** The controlling terminal, opened directly so prompts work while stdout and stderr are captured. */
export interface Tty {
  input: ReadStream;
  output: WriteStream;
  close(): void;
}

/**
 * The terminal's device files: `/dev/tty`, or on Windows the console's input and output buffers.
 * Not `CON`: Node opens a Windows path as `\\?\C:\…\CON`, where DOS device names do not exist
 * (nodejs/node#54180); `\\.\` device paths pass through unchanged.
 */
export function terminalDevices(platform: NodeJS.Platform = process.platform): {
  input: string;
  output: string;
} {
  return platform === 'win32'
    ? { input: '\\\\.\\CONIN$', output: '\\\\.\\CONOUT$' }
    : { input: '/dev/tty', output: '/dev/tty' };
}

/**
 * Opens the terminal for reading and writing, or returns undefined when the process has no
 * controlling terminal (CI, cron, a detached process). `eval "$(awsmfa env)"` captures stdout, and
 * the AWS CLI captures a credential_process's stderr (research aws-cli.md §10): the terminal itself
 * is the one place a prompt is always seen.
 */
export function openTty(devices = terminalDevices()): Tty | undefined {
  let readFd: number | undefined;
  let writeFd: number | undefined;
  try {
    readFd = openSync(devices.input, 'r');
    writeFd = openSync(devices.output, 'w');
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
