import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetGroupCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  PutGroupPolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import { buildMfaPolicy, policyToJson } from '../policy/buildMfaPolicy.js';
import type { PolicyDocument } from '../policy/types.js';
import {
  accessKeyCsvPath,
  consoleLoginLink,
  readAccessKeyIdFromCsv,
  writeAccessKeyCsv,
} from './accessKeyCsv.js';
import { awsErrorCode, callIam, type IamClient, iamError } from './iamCall.js';
import { listUserGroups, loadGroupInlinePolicies } from './loadPolicies.js';
import { applyPolicyEdit, makePolicyEditPlan, type PolicyEditPlan } from './planPolicyEdit.js';
import {
  type DocumentChange,
  planRole,
  type RolePlan,
  resolveAccountId,
  type SetupRoleInput,
} from './planRoleSetup.js';

/** What `awsmfa admin setup` is asked to make true. */
export interface AdminSetupInput {
  groupName: string;
  userNames: readonly string[];
  /** ARNs of the managed policies the group gets, e.g. `arn:aws:iam::aws:policy/PowerUserAccess`. */
  managedPolicyArns: readonly string[];
  policyName: string;
  trustedCidrs: readonly string[];
  /** Accept `0.0.0.0/0` and host bits in trusted CIDRs. */
  force?: boolean;
  /** Where each new key's console-format CSV is written (0600). */
  csvDirectory: string;
  /** Roles the group's users may assume, only with MFA (`--role`); none by default. */
  roles?: readonly SetupRoleInput[];
}

/** One thing setup does or finds done. */
export interface SetupStep {
  /** `group MyUsers`, `user cli-user`. */
  subject: string;
  /** `create group`, `attach PowerUserAccess`, `put inline policy MyUsersPolicy`, `create access key`… */
  step: string;
  /** Planned: `create`/`update` (will change IAM), `keep` (already as wanted), `blocked` (cannot be done). */
  plan: 'create' | 'update' | 'keep' | 'blocked';
  /** After running: what happened. */
  result?: 'done' | 'unchanged' | 'failed' | 'skipped';
  detail: string;
  error?: AwsMfaError;
}

/** What setup found and intends to do, before anything is changed. */
export interface AdminSetupPlan {
  input: AdminSetupInput;
  steps: SetupStep[];
  /** The inline MFA policy's change, with its diff. */
  policy: PolicyEditPlan;
  /** Each role's plan: trust policy, managed policies, and the group's grant. */
  roles: RolePlan[];
  /** The other documents setup writes (trust policies, grants) that change, with their diffs. */
  documents: DocumentChange[];
}

