// STS GetSessionToken: trades a long-term key (and an MFA code) for temporary `ASIA…` credentials.
import type { QueryAction } from '../action.js';
import { ServiceError } from '../serviceError.js';
import { checkMfaCode } from './checkMfaCode.js';
import { issueSession } from './issueSession.js';
import { sessionDuration } from './sessionDuration.js';

/** STS GetSessionToken: needs no permission, refuses session credentials, checks the MFA code. */
export const getSessionToken: QueryAction = {
  run(r) {
    const { caller } = r;
    if (caller.kind === 'role' || caller.session) {
      throw new ServiceError('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403);
    }
    const duration = sessionDuration(r.params, { minimum: 900, maximum: 129_600, fallback: 43_200 });
    const mfaAuthenticated = checkMfaCode(r, caller.user.userName);
    return {
      Credentials: issueSession(r.runtime.state, r.now, duration, {
        userName: caller.user.userName,
        sourceAccessKeyId: caller.accessKeyId,
        mfaAuthenticated,
      }),
    };
  },
};
