import { isAwsMfaError } from '@awsmfa/core';
import { callerShell } from './callerShell.js';
import { exitCodes } from './exitCodes.js';
import { shellHint } from './suggestEnvCommand.js';
import { styles, type Terminal, useColor } from './terminal.js';

const reportUrl = 'https://github.com/awsmfa/awsmfa/issues/new';

/**
 * The one place errors reach the user. A known error is one line plus its hint; anything else is a
 * bug: its stack and a request to report it. `--debug` adds the stack and cause to known errors too.
 * Returns the exit code.
 */
export function renderError(error: unknown, terminal: Terminal, debug: boolean): number {
  const s = styles(useColor(terminal));
  const write = (line: string) => terminal.stderr.write(`${line}\n`);
  if (isAwsMfaError(error)) {
    write(`${s.red('awsmfa: error:')} ${error.message}`);
    if (error.hint) write(`${s.dim('hint:')} ${shellHint(error.hint, callerShell(terminal.env))}`);
    if (debug) {
      if (error.stack) write(s.dim(error.stack));
      if (error.cause)
        write(s.dim(`cause: ${error.cause instanceof Error ? error.cause.stack : String(error.cause)}`));
    }
    return exitCodes[error.code];
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(`${s.red('awsmfa: unexpected error:')} ${stack}`);
  write(`This is a bug in awsmfa. Please report it with the output of --debug: ${reportUrl}`);
  return exitCodes.INTERNAL;
}