/** The AWS managed policy ARN for a name (`PowerUserAccess`); ARNs pass through. */
export function managedPolicyArn(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:aws:iam::aws:policy/${nameOrArn}`;
}

const policyLabel = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** The group's ARN, or undefined when it does not exist. */
async function groupArn(iam: IamClient, groupName: string): Promise<string | undefined> {
  try {
    const found = await iam.send(new GetGroupCommand({ GroupName: groupName, MaxItems: 1 }));
    return found.Group?.Arn ?? '';
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return undefined;
    throw iamError({ action: 'iam:GetGroup', target: `group ${groupName}` }, error);
  }
}

async function userExists(iam: IamClient, userName: string): Promise<boolean> {
  try {
    await iam.send(new GetUserCommand({ UserName: userName }));
    return true;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return false;
    throw iamError({ action: 'iam:GetUser', target: `user ${userName}` }, error);
  }
}

async function accessKeyIds(iam: IamClient, userName: string): Promise<string[]> {
  const keys = await listAll((marker) =>
    callIam({ action: 'iam:ListAccessKeys', target: `user ${userName}` }, () =>
      iam.send(new ListAccessKeysCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.AccessKeyMetadata ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return keys.flatMap((key) => (key.AccessKeyId ? [key.AccessKeyId] : []));
}

async function attachedPolicyArns(iam: IamClient, groupName: string): Promise<string[]> {
  const attached = await listAll((marker) =>
    callIam({ action: 'iam:ListAttachedGroupPolicies', target: `group ${groupName}` }, () =>
      iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: groupName, Marker: marker })),
    ).then((r) => ({ items: r.AttachedPolicies ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return attached.flatMap((policy) => (policy.PolicyArn ? [policy.PolicyArn] : []));
}

// IAM allows two access keys per user.
const accessKeyLimit = 2;

/**
 * Reads IAM and the CSV folder and plans `admin setup` (seed article steps 1-1 to 2-6 and 5-1 to
 * 5-5): what exists is kept, what is missing will be created, and the inline policy's diff.
 * Changes nothing.
 */
export async function planAdminSetup(iam: IamClient, input: AdminSetupInput): Promise<AdminSetupPlan> {
  const { groupName, policyName } = input;
  const group = `group ${groupName}`;
  const steps: SetupStep[] = [];
  const existingGroupArn = await groupArn(iam, groupName);
  const hasGroup = existingGroupArn !== undefined;
  steps.push({
    subject: group,
    step: 'create group',
    plan: hasGroup ? 'keep' : 'create',
    detail: hasGroup ? 'exists' : '',
  });
  const attached = hasGroup ? await attachedPolicyArns(iam, groupName) : [];
  for (const arn of input.managedPolicyArns) {
    const present = attached.includes(arn);
    steps.push({
      subject: group,
      step: `attach ${policyLabel(arn)}`,
      plan: present ? 'keep' : 'create',
      detail: present ? 'attached' : arn,
    });
  }
  const inline = hasGroup ? await loadGroupInlinePolicies(iam, groupName) : [];
  const before: PolicyDocument | undefined = inline.find((policy) => policy.name === policyName)?.document;
  const roleInputs = input.roles ?? [];
  const roles: RolePlan[] = [];
  if (roleInputs.length > 0) {
    const accountId = await resolveAccountId(iam, existingGroupArn);
    const groupPolicies = new Map(inline.map((p) => [p.name, p.document]));
    for (const role of roleInputs)
      roles.push(await planRole(iam, role, { accountId, groupName, groupPolicies }));
  }
  const grantNames = new Set(roles.map((role) => role.grant.policyName));
  const policy = makePolicyEditPlan({
    groupName,
    policyName,
    before,
    after: buildMfaPolicy({ trustedCidrs: input.trustedCidrs, force: input.force }),
    // The grants count against the group's quota as they will be, not as they are.
    others: [
      ...inline.filter((p) => p.name !== policyName && !grantNames.has(p.name)).map((p) => p.document),
      ...roles.map((role) => role.grant.after),
    ],
  });
  steps.push({
    subject: group,
    step: `put inline policy ${policyName}`,
    plan: !policy.changed ? 'keep' : before ? 'update' : 'create',
    detail: !policy.changed
      ? 'as wanted'
      : `${policy.trustedCidrsAfter.length} trusted CIDR(s), ${policy.size} of ${policy.quota} characters`,
  });
  for (const role of roles) {
    const { grant } = role;
    steps.push({
      subject: group,
      step: `put inline policy ${grant.policyName}`,
      plan: !grant.changed ? 'keep' : grant.before ? 'update' : 'create',
      detail: grant.changed ? `sts:AssumeRole on ${role.roleArn}` : 'as wanted',
    });
  }
  for (const role of roles) steps.push(...roleSteps(role));
  for (const userName of input.userNames) {
    const user = `user ${userName}`;
    const exists = await userExists(iam, userName);
    steps.push({
      subject: user,
      step: 'create user',
      plan: exists ? 'keep' : 'create',
      detail: exists ? 'exists' : '',
    });
    const member = exists && (await listUserGroups(iam, userName)).includes(groupName);
    steps.push({
      subject: user,
      step: `add to group ${groupName}`,
      plan: member ? 'keep' : 'create',
      detail: member ? 'member' : '',
    });
    const keys = exists ? await accessKeyIds(iam, userName) : [];
    const csvKey = await readAccessKeyIdFromCsv(input.csvDirectory, userName);
    const csvPath = accessKeyCsvPath(input.csvDirectory, userName);
    if (csvKey !== undefined && keys.includes(csvKey)) {
      steps.push({
        subject: user,
        step: 'create access key',
        plan: 'keep',
        detail: `${mask(csvKey)} in ${csvPath}`,
      });
    } else if (keys.length >= accessKeyLimit) {
      steps.push({
        subject: user,
        step: 'create access key',
        plan: 'blocked',
        detail: `already has ${keys.length} access keys (IAM's limit), none in ${csvPath}`,
        error: tooManyKeys(userName, keys, csvPath),
      });
    } else {
      steps.push({ subject: user, step: 'create access key', plan: 'create', detail: `CSV to ${csvPath}` });
    }
  }
  const documents = roles.flatMap((role) => [role.trust, role.grant]).filter((change) => change.changed);
  return { input, steps, policy, roles, documents };
}

/** The steps of one role: create it (or keep it), its trust policy when it differs, its policies. */
function roleSteps(role: RolePlan): SetupStep[] {
  const subject = `role ${role.input.roleName}`;
  const account = role.roleArn.split(':')[4];
  const steps: SetupStep[] = [
    {
      subject,
      step: 'create role',
      plan: role.exists ? 'keep' : 'create',
      detail: role.exists ? 'exists' : `trusts account ${account}, only with MFA`,
    },
  ];
  if (role.exists && role.trust.changed) {
    steps.push({
      subject,
      step: 'set trust policy',
      plan: 'update',
      detail: `account ${account}, only with MFA (see the diff)`,
    });
  }
  for (const arn of role.input.managedPolicyArns) {
    const present = role.attached.includes(arn);
    steps.push({
      subject,
      step: `attach ${policyLabel(arn)}`,
      plan: present ? 'keep' : 'create',
      detail: present ? 'attached' : arn,
    });
  }
  return steps;
}

