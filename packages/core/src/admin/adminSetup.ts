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
import { adminText } from '../messages/en/admin.js';
import { type Message, verbatim } from '../messages/message.js';
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
  /** `group MyUsers`, `user cli-user` (adminText.group, adminText.user, adminText.role). */
  subject: Message;
  /** `create group`, `attach PowerUserAccess`, `put inline policy MyUsersPolicy`, `create access key`… */
  step: Message;
  /** Planned: `create`/`update` (will change IAM), `keep` (already as wanted), `blocked` (cannot be done). */
  plan: 'create' | 'update' | 'keep' | 'blocked';
  /** After running: what happened. */
  result?: 'done' | 'unchanged' | 'failed' | 'skipped';
  detail: Message;
  error?: AwsMfaError;
}

const none = verbatim('');

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
    throw iamError({ action: 'iam:GetGroup', target: adminText.group({ name: groupName }) }, error);
  }
}

async function userExists(iam: IamClient, userName: string): Promise<boolean> {
  try {
    await iam.send(new GetUserCommand({ UserName: userName }));
    return true;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return false;
    throw iamError({ action: 'iam:GetUser', target: adminText.user({ name: userName }) }, error);
  }
}

async function accessKeyIds(iam: IamClient, userName: string): Promise<string[]> {
  const keys = await listAll((marker) =>
    callIam({ action: 'iam:ListAccessKeys', target: adminText.user({ name: userName }) }, () =>
      iam.send(new ListAccessKeysCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.AccessKeyMetadata ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return keys.flatMap((key) => (key.AccessKeyId ? [key.AccessKeyId] : []));
}

async function attachedPolicyArns(iam: IamClient, groupName: string): Promise<string[]> {
  const attached = await listAll((marker) =>
    callIam({ action: 'iam:ListAttachedGroupPolicies', target: adminText.group({ name: groupName }) }, () =>
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
  const group = adminText.group({ name: groupName });
  const steps: SetupStep[] = [];
  const existingGroupArn = await groupArn(iam, groupName);
  const hasGroup = existingGroupArn !== undefined;
  steps.push({
    subject: group,
    step: adminText.createGroup(),
    plan: hasGroup ? 'keep' : 'create',
    detail: hasGroup ? adminText.exists() : none,
  });
  const attached = hasGroup ? await attachedPolicyArns(iam, groupName) : [];
  for (const arn of input.managedPolicyArns) {
    const present = attached.includes(arn);
    steps.push({
      subject: group,
      step: adminText.attach({ policy: policyLabel(arn) }),
      plan: present ? 'keep' : 'create',
      detail: present ? adminText.attached() : verbatim(arn),
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
    step: adminText.putInlinePolicy({ name: policyName }),
    plan: !policy.changed ? 'keep' : before ? 'update' : 'create',
    detail: !policy.changed
      ? adminText.asWanted()
      : adminText.mfaPolicyDetail({
          cidrs: policy.trustedCidrsAfter.length,
          size: policy.size,
          quota: policy.quota,
        }),
  });
  for (const role of roles) {
    const { grant } = role;
    steps.push({
      subject: group,
      step: adminText.putInlinePolicy({ name: grant.policyName }),
      plan: !grant.changed ? 'keep' : grant.before ? 'update' : 'create',
      detail: grant.changed ? adminText.assumeRoleOn({ arn: role.roleArn }) : adminText.asWanted(),
    });
  }
  for (const role of roles) steps.push(...roleSteps(role));
  for (const userName of input.userNames) {
    const user = adminText.user({ name: userName });
    const exists = await userExists(iam, userName);
    steps.push({
      subject: user,
      step: adminText.createUser(),
      plan: exists ? 'keep' : 'create',
      detail: exists ? adminText.exists() : none,
    });
    const member = exists && (await listUserGroups(iam, userName)).includes(groupName);
    steps.push({
      subject: user,
      step: adminText.addToGroup({ group: groupName }),
      plan: member ? 'keep' : 'create',
      detail: member ? adminText.member() : none,
    });
    const keys = exists ? await accessKeyIds(iam, userName) : [];
    const csvKey = await readAccessKeyIdFromCsv(input.csvDirectory, userName);
    const csvPath = accessKeyCsvPath(input.csvDirectory, userName);
    if (csvKey !== undefined && keys.includes(csvKey)) {
      steps.push({
        subject: user,
        step: adminText.createAccessKey(),
        plan: 'keep',
        detail: adminText.keyInCsv({ key: mask(csvKey), file: csvPath }),
      });
    } else if (keys.length >= accessKeyLimit) {
      steps.push({
        subject: user,
        step: adminText.createAccessKey(),
        plan: 'blocked',
        detail: adminText.tooManyKeysDetail({ count: keys.length, file: csvPath }),
        error: tooManyKeys(userName, keys, csvPath),
      });
    } else {
      steps.push({
        subject: user,
        step: adminText.createAccessKey(),
        plan: 'create',
        detail: adminText.csvTo({ file: csvPath }),
      });
    }
  }
  const documents = roles.flatMap((role) => [role.trust, role.grant]).filter((change) => change.changed);
  return { input, steps, policy, roles, documents };
}

/** The steps of one role: create it (or keep it), its trust policy when it differs, its policies. */
function roleSteps(role: RolePlan): SetupStep[] {
  const subject = adminText.role({ name: role.input.roleName });
  const account = role.roleArn.split(':')[4] ?? '';
  const steps: SetupStep[] = [
    {
      subject,
      step: adminText.createRole(),
      plan: role.exists ? 'keep' : 'create',
      detail: role.exists ? adminText.exists() : adminText.trustsAccount({ account }),
    },
  ];
  if (role.exists && role.trust.changed) {
    steps.push({
      subject,
      step: adminText.setTrustPolicy(),
      plan: 'update',
      detail: adminText.accountOnlyWithMfa({ account }),
    });
  }
  for (const arn of role.input.managedPolicyArns) {
    const present = role.attached.includes(arn);
    steps.push({
      subject,
      step: adminText.attach({ policy: policyLabel(arn) }),
      plan: present ? 'keep' : 'create',
      detail: present ? adminText.attached() : verbatim(arn),
    });
  }
  return steps;
}

function tooManyKeys(userName: string, keys: readonly string[], csvPath: string): AwsMfaError {
  return new AwsMfaError(
    'CONFLICT',
    adminText.tooManyKeys({ user: userName, count: keys.length, limit: accessKeyLimit, file: csvPath }),
    { hint: adminText.tooManyKeysHint({ user: userName, key: keys[0] ?? 'AKIA…' }) },
  );
}

/** What a step skipped because the run was interrupted says. */
export const notStarted: Message = adminText.notStarted();

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
  const attempt = async (step: SetupStep, run: () => Promise<Message | undefined>): Promise<boolean> => {
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
      record(step, 'failed', failure.text, failure);
      return false;
    }
  };
  const skip = (step: SetupStep, because: Message) =>
    record(step, 'skipped', signal?.aborted ? notStarted : because);
  const group = adminText.group({ name: groupName });
  const same = (a: Message, b: Message) => a.english === b.english;

  const groupSteps = plan.steps.filter((step) => same(step.subject, group));
  const [createGroup, ...groupRest] = groupSteps;
  const groupOk = await attempt(createGroup!, async () => {
    const created = await callIam({ action: 'iam:CreateGroup', target: group }, () =>
      iam.send(new CreateGroupCommand({ GroupName: groupName })),
    );
    noteArn(created.Group?.Arn);
    return adminText.created();
  });
  const replacedOrCreated = (step: SetupStep) =>
    step.plan === 'create' ? adminText.created() : adminText.replaced();
  for (const step of groupRest) {
    if (!groupOk) {
      skip(step, adminText.couldNotBeCreated({ target: group }));
      continue;
    }
    const arn = input.managedPolicyArns.find((candidate) =>
      same(adminText.attach({ policy: policyLabel(candidate) }), step.step),
    );
    if (arn !== undefined) {
      await attempt(step, async () => {
        // The group exists by now, so a missing entity here is the policy.
        await callIam({ action: 'iam:AttachGroupPolicy', target: adminText.policyArn({ arn }) }, () =>
          iam.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: arn })),
        );
        return adminText.attached();
      });
    } else if (same(step.step, adminText.putInlinePolicy({ name: input.policyName }))) {
      await attempt(step, async () => {
        await applyPolicyEdit(iam, plan.policy);
        return replacedOrCreated(step);
      });
    } else {
      const { grant } = plan.roles.find((role) =>
        same(step.step, adminText.putInlinePolicy({ name: role.grant.policyName })),
      )!;
      await attempt(step, async () => {
        await callIam({ action: 'iam:PutGroupPolicy', target: group }, () =>
          iam.send(
            new PutGroupPolicyCommand({
              GroupName: groupName,
              PolicyName: grant.policyName,
              PolicyDocument: policyToJson(grant.after),
            }),
          ),
        );
        return replacedOrCreated(step);
      });
    }
  }

  for (const role of plan.roles) await runRoleSteps(iam, role, plan.steps, attempt, skip);

  for (const userName of input.userNames) {
    const user = adminText.user({ name: userName });
    const [createUser, join, createKey] = plan.steps.filter((step) => same(step.subject, user));
    const userOk = await attempt(createUser!, async () => {
      const created = await callIam({ action: 'iam:CreateUser', target: user }, () =>
        iam.send(new CreateUserCommand({ UserName: userName })),
      );
      noteArn(created.User?.Arn);
      return adminText.created();
    });
    if (!userOk) {
      skip(join!, adminText.couldNotBeCreated({ target: user }));
      skip(createKey!, adminText.couldNotBeCreated({ target: user }));
      continue;
    }
    if (groupOk) {
      await attempt(join!, async () => {
        await callIam({ action: 'iam:AddUserToGroup', target: group }, () =>
          iam.send(new AddUserToGroupCommand({ GroupName: groupName, UserName: userName })),
        );
        return adminText.added();
      });
    } else {
      skip(join!, adminText.couldNotBeCreated({ target: group }));
    }
    await attempt(createKey!, async () => {
      if (accountId === undefined) {
        const found = await callIam({ action: 'iam:GetUser', target: user }, () =>
          iam.send(new GetUserCommand({ UserName: userName })),
        );
        noteArn(found.User?.Arn);
      }
      const created = await callIam({ action: 'iam:CreateAccessKey', target: user }, () =>
        iam.send(new CreateAccessKeyCommand({ UserName: userName })),
      ).catch((error: AwsMfaError) => {
        throw error.code === 'CONFLICT'
          ? new AwsMfaError('CONFLICT', adminText.keyLimit({ user: userName }), {
              hint: adminText.keyLimitHint({ user: userName }),
              cause: error,
            })
          : error;
      });
      const key = created.AccessKey;
      if (!key?.AccessKeyId || !key.SecretAccessKey) {
        throw new AwsMfaError('SERVICE_ERROR', adminText.noSecret({ user: userName }));
      }
      try {
        const file = await writeAccessKeyCsv(input.csvDirectory, {
          userName,
          accessKeyId: key.AccessKeyId,
          secretAccessKey: key.SecretAccessKey,
          consoleLoginLink: consoleLoginLink(accountId ?? '000000000000'),
        });
        return adminText.writtenTo({ key: mask(key.AccessKeyId), file });
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
  attempt: (step: SetupStep, run: () => Promise<Message | undefined>) => Promise<boolean>,
  skip: (step: SetupStep, because: Message) => void,
): Promise<void> {
  const { roleName } = role.input;
  const target = adminText.role({ name: roleName });
  const [create, ...rest] = steps.filter((step) => step.subject.english === target.english);
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
    return adminText.created();
  });
  for (const step of rest) {
    if (!roleOk) {
      skip(step, adminText.couldNotBeCreated({ target }));
    } else if (step.step.key === adminText.setTrustPolicy().key) {
      await attempt(step, async () => {
        await callIam({ action: 'iam:UpdateAssumeRolePolicy', target }, () =>
          iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: roleName, PolicyDocument: trustJson })),
        );
        return adminText.replaced();
      });
    } else {
      const arn = role.input.managedPolicyArns.find(
        (candidate) => adminText.attach({ policy: policyLabel(candidate) }).english === step.step.english,
      )!;
      await attempt(step, async () => {
        // The role exists by now, so a missing entity here is the policy.
        await callIam({ action: 'iam:AttachRolePolicy', target: adminText.policyArn({ arn }) }, () =>
          iam.send(new AttachRolePolicyCommand({ RoleName: roleName, PolicyArn: arn })),
        );
        return adminText.attached();
      });
    }
  }
}
