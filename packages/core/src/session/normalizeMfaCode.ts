import { AwsMfaError } from '../errors.js';

/**
 * Checks a 6-digit TOTP code and returns it without the spaces authenticator apps show
 * (`123 456` → `123456`). Anything else is refused before it reaches AWS, and the message never
 * repeats the code itself. `origin` names where it came from (`--code`, `AWSMFA_CODE`, …).
 *
 * @example normalizeMfaCode(' 123 456\n', 'the prompt') // '123456'
 */
export function normalizeMfaCode(raw: string, origin: string): string {
  const compact = raw.replace(/\s+/g, '');
  if (/^\d{6}$/.test(compact)) {
    // Spaces only between digits; "12\n3456" from a broken mfa_process still counts as six digits.
    return compact;
  }
  const what =
    compact === ''
      ? 'is empty'
      : /^\d+$/.test(compact)
        ? `has ${compact.length} digit${compact.length === 1 ? '' : 's'}`
        : 'contains characters other than digits';
  throw new AwsMfaError('INVALID_INPUT', `The MFA code from ${origin} ${what}; it must be 6 digits.`, {
    hint: 'type the 6-digit code your authenticator app shows now',
  });
}