function tooManyKeys(userName: string, keys: readonly string[], csvPath: string): AwsMfaError {
  return new AwsMfaError(
    'CONFLICT',
    `User ${userName} already has ${keys.length} access keys (IAM allows ${accessKeyLimit}) and ${csvPath} holds neither; no key was created.`,
    {
      hint: `delete an unused key (aws iam delete-access-key --user-name ${userName} --access-key-id ${keys[0] ?? 'AKIA…'}), then run admin setup again`,
    },
  );
}

/** What a step skipped because the run was interrupted says. */
export const notStarted = 'not started: interrupted (Ctrl-C)';

/**
 * Carries out a setup plan step by step. A step that fails is recorded (with its error) and the
 * steps that depend on it are skipped; independent ones still run, so the result says exactly what
 * was done and what was not. A CSV is written only after its key exists, and a key whose CSV
 * cannot be written is deleted again. Rerunning converges: finished steps are kept. Once `signal`
 * is aborted (Ctrl-C) the step under way finishes and every later one is skipped as not started.
 */
export async function runAdminSetup(
  iam: IamClient,
  plan: AdminSetupPlan,
  onStep: (step: SetupStep) => void = () => {},
  signal?: AbortSignal,
): Promise<SetupStep[]> {
  const { input } = plan;
  const { groupName } = input;
  const done: SetupStep[] = [];
  let accountId: string | undefined;
  const noteArn = (arn: string | undefined) => {
    accountId ??= arn?.split(':')[4] || undefined;
  };
  const record = (
    step: SetupStep,
    result: SetupStep['result'],
    detail = step.detail,
    error?: AwsMfaError,
  ) => {
    const finished = { ...step, result, detail, ...(error ? { error } : {}) };
    done.push(finished);
    onStep(finished);
  };
  const attempt = async (step: SetupStep, run: () => Promise<string | undefined>): Promise<boolean> => {
    if (step.plan === 'keep') {
      record(step, 'unchanged');
      return true;
    }
    if (step.plan === 'blocked') {
      record(step, 'failed', step.detail, step.error);
      return false;
    }
    if (signal?.aborted) {
      record(step, 'skipped', notStarted);
      return false;
    }
    try {
      record(step, 'done', (await run()) ?? step.detail);
      return true;
    } catch (error) {
      const failure = isAwsMfaError(error)
        ? error
        : new AwsMfaError('INTERNAL', String((error as Error)?.message ?? error), { cause: error });
      record(step, 'failed', failure.message, failure);
      return false;
    }
  };
  const skip = (step: SetupStep, because: string) =>
    record(step, 'skipped', signal?.aborted ? notStarted : because);

  const groupSteps = plan.steps.filter((step) => step.subject === `group ${groupName}`);
  const [createGroup, ...groupRest] = groupSteps;
  const groupOk = await attempt(createGroup!, async () => {
    const created = await callIam({ action: 'iam:CreateGroup', target: `group ${groupName}` }, () =>
      iam.send(new CreateGroupCommand({ GroupName: groupName })),
    );
    noteArn(created.Group?.Arn);
    return 'created';
  });
  for (const step of groupRest) {
    if (!groupOk) {
      skip(step, `group ${groupName} could not be created`);
      continue;
    }
    if (step.step.startsWith('attach ')) {
      const arn = input.managedPolicyArns.find(
        (candidate) => `attach ${policyLabel(candidate)}` === step.step,
      )!;
      await attempt(step, async () => {
        // The group exists by now, so a missing entity here is the policy.
        await callIam({ action: 'iam:AttachGroupPolicy', target: `policy ${arn}` }, () =>
          iam.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: arn })),
        );
        return 'attached';
      });
    } else if (step.step === `put inline policy ${input.policyName}`) {
      await attempt(step, async () => {
        await applyPolicyEdit(iam, plan.policy);
        return step.plan === 'create' ? 'created' : 'replaced (see the diff)';
      });
    } else {
      const { grant } = plan.roles.find(
        (role) => step.step === `put inline policy ${role.grant.policyName}`,
      )!;
      await attempt(step, async () => {
        await callIam({ action: 'iam:PutGroupPolicy', target: `group ${groupName}` }, () =>
          iam.send(
            new PutGroupPolicyCommand({
              GroupName: groupName,
              PolicyName: grant.policyName,
              PolicyDocument: policyToJson(grant.after),
            }),
          ),
        );
        return step.plan === 'create' ? 'created' : 'replaced (see the diff)';
      });
    }
  }

  for (const role of plan.roles) await runRoleSteps(iam, role, plan.steps, attempt, skip);

  for (const userName of input.userNames) {
    const [createUser, join, createKey] = plan.steps.filter((step) => step.subject === `user ${userName}`);
    const userOk = await attempt(createUser!, async () => {
      const created = await callIam({ action: 'iam:CreateUser', target: `user ${userName}` }, () =>
        iam.send(new CreateUserCommand({ UserName: userName })),
      );
      noteArn(created.User?.Arn);
      return 'created';
    });
    if (!userOk) {
      skip(join!, `user ${userName} could not be created`);
      skip(createKey!, `user ${userName} could not be created`);
      continue;
    }
    if (groupOk) {
      await attempt(join!, async () => {
        await callIam({ action: 'iam:AddUserToGroup', target: `group ${groupName}` }, () =>
          iam.send(new AddUserToGroupCommand({ GroupName: groupName, UserName: userName })),
        );
        return 'added';
      });
    } else {
      skip(join!, `group ${groupName} could not be created`);
    }
    await attempt(createKey!, async () => {
      if (accountId === undefined) {
        const user = await callIam({ action: 'iam:GetUser', target: `user ${userName}` }, () =>
          iam.send(new GetUserCommand({ UserName: userName })),
        );
        noteArn(user.User?.Arn);
      }
      const created = await callIam({ action: 'iam:CreateAccessKey', target: `user ${userName}` }, () =>
        iam.send(new CreateAccessKeyCommand({ UserName: userName })),
      ).catch((error: AwsMfaError) => {
        throw error.code === 'CONFLICT'
          ? new AwsMfaError(
              'CONFLICT',
              `User ${userName} has reached IAM's access key limit; no key was created.`,
              {
                hint: `delete an unused key (aws iam list-access-keys --user-name ${userName}), then run admin setup again`,
                cause: error,
              },
            )
          : error;
      });
      const key = created.AccessKey;
      if (!key?.AccessKeyId || !key.SecretAccessKey) {
        throw new AwsMfaError(
          'SERVICE_ERROR',
          `IAM created an access key for ${userName} but returned no secret.`,
        );
      }
      try {
        const file = await writeAccessKeyCsv(input.csvDirectory, {
          userName,
          accessKeyId: key.AccessKeyId,
          secretAccessKey: key.SecretAccessKey,
          consoleLoginLink: consoleLoginLink(accountId ?? '000000000000'),
        });
        return `${mask(key.AccessKeyId)} written to ${file}`;
      } catch (error) {
        // The secret exists only in this process now; a key nobody can use is deleted again.
        await iam
          .send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: key.AccessKeyId }))
          .catch(() => undefined);
        throw error;
      }
    });
  }
  return done;
}

