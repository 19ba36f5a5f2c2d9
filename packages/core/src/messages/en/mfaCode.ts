import { defineMessages } from '../defineMessages.js';

/** A typed or given MFA code that is not six digits (normalizeMfaCode; also on the fast path). */
export const mfaCodeText = defineMessages('mfaCode', {
  notSixDigits: (p: { origin: string; digits: number | undefined; empty: boolean }) =>
    `The MFA code from ${p.origin} ${
      p.empty
        ? 'is empty'
        : p.digits !== undefined
          ? `has ${p.digits} digit${p.digits === 1 ? '' : 's'}`
          : 'contains characters other than digits'
    }; it must be 6 digits.`,
  notSixDigitsHint: 'type the 6-digit code your authenticator app shows now',
  thePrompt: 'the prompt',
});
