import { ShellRenderError } from '../envChange.js';
import { quoteCmdAssignment } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** cmd.exe: `set "K=v"` / `set K=`, for `for /f "delims=" %i in ('awsmfa env --shell cmd') do @%i`. */
export const cmd: Shell = {
  name: 'cmd',
  exportVars: (change) =>
    renderLines(
      change,
      (name) => `set ${name}=`,
      (name, value) => {
        const line = quoteCmdAssignment(name, value);
        if (line === undefined) {
          throw new ShellRenderError(
            `The value of ${name} contains a character cmd.exe cannot carry safely (%, !, ", a control or non-ASCII character).`,
            name,
          );
        }
        return line;
      },
    ),
  // @: an interactive prompt echoes each command it runs, here each `set "AWS_SECRET_ACCESS_KEY=…"`.
  // A .bat file doubles the percent signs: `%%i` and `@%%i`.
  evaluateOutput: (command) => `for /f "delims=" %i in ('${command}') do @%i`,
};
