import { AwsMfaError } from '@awsmfa/core';
import type { Terminal } from '../../terminal.js';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };

export interface ConfirmOptions {
  /** `--yes`: apply without asking (scripts). */
  yes: boolean;
  /** `--dry-run`: show the diff, apply nothing. */
  dryRun: boolean;
  /** The question, e.g. `Apply this policy to group MyUsers?` */
  question: string;
  terminal: Terminal;
  input?: Input;
}

/** True when a person can be asked: stdin is a terminal. */
export function canAsk(input: Input = process.stdin): boolean {
  return input.isTTY === true;
}

/** Asks a yes/no question on the terminal (prompt on stderr); anything but y/yes is no. */
export async function askYesNo(
  question: string,
  terminal: Terminal,
  input: Input = process.stdin,
): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input, output: terminal.stderr, terminal: true });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

/**
 * Decides whether a change whose diff was just shown goes ahead: `--dry-run` never, `--yes` always,
 * otherwise only when the person at the terminal answers yes (anything else applies nothing).
 * Without a terminal and without `--yes` nothing is applied and the error says why.
 */
export async function confirmEdit(options: ConfirmOptions): Promise<boolean> {
  const { terminal } = options;
  if (options.dryRun) {
    terminal.stderr.write('Dry run: nothing applied.\n');
    return false;
  }
  if (options.yes) return true;
  if (!canAsk(options.input)) {
    throw new AwsMfaError(
      'USAGE',
      'Nothing applied: there is no terminal to confirm the change on, and no --yes.',
      {
        hint: 'review the diff above, then rerun with --yes to apply it (or --dry-run to only show it)',
      },
    );
  }
  if (await askYesNo(options.question, terminal, options.input)) return true;
  terminal.stderr.write('Nothing applied.\n');
  return false;
}
