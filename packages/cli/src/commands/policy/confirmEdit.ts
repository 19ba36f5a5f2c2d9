import { AwsMfaError, type Message, policyCliText } from '@awsmfa/core';
import { confirmOnTerminal, type Shown } from '../../prompt/ask.js';
import type { Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';

export interface ConfirmOptions {
  /** `--yes`: apply without asking (scripts). */
  yes: boolean;
  /** `--dry-run`: show the diff, apply nothing. */
  dryRun: boolean;
  /** The question, e.g. `Apply this policy to group MyUsers?` */
  question: Message;
  /** What the question is about, as already written (plan, diff): shown on the terminal too if it went elsewhere. */
  shown: readonly Shown[];
  terminal: Terminal;
}

/**
 * Decides whether a change whose plan was just shown goes ahead: `--dry-run` never, `--yes` always,
 * otherwise only when the person at the terminal answers yes (anything else applies nothing; Ctrl-C
 * is CANCELLED). The question is asked on the terminal itself, after the plan, so that
 * `> plan.txt` or `2>&1 | tail` never leave a question without what it is about. Without a
 * terminal and without `--yes` nothing is applied and the error says why.
 */
export async function confirmEdit(options: ConfirmOptions): Promise<boolean> {
  const { terminal } = options;
  if (options.dryRun) {
    terminal.stderr.write(`${userText(policyCliText.dryRun())}\n`);
    return false;
  }
  if (options.yes) return true;
  const answer = await confirmOnTerminal(userText(options.question), options.shown);
  if (answer === undefined) {
    throw new AwsMfaError('USAGE', policyCliText.noTerminalToConfirm(), {
      hint: policyCliText.noTerminalToConfirmHint(),
    });
  }
  if (answer) return true;
  terminal.stderr.write(`${userText(policyCliText.nothingApplied())}\n`);
  return false;
}
