import { cliText, isAwsMfaError, verbatim } from '@awsmfa/core';
import { callerShell } from './callerShell.js';
import { exitCodes } from './exitCodes.js';
import { shellHint } from './suggestEnvCommand.js';
import { styles, type Terminal, useColor } from './terminal.js';
import { userText } from './userLanguage.js';

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
    // An AwsMfaError-shaped value from elsewhere (a test fake, another copy of core) has no texts.
    const text = error.text ?? verbatim(error.message);
    const hintText = error.hintText ?? (error.hint ? verbatim(error.hint) : undefined);
    write(`${s.red(userText(cliText.errorLabel()))} ${userText(text)}`);
    if (hintText) {
      const hint = shellHint(userText(hintText), callerShell(terminal.env));
      write(`${s.dim(userText(cliText.hintLabel()))} ${hint}`);
    }
    if (debug) {
      if (error.stack) write(s.dim(error.stack));
      if (error.cause)
        write(
          s.dim(
            `${userText(cliText.causeLabel())} ${error.cause instanceof Error ? error.cause.stack : String(error.cause)}`,
          ),
        );
    }
    return exitCodes[error.code];
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(`${s.red(userText(cliText.unexpectedErrorLabel()))} ${stack}`);
  write(userText(cliText.reportBug({ url: reportUrl })));
  return exitCodes.INTERNAL;
}
