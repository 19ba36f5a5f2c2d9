import { AwsMfaError } from '../errors.js';
import { mfaCodeText } from '../messages/en/mfaCode.js';
import type { Message } from '../messages/message.js';

/**
 * Checks a 6-digit TOTP code and returns it without the spaces authenticator apps show
 * (`123 456` → `123456`). Anything else is refused before it reaches AWS, and the message never
 * repeats the code itself. `origin` names where it came from (`--code`, `AWSMFA_CODE`, …).
 *
 * @example normalizeMfaCode(' 123 456\n', '--code') // '123456'
 */
export function normalizeMfaCode(raw: string, origin: Message | string): string {
  const compact = raw.replace(/\s+/g, '');
  if (/^\d{6}$/.test(compact)) {
    // Spaces only between digits; "12\n3456" from a broken mfa_process still counts as six digits.
    return compact;
  }
  const digits = /^\d+$/.test(compact) ? compact.length : undefined;
  throw new AwsMfaError(
    'INVALID_INPUT',
    mfaCodeText.notSixDigits({ origin, digits, empty: compact === '' }),
    {
      hint: mfaCodeText.notSixDigitsHint(),
    },
  );
}
