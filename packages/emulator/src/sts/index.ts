import type { ActionTable } from '../action.js';
import { assumeRole } from './assumeRole.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getSessionToken } from './getSessionToken.js';

/** The STS actions the emulator serves. */
export const stsActions: ActionTable = {
  AssumeRole: assumeRole,
  GetCallerIdentity: getCallerIdentity,
  GetSessionToken: getSessionToken,
};
