import { AwsMfaError, keyringText, type PassphraseSource } from '@awsmfa/core';
import { userText } from '../userLanguage.js';
import { openTty, type Tty } from './openTty.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the encrypted key file's passphrase comes from: `AWSMFA_FILE_PASSPHRASE` (scripts), else
 * the terminal, typed without echo; a new file's passphrase is typed twice. Without either it is
 * STORE_UNAVAILABLE: nothing falls back to plaintext.
 *
 * @example encryptedFileKeyStore({ path, passphrase: passphrasePrompt(process.env) })
 */
export function passphrasePrompt(env: Env, open: () => Tty | undefined = () => openTty()): PassphraseSource {
  return async ({ path, create }) => {
    const fromEnv = env.AWSMFA_FILE_PASSPHRASE;
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const tty = open();
    if (!tty) {
      const message = create ? keyringText.noTerminalToCreate({ path }) : keyringText.noTerminal({ path });
      throw new AwsMfaError('STORE_UNAVAILABLE', message, {
        hint: keyringText.noTerminalHint(),
      });
    }
    try {
      if (!create) return await readHidden(tty, userText(keyringText.askPassphrase({ path })));
      tty.output.write(`${userText(keyringText.choosePassphrase({ path }))}\n`);
      const first = await readHidden(tty, userText(keyringText.newPassphrase()));
      if (first === '') return first;
      const second = await readHidden(tty, userText(keyringText.passphraseAgain()));
      if (first !== second) {
        throw new AwsMfaError('INVALID_INPUT', keyringText.passphrasesDiffer(), {
          hint: keyringText.passphrasesDifferHint(),
        });
      }
      return first;
    } finally {
      tty.close();
    }
  };
}

/**
 * Reads one line from the terminal in raw mode, echoing nothing (as sudo and ssh do). Backspace
 * and Ctrl-U edit; Ctrl-C, and Ctrl-D on an empty line, cancel.
 */
function readHidden(tty: Tty, question: string): Promise<string> {
  const { input, output } = tty;
  output.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed));
        if (char === '\u0003' || (char === '\u0004' && typed === '')) {
          return finish(() => reject(new AwsMfaError('CANCELLED', keyringText.cancelledAtPassphrase())));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char === '\u0015') typed = '';
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}
