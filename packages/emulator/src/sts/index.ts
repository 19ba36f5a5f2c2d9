import type { ActionTable } from '../action.js';
import { getCallerIdentity } from './getCallerIdentity.js';
import { getSessionToken } from './getSessionToken.js';

/** The STS actions the emulator serves. */
export const stsActions: ActionTable = {
  GetCallerIdentity: getCallerIdentity,
  GetSessionToken: getSessionToken,
};
