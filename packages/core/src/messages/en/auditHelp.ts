import { defineMessages } from '../defineMessages.js';

/** `awsmfa admin audit --help`. */
export const auditHelpText = defineMessages('auditHelp', {
  describe:
    'Per user: MFA device, access keys (age, last use), groups, MFA policy, exposure without MFA; one account or (--org) every account of an AWS Organization',
  group: 'Audit the members of this group [default: every user]',
  json: 'Print the report as JSON',
  maxKeyAge: 'Active access keys older than this many days should be rotated (awsmfa keys rotate)',
  format: 'table for people, csv (RFC 4180) for spreadsheets; --json wins',
  org: "Audit every account of the AWS Organization: ListAccounts, then AssumeRole into --role-name in each with the administrator's MFA session",
  roleName: 'With --org: the role to assume in each account [default: OrganizationAccountAccessRole]',
  accounts: 'With --org: only these account ids (ID,ID)',
  concurrency: 'With --org: accounts audited at once, 1-32 [default: 4]',
  code: "With --org: the 6-digit MFA code for the administrator's session [env: AWSMFA_CODE; else asked]",
  exampleGroup: 'Exit 32 (AUDIT_FAILED) when someone can act without MFA from outside',
  exampleOrg: 'Every account of the organization, grouped by account',
  epilogue:
    "Reads IAM's bulk answers — GetAccountAuthorizationDetails (groups, policies), the credential report " +
    '(keys, MFA) and ListVirtualMFADevices — so requests grow with pages, not users. IAM reuses a credential ' +
    'report for four hours: keys and MFA flags can be that old (the audit says so); users created since are ' +
    'looked up one by one. Active keys older than --max-key-age days are marked ROTATE (users: awsmfa keys ' +
    'rotate). Needs IAMReadOnlyAccess (and with --org, organizations:ListAccounts and ' +
    'sts:AssumeRole on the role in each account). An account that cannot be entered is reported and the ' +
    'others audited: exit 33 (AUDIT_INCOMPLETE) unless someone can act without MFA (exit 32).',
});
