// A generated team written straight into a state: the seed article's group with thousands of users,
// for trying `admin audit` at the size of a real organisation and for `pnpm bench`. Creating 10,000
// users through the API would take minutes of requests; this takes well under a second.
import { awsId, mfaSeed, secretAccessKey } from './ids.js';
import { myUsersPolicyDocument } from './myUsersPolicy.js';
import { arns, type State } from './state.js';

/** What `seedPopulation` adds. */
export interface PopulationOptions {
  /** How many IAM users. */
  users: number;
  /** The group they join (default `MyUsers`: PowerUserAccess and the seed article's MFA policy). */
  groupName?: string;
  /** Addresses the MFA policy exempts (default 203.0.113.0/24, a documentation block). */
  trustedCidrs?: string[];
}

/** The names of the generated users: `user-00001`, `user-00002`, … */
export function populationUserName(index: number): string {
  return `user-${String(index + 1).padStart(5, '0')}`;
}

/**
 * Adds `users` generated IAM users to `state`, each with one active access key. Most join the MFA
 * group and have an enabled virtual MFA device; every tenth has no device, and every fiftieth is
 * outside the group with PowerUserAccess attached directly — so an audit finds someone who can act
 * without MFA. Keys and seeds are random and never printed.
 *
 * @example seedPopulation(state, { users: 10_000 }, new Date())
 */
export function seedPopulation(state: State, options: PopulationOptions, now: Date): void {
  const groupName = options.groupName ?? 'MyUsers';
  const created = now.toISOString();
  const powerUser = 'arn:aws:iam::aws:policy/PowerUserAccess';
  state.groups[groupName] ??= {
    groupName,
    groupId: awsId('AGPA'),
    path: '/',
    createDate: created,
    members: [],
    inlinePolicies: {},
    attachedPolicies: [],
  };
  const group = state.groups[groupName];
  if (!group.attachedPolicies.includes(powerUser)) group.attachedPolicies.push(powerUser);
  group.inlinePolicies.MyUsersPolicy ??= JSON.stringify(
    myUsersPolicyDocument(options.trustedCidrs ?? ['203.0.113.0/24']),
    null,
    4,
  );
  const members = new Set(group.members);
  for (let index = 0; index < options.users; index++) {
    const userName = populationUserName(index);
    if (state.users[userName]) continue;
    const outside = index % 50 === 49;
    const user = {
      userName,
      userId: awsId('AIDA'),
      path: '/',
      createDate: created,
      inlinePolicies: {},
      attachedPolicies: outside ? [powerUser] : [],
    };
    state.users[userName] = user;
    if (!outside && !members.has(userName)) {
      members.add(userName);
      group.members.push(userName);
    }
    const accessKeyId = awsId('AKIA');
    state.accessKeys[accessKeyId] = {
      accessKeyId,
      secretAccessKey: secretAccessKey(),
      userName,
      status: 'Active',
      createDate: created,
    };
    if (index % 10 !== 9) {
      const serialNumber = arns.mfa(state.accountId, '/', userName);
      state.mfaDevices[serialNumber] = {
        serialNumber,
        seed: mfaSeed(),
        createDate: created,
        userName,
        enableDate: created,
      };
    }
  }
}
