/** Where the CLI writes, and what it knows of its environment; tests pass their own. */
export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process streams and environment. */
export function processTerminal(): Terminal {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Whether to colour stderr: a TTY, and neither NO_COLOR (https://no-color.org) nor TERM=dumb. */
export function useColor(terminal: Terminal): boolean {
  const { NO_COLOR, TERM, FORCE_COLOR } = terminal.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '' && FORCE_COLOR !== '0') return true;
  return terminal.stderr.isTTY === true && TERM !== 'dumb';
}

/** Styles for stderr messages; identity functions when colour is off. */
export function styles(color: boolean) {
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
