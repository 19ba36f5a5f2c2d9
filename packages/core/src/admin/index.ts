export {
  type AccessKeyCsvRow,
  accessKeyCsv,
  accessKeyCsvPath,
  consoleCsvHeader,
  consoleLoginLink,
  readAccessKeyIdFromCsv,
  writeAccessKeyCsv,
} from './accessKeyCsv.js';
export {
  type AdminAuditOptions,
  type AuditAccessKey,
  type AuditMfaPolicy,
  type AuditProgress,
  type AuditReport,
  type AuditUser,
  adminAudit,
  assessMfaExposure,
  mfaPoliciesOf,
  untrustedProbeIp,
} from './adminAudit.js';
export { adminAuditOneByOne } from './adminAuditOneByOne.js';
export {
  type AdminSetupInput,
  type AdminSetupPlan,
  managedPolicyArn,
  notStarted,
  planAdminSetup,
  runAdminSetup,
  type SetupStep,
} from './adminSetup.js';
export {
  type AccountAudit,
  type AuditOrganizationOptions,
  auditOrganization,
  type OrganizationAuditProgress,
  pickAccounts,
} from './auditOrganization.js';
export { checkGroupPolicy, type GroupCheck } from './checkGroupPolicy.js';
export {
  awsErrorCode,
  callIam,
  grantingPolicy,
  type IamCallTarget,
  type IamClient,
  iamError,
} from './iamCall.js';
export { defaultMaxKeyAgeDays, keysDueForRotation } from './keysDueForRotation.js';
// Types only: the functions that load the Organizations SDK are in '@awsmfa/core/organizations'.
export type { OrganizationAccount, OrganizationsSender } from './listOrganizationAccounts.js';
export {
  assertGroupExists,
  describeGroup,
  listUserGroups,
  loadGroupPolicies,
  loadManagedPolicy,
  loadUserPolicies,
  parsePolicyDocument,
  readGroupInlinePolicy,
  userArn,
} from './loadPolicies.js';
export { mapConcurrently } from './mapConcurrently.js';
export {
  applyPolicyEdit,
  assertPlanWithinQuota,
  describePlanTarget,
  makePolicyEditPlan,
  type PolicyEditPlan,
  planPolicyApply,
  planTrustedIpEdit,
  requireGroupPolicy,
  type TrustedIpEdit,
} from './planPolicyEdit.js';
export {
  assumeRolePolicyName,
  buildAssumeRolePolicy,
  type DocumentChange,
  type RolePlan,
  type SetupRoleInput,
} from './planRoleSetup.js';
export {
  type AccountAuthorization,
  type AccountUser,
  readAccountAuthorization,
} from './readAccountAuthorization.js';
export {
  type CredentialReport,
  type CredentialReportProgress,
  type CredentialReportRow,
  parseCredentialReport,
  type ReportAccessKey,
  readCredentialReport,
} from './readCredentialReport.js';
export {
  contextEntries,
  type RemoteDecision,
  type SimulationPrincipal,
  simulateRemote,
} from './simulateRemote.js';