/**
 * Creates a role with its MFA trust policy (or replaces a trust policy that differs), then attaches
 * its managed policies; attaching is skipped when the role could not be created.
 */
async function runRoleSteps(
  iam: IamClient,
  role: RolePlan,
  steps: readonly SetupStep[],
  attempt: (step: SetupStep, run: () => Promise<string | undefined>) => Promise<boolean>,
  skip: (step: SetupStep, because: string) => void,
): Promise<void> {
  const { roleName } = role.input;
  const target = `role ${roleName}`;
  const [create, ...rest] = steps.filter((step) => step.subject === target);
  const trustJson = policyToJson(role.trust.after);
  const roleOk = await attempt(create!, async () => {
    await callIam({ action: 'iam:CreateRole', target }, () =>
      iam.send(
        new CreateRoleCommand({
          RoleName: roleName,
          AssumeRolePolicyDocument: trustJson,
          Description: 'Assumable by the account only with MFA (awsmfa admin setup)',
        }),
      ),
    );
    return 'created';
  });
  for (const step of rest) {
    if (!roleOk) {
      skip(step, `role ${roleName} could not be created`);
    } else if (step.step === 'set trust policy') {
      await attempt(step, async () => {
        await callIam({ action: 'iam:UpdateAssumeRolePolicy', target }, () =>
          iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: roleName, PolicyDocument: trustJson })),
        );
        return 'replaced (see the diff)';
      });
    } else {
      const arn = role.input.managedPolicyArns.find(
        (candidate) => `attach ${policyLabel(candidate)}` === step.step,
      )!;
      await attempt(step, async () => {
        // The role exists by now, so a missing entity here is the policy.
        await callIam({ action: 'iam:AttachRolePolicy', target: `policy ${arn}` }, () =>
          iam.send(new AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: arn })),
        );
        return 'attached';
      });
    }
  }
}
