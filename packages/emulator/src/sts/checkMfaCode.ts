// The MFA parameters of GetSessionToken and AssumeRole: validated as AWS's model does, then the
// TOTP code checked against the user's device, each code accepted only once, and a device that
// took too many wrong codes throttled.
import type { ActionRequest } from '../action.js';
import { ServiceError, validationError } from '../serviceError.js';
import { acceptedCodeStep } from '../totp.js';

const mfaFailed = (detail: string) =>
  new ServiceError('AccessDenied', `MultiFactorAuthentication failed${detail}`, 403);

function checkTokenCode(code: string | undefined): void {
  if (code === undefined) return;
  if (code.length !== 6) {
    throw validationError(
      code,
      'tokenCode',
      `Member must have length ${code.length < 6 ? 'greater' : 'less'} than or equal to 6`,
    );
  }
  if (!/^\d*$/.test(code))
    throw validationError(code, 'tokenCode', 'Member must satisfy regular expression pattern: [\\d]*');
}

function checkSerialNumber(serial: string | undefined): void {
  if (serial === undefined) return;
  if (serial.length < 9) {
    throw validationError(serial, 'serialNumber', 'Member must have length greater than or equal to 9');
  }
  if (serial.length > 256) {
    throw validationError(serial, 'serialNumber', 'Member must have length less than or equal to 256');
  }
  if (!/^[\w+=/:,.@-]*$/.test(serial)) {
    throw validationError(
      serial,
      'serialNumber',
      'Member must satisfy regular expression pattern: [\\w+=/:,.@-]*',
    );
  }
}

/**
 * Checks `SerialNumber` + `TokenCode` (GetSessionToken, AssumeRole) against the virtual MFA device
 * of `userName`, with AWS's errors; a code is accepted once. True when MFA was used, false when
 * neither parameter was given.
 */
export function checkMfaCode(r: ActionRequest, userName: string | undefined): boolean {
  const serial = r.params.get('SerialNumber');
  const code = r.params.get('TokenCode');
  checkTokenCode(code);
  checkSerialNumber(serial);
  if (serial === undefined && code === undefined) return false;
  if (serial === undefined || code === undefined) {
    throw mfaFailed(', must provide both MFA serial number and one time pass code.');
  }
  const device = r.runtime.state.mfaDevices[serial];
  if (!device || userName === undefined || device.userName !== userName) {
    // Two spaces after the first sentence, as AWS writes it.
    throw mfaFailed(
      ', unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
    );
  }
  const { mfaFailures } = r.runtime;
  mfaFailures.check(serial, r.now, 'sts');
  const step = acceptedCodeStep(device.seed, code, r.now, device.lastUsedStep);
  if (step === undefined) {
    mfaFailures.failed(serial, r.now);
    // A reused code gets the same message as a wrong one; AWS's text ends with a space.
    throw mfaFailed(' with invalid MFA one time pass code. ');
  }
  mfaFailures.succeeded(serial);
  device.lastUsedStep = step;
  return true;
}
