import { AwsMfaError } from '../errors.js';
import { mfaCodeText } from '../messages/en/mfaCode.js';
import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';
import type { Profile } from '../profiles/profile.js';
import { runMfaProcess } from './runMfaProcess.js';

/** Gets a 6-digit code for an MFA serial: the prompt, an authenticator in tests, `mfa_process`. */
export type MfaCodeReader = (mfaSerial: string) => Promise<string>;

/** Where the next code comes from. */
export interface CodeSource {
  /** For messages: `--code`, `AWSMFA_CODE`, `mfa_process of profile dev`, `the prompt`. */
  origin: Message | string;
  /**
   * Whether asking again can give a different code (prompt, mfa_process). A fixed code that was
   * already used is refused instead of waited for.
   */
  renewable: boolean;
  read: MfaCodeReader;
}

/**
 * Picks the code source, in order: `--code`, `AWSMFA_CODE`, the profile's `mfa_process`, then
 * `prompt` (the CLI's /dev/tty prompt). With none, reading fails with MFA_CODE_UNAVAILABLE; the
 * failure is lazy so a cached session never needs a code.
 */
export function resolveCodeSource(input: {
  code?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  profile: Pick<Profile, 'name' | 'mfaProcess'>;
  prompt?: MfaCodeReader | undefined;
  /** Runs `mfa_process`; tests inject their own. */
  runProcess?: (command: string, mfaSerial: string) => Promise<string>;
}): CodeSource {
  if (input.code !== undefined) return fixed('--code', input.code);
  const fromEnv = input.env.AWSMFA_CODE;
  if (fromEnv !== undefined && fromEnv !== '') return fixed('AWSMFA_CODE', fromEnv);
  const command = input.profile.mfaProcess?.trim();
  if (command) {
    const run =
      input.runProcess ??
      ((c: string, serial: string) => runMfaProcess(c, { mfaSerial: serial, env: input.env }));
    return {
      origin: sessionText.mfaProcessOf({ profile: input.profile.name }),
      renewable: true,
      read: (mfaSerial) => run(command, mfaSerial),
    };
  }
  if (input.prompt) return { origin: mfaCodeText.thePrompt(), renewable: true, read: input.prompt };
  return {
    origin: 'nowhere',
    renewable: false,
    read: async (mfaSerial) => {
      throw noCodeError(mfaSerial);
    },
  };
}

/** The error for "a code is needed and nothing can supply one". */
export function noCodeError(mfaSerial: string): AwsMfaError {
  return new AwsMfaError('MFA_CODE_UNAVAILABLE', sessionText.noCode({ serial: mfaSerial }), {
    hint: sessionText.noCodeHint(),
  });
}

function fixed(origin: Message | string, code: string): CodeSource {
  return { origin, renewable: false, read: async () => code };
}
