import { AwsMfaError, type PassphraseSource } from '@awsmfa/core';
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
      throw new AwsMfaError(
        'STORE_UNAVAILABLE',
        `${path} is encrypted with a passphrase, and there is no terminal to ask it on.`,
        { hint: 'run the command in a terminal, or set AWSMFA_FILE_PASSPHRASE (from a secret manager)' },
      );
    }
    try {
      if (!create) return await readHidden(tty, `Passphrase for ${path}: `);
      tty.output.write(`awsmfa keeps the keys in ${path}, encrypted with a passphrase you choose.\n`);
      const first = await readHidden(tty, 'New passphrase: ');
      if (first === '') return first;
      const second = await readHidden(tty, 'The same passphrase again: ');
      if (first !== second) {
        throw new AwsMfaError('INVALID_INPUT', 'The two passphrases differ; nothing was written.', {
          hint: 'run the command again and type the same passphrase twice',
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
          return finish(() =>
            reject(new AwsMfaError('CANCELLED', 'Cancelled at the passphrase prompt; nothing was changed.')),
          );
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char === '\u0015') typed = '';
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}
