/** A status line on stderr while something slow runs; see `progressLine`. */
export interface ProgressLine {
  /**
   * Shows `text`. On a terminal the line is rewritten in place; elsewhere (logs, CI) a line is
   * printed only when `milestone` is given and differs from the last one printed.
   */
  update(text: string, milestone?: string): void;
  /** Clears the line on a terminal; nothing elsewhere. */
  done(): void;
}

/** A progress line on `stderr`, in place on a terminal and sparing in logs. */
export function progressLine(stderr: NodeJS.WritableStream & { isTTY?: boolean }): ProgressLine {
  const tty = stderr.isTTY === true;
  let shown = false;
  let lastMilestone: string | undefined;
  return {
    update(text, milestone) {
      if (tty) {
        // \r and "erase to end of line": the next update overwrites this one.
        stderr.write(`\r${text}\x1b[K`);
        shown = true;
      } else if (milestone !== undefined && milestone !== lastMilestone) {
        stderr.write(`${text}\n`);
      }
      if (milestone !== undefined) lastMilestone = milestone;
    },
    done() {
      if (tty && shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
