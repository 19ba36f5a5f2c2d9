import type { ActionTable } from '../action.js';
import { accessKeyActions } from './accessKeys.js';
import { authorizationDetailsActions } from './authorizationDetails.js';
import { credentialReportActions } from './credentialReport.js';
import { groupActions } from './groups.js';
import { inlinePolicyActions } from './inlinePolicies.js';
import { managedPolicyActions } from './managedPolicies.js';
import { mfaDeviceActions } from './mfaDevices.js';
import { roleActions } from './roles.js';
import { simulateActions } from './simulate.js';
import { userActions } from './users.js';

/** The IAM actions the emulator serves. */
export const iamActions: ActionTable = {
  ...userActions,
  ...groupActions,
  ...roleActions,
  ...inlinePolicyActions,
  ...managedPolicyActions,
  ...accessKeyActions,
  ...mfaDeviceActions,
  ...simulateActions,
  ...credentialReportActions,
  ...authorizationDetailsActions,
};
