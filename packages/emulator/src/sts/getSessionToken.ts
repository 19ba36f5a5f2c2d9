// STS GetSessionToken: trades a long-term key (and an MFA code) for temporary `ASIA…` credentials.
import type { ActionRequest, QueryAction } from '../action.js';
import { awsId, secretAccessKey, sessionToken } from '../ids.js';
import { ServiceError, validationError } from '../serviceError.js';
import type { SessionRecord } from '../state.js';
import { acceptedCodeStep } from '../totp.js';
import { isoSeconds } from '../xml.js';

const minDuration = 900;
const maxDuration = 129_600;
const defaultDuration = 43_200;
/** Expired sessions are forgotten after a day; until then they answer `ExpiredToken`. */
const forgetAfterMs = 24 * 3600 * 1000;

const mfaFailed = (detail: string) =>
  new ServiceError('AccessDenied', `MultiFactorAuthentication failed${detail}`, 403);

function durationSeconds(r: ActionRequest): number {
  const duration = r.params.integer('DurationSeconds') ?? defaultDuration;
  if (duration < minDuration) {
    throw validationError(
      String(duration),
      'durationSeconds',
      `Member must have value greater than or equal to ${minDuration}`,
    );
  }
  if (duration > maxDuration) {
    throw validationError(
      String(duration),
      'durationSeconds',
      `Member must have value less than or equal to ${maxDuration}`,
    );
  }
  return duration;
}

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

/** Checks the MFA code against the caller's enabled device; true when MFA was used. */
function checkMfa(r: ActionRequest): boolean {
  const serial = r.params.get('SerialNumber');
  const code = r.params.get('TokenCode');
  checkTokenCode(code);
  checkSerialNumber(serial);
  if (serial === undefined && code === undefined) return false;
  if (serial === undefined || code === undefined) {
    throw mfaFailed(', must provide both MFA serial number and one time pass code.');
  }
  const device = r.runtime.state.mfaDevices[serial];
  if (!device || device.userName !== r.caller.user.userName) {
    // Two spaces after the first sentence, as AWS writes it.
    throw mfaFailed(
      ', unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
    );
  }
  const step = acceptedCodeStep(device.seed, code, r.now, device.lastUsedStep);
  // A reused code gets the same message as a wrong one; AWS's text ends with a space.
  if (step === undefined) throw mfaFailed(' with invalid MFA one time pass code. ');
  device.lastUsedStep = step;
  return true;
}

/** STS GetSessionToken: needs no permission, refuses session credentials, checks the MFA code. */
export const getSessionToken: QueryAction = {
  run(r) {
    if (r.caller.session) {
      throw new ServiceError('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403);
    }
    const duration = durationSeconds(r);
    const mfaAuthenticated = checkMfa(r);
    const { state } = r.runtime;
    for (const [id, old] of Object.entries(state.sessions)) {
      if (Date.parse(old.expiration) + forgetAfterMs < r.now.getTime()) delete state.sessions[id];
    }
    const session: SessionRecord = {
      accessKeyId: awsId('ASIA'),
      secretAccessKey: secretAccessKey(),
      sessionToken: sessionToken(),
      userName: r.caller.user.userName,
      sourceAccessKeyId: r.caller.accessKeyId,
      expiration: new Date(r.now.getTime() + duration * 1000).toISOString(),
      mfaAuthenticated,
      issuedAt: r.now.toISOString(),
    };
    state.sessions[session.accessKeyId] = session;
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: isoSeconds(new Date(session.expiration)),
      },
    };
  },
};
