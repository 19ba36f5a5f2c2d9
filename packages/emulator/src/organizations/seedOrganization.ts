// An AWS Organization for the sandbox: the emulator's account as management account and member
// accounts with an IAM each, holding the role Organizations creates in an account it creates
// (OrganizationAccountAccessRole: AdministratorAccess, trusting the management account).
import { randomInt } from 'node:crypto';
import { awsId } from '../ids.js';
import type { OrganizationAccountRecord, RoleRecord, State } from '../state.js';

/** What `seedOrganization` builds. */
export interface OrganizationOptions {
  /** Accounts in the organization, the management account included (at least 1). */
  accounts: number;
  /** The role each member account lets the management account assume (default OrganizationAccountAccessRole). */
  roleName?: string;
}

/** The role name Organizations gives the administrator role of an account it creates. */
export const organizationAccountAccessRole = 'OrganizationAccountAccessRole';

/** The id of the `index`-th member account (1-based): `200000000001`, `200000000002`, … */
export function memberAccountId(index: number): string {
  return String(200_000_000_000 + index);
}

function organizationId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'o-';
  for (let i = 0; i < 10; i++) id += alphabet[randomInt(alphabet.length)];
  return id;
}

/** The trust policy Organizations writes: the management account (its root: any principal it allows). */
function trustManagement(managementAccountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  });
}

/** A member account's IAM as Organizations leaves it: no users, one administrator role. */
function memberState(
  accountId: string,
  managementAccountId: string,
  roleName: string,
  created: string,
): State {
  const role: RoleRecord = {
    roleName,
    roleId: awsId('AROA'),
    path: '/',
    createDate: created,
    maxSessionDuration: 3600,
    assumeRolePolicyDocument: trustManagement(managementAccountId),
    inlinePolicies: {},
    attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  };
  return {
    version: 1,
    accountId,
    // Member accounts have no bootstrap administrator: the way in is the role.
    admin: { userName: '', accessKeyId: '' },
    users: {},
    groups: {},
    roles: { [roleName]: role },
    policies: {},
    accessKeys: {},
    mfaDevices: {},
    sessions: {},
    buckets: {},
  };
}

/**
 * Makes `state` the management account of an organization of `accounts` accounts: the member
 * accounts `200000000001`, `200000000002`, … each get an IAM of their own with the role
 * `roleName`. A state that has an organization already keeps it.
 *
 * @example seedOrganization(state, { accounts: 3 }, new Date()) // management + 2 members
 */
export function seedOrganization(state: State, options: OrganizationOptions, now: Date): void {
  if (state.organization) return;
  const created = now.toISOString();
  const roleName = options.roleName ?? organizationAccountAccessRole;
  const account = (
    id: string,
    name: string,
    joinedMethod: 'CREATED' | 'INVITED',
  ): OrganizationAccountRecord => ({
    id,
    name,
    email: `aws+${name}@example.com`,
    status: 'ACTIVE',
    joinedMethod,
    joinedTimestamp: created,
  });
  const accounts = [account(state.accountId, 'management', 'INVITED')];
  const members: Record<string, State> = {};
  for (let index = 1; index < options.accounts; index++) {
    const id = memberAccountId(index);
    accounts.push(account(id, `member-${index}`, 'CREATED'));
    members[id] = memberState(id, state.accountId, roleName, created);
  }
  state.organization = { id: organizationId(), accounts, members };
}
