import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetPolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, clients, sessionCredentials } from './support/clients.js';

const accountId = '123456789012';
const trustAccount = (extra: object = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'sts:AssumeRole',
        ...extra,
      },
    ],
  });
const readBuckets = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});

describe('IAM roles', () => {
  let emulator: Emulator;
  const iam = () => clients(emulator, emulator.admin).iam;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.stop());

  it('CreateRole, GetRole and ListRoles describe the role as AWS does', async () => {
    const { Role } = await iam().send(
      new CreateRoleCommand({
        RoleName: 'Deployer',
        Path: '/ops/',
        AssumeRolePolicyDocument: trustAccount(),
        Description: 'deploys things',
        MaxSessionDuration: 7200,
      }),
    );
    expect(Role).toMatchObject({
      RoleName: 'Deployer',
      Path: '/ops/',
      Arn: `arn:aws:iam::${accountId}:role/ops/Deployer`,
      Description: 'deploys things',
      MaxSessionDuration: 7200,
    });
    expect(Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    // IAM returns the document URL-encoded; the SDK leaves it so.
    expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toEqual(
      JSON.parse(trustAccount()),
    );

    const got = (await iam().send(new GetRoleCommand({ RoleName: 'Deployer' }))).Role;
    expect(got).toMatchObject({ RoleId: Role!.RoleId, MaxSessionDuration: 7200, RoleLastUsed: {} });
    await iam().send(
      new CreateRoleCommand({ RoleName: 'Auditor', AssumeRolePolicyDocument: trustAccount() }),
    );
    const listed = (await iam().send(new ListRolesCommand({}))).Roles;
    expect(listed?.map((role) => [role.RoleName, role.MaxSessionDuration])).toEqual([
      ['Auditor', 3600],
      ['Deployer', 7200],
    ]);
    expect(
      (await iam().send(new ListRolesCommand({ PathPrefix: '/ops/' }))).Roles?.map((r) => r.RoleName),
    ).toEqual(['Deployer']);
    const first = await iam().send(new ListRolesCommand({ MaxItems: 1 }));
    expect([first.Roles?.map((r) => r.RoleName), first.IsTruncated]).toEqual([['Auditor'], true]);
    const second = await iam().send(new ListRolesCommand({ MaxItems: 1, Marker: first.Marker }));
    expect([second.Roles?.map((r) => r.RoleName), second.IsTruncated]).toEqual([['Deployer'], false]);
  });

  it('refuses duplicates, unknown roles and bad parameters with AWS errors', async () => {
    expect(
      await awsError(
        iam().send(new CreateRoleCommand({ RoleName: 'deployer', AssumeRolePolicyDocument: trustAccount() })),
      ),
    ).toEqual({
      name: 'EntityAlreadyExistsException',
      message: 'Role with name deployer already exists.',
      status: 409,
    });
    expect(await awsError(iam().send(new GetRoleCommand({ RoleName: 'Nobody' })))).toEqual({
      name: 'NoSuchEntityException',
      message: 'The role with name Nobody cannot be found.',
      status: 404,
    });
    expect(
      await awsError(
        iam().send(
          new CreateRoleCommand({
            RoleName: 'Short',
            AssumeRolePolicyDocument: trustAccount(),
            MaxSessionDuration: 3599,
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationError',
      message:
        "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
      status: 400,
    });
    expect(
      (await awsError(iam().send(new UpdateRoleCommand({ RoleName: 'Auditor', MaxSessionDuration: 43_201 }))))
        .message,
    ).toBe(
      "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
    await iam().send(
      new UpdateRoleCommand({ RoleName: 'Auditor', MaxSessionDuration: 43_200, Description: 'reads' }),
    );
    expect((await iam().send(new GetRoleCommand({ RoleName: 'Auditor' }))).Role).toMatchObject({
      MaxSessionDuration: 43_200,
      Description: 'reads',
    });
  });

  it('checks trust policies as IAM does (MalformedPolicyDocument, LimitExceeded)', async () => {
    const create = (document: unknown) =>
      awsError(
        iam().send(
          new CreateRoleCommand({
            RoleName: 'Bad',
            AssumeRolePolicyDocument: typeof document === 'string' ? document : JSON.stringify(document),
          }),
        ),
      );
    const statement = { Effect: 'Allow', Principal: { AWS: accountId }, Action: 'sts:AssumeRole' };
    const cases: Array<[unknown, string]> = [
      ['{not json', 'This policy contains invalid Json'],
      [{ Statement: [{ ...statement, Resource: '*' }] }, 'Has prohibited field Resource'],
      [
        { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
        'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!',
      ],
      [
        { Statement: [{ ...statement, Principal: { AWS: `arn:aws:iam::${accountId}:user/ghost` } }] },
        `Invalid principal in policy: "AWS":"arn:aws:iam::${accountId}:user/ghost"`,
      ],
      [
        { Statement: [{ ...statement, Principal: { AWS: 'not-an-arn' } }] },
        'Invalid principal in policy: "AWS":"not-an-arn"',
      ],
      [
        { Statement: [{ ...statement, Action: 's3:GetObject' }] },
        'AssumeRole policy may only specify STS AssumeRole actions.',
      ],
    ];
    for (const [document, message] of cases) {
      expect(await create(document)).toEqual({
        name: 'MalformedPolicyDocumentException',
        message,
        status: 400,
      });
    }
    const long = { Statement: [{ ...statement, Sid: 'x'.repeat(2100) }] };
    expect(await create(long)).toEqual({
      name: 'LimitExceededException',
      message: 'Cannot exceed quota for ACLSizePerRole: 2048',
      status: 409,
    });
    // A principal that exists is accepted, also another account's (which IAM cannot check here).
    await iam().send(new CreateUserCommand({ UserName: 'ops-user' }));
    await iam().send(
      new UpdateAssumeRolePolicyCommand({
        RoleName: 'Auditor',
        PolicyDocument: JSON.stringify({
          Statement: [
            {
              ...statement,
              Principal: {
                AWS: [`arn:aws:iam::${accountId}:user/ops-user`, 'arn:aws:iam::210987654321:root'],
              },
            },
          ],
        }),
      }),
    );
    const doc = (await iam().send(new GetRoleCommand({ RoleName: 'Auditor' }))).Role
      ?.AssumeRolePolicyDocument;
    expect(decodeURIComponent(doc!)).toContain('ops-user');
  });

  it('keeps inline and attached role policies, counts attachments, and refuses deleting a role that has any', async () => {
    await iam().send(
      new PutRolePolicyCommand({ RoleName: 'Deployer', PolicyName: 'Buckets', PolicyDocument: readBuckets }),
    );
    expect((await iam().send(new ListRolePoliciesCommand({ RoleName: 'Deployer' }))).PolicyNames).toEqual([
      'Buckets',
    ]);
    const inline = await iam().send(
      new GetRolePolicyCommand({ RoleName: 'Deployer', PolicyName: 'Buckets' }),
    );
    expect(inline).toMatchObject({ RoleName: 'Deployer', PolicyName: 'Buckets' });
    expect(JSON.parse(decodeURIComponent(inline.PolicyDocument!))).toEqual(JSON.parse(readBuckets));

    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    await iam().send(new AttachRolePolicyCommand({ RoleName: 'Deployer', PolicyArn: readOnly }));
    expect(
      (await iam().send(new ListAttachedRolePoliciesCommand({ RoleName: 'Deployer' }))).AttachedPolicies,
    ).toEqual([{ PolicyName: 'ReadOnlyAccess', PolicyArn: readOnly }]);
    expect((await iam().send(new GetPolicyCommand({ PolicyArn: readOnly }))).Policy?.AttachmentCount).toBe(1);
    expect((await iam().send(new ListEntitiesForPolicyCommand({ PolicyArn: readOnly }))).PolicyRoles).toEqual(
      [{ RoleName: 'Deployer', RoleId: expect.stringMatching(/^AROA/) }],
    );

    expect(await awsError(iam().send(new DeleteRoleCommand({ RoleName: 'Deployer' })))).toEqual({
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must detach all policies first.',
      status: 409,
    });
    // The simulator evaluates a role's policies like a user's or a group's.
    const simulated = await iam().send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: `arn:aws:iam::${accountId}:role/ops/Deployer`,
        ActionNames: ['s3:ListAllMyBuckets', 's3:CreateBucket'],
      }),
    );
    expect(
      simulated.EvaluationResults?.map((result) => [result.EvalActionName, result.EvalDecision]),
    ).toEqual([
      ['s3:ListAllMyBuckets', 'allowed'],
      ['s3:CreateBucket', 'implicitDeny'],
    ]);
    await iam().send(new DetachRolePolicyCommand({ RoleName: 'Deployer', PolicyArn: readOnly }));
    expect((await awsError(iam().send(new DeleteRoleCommand({ RoleName: 'Deployer' })))).message).toBe(
      'Cannot delete entity, must delete policies first.',
    );
    await iam().send(new DeleteRolePolicyCommand({ RoleName: 'Deployer', PolicyName: 'Buckets' }));
    expect(
      (await awsError(iam().send(new GetRolePolicyCommand({ RoleName: 'Deployer', PolicyName: 'Buckets' }))))
        .message,
    ).toBe('The role policy with name Buckets cannot be found.');
    await iam().send(new DeleteRoleCommand({ RoleName: 'Deployer' }));
    expect((await iam().send(new ListRolesCommand({}))).Roles?.map((role) => role.RoleName)).toEqual([
      'Auditor',
    ]);
  });

  it('deleting a role ends its sessions, also when a role of the same name is created again', async () => {
    const { iam: adminIam, sts } = clients(emulator, emulator.admin);
    await adminIam.send(
      new CreateRoleCommand({ RoleName: 'Temp', AssumeRolePolicyDocument: trustAccount() }),
    );
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/Temp`, RoleSessionName: 'before' }),
    );
    const session = clients(emulator, sessionCredentials(Credentials)).sts;
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      `arn:aws:sts::${accountId}:assumed-role/Temp/before`,
    );
    await adminIam.send(new DeleteRoleCommand({ RoleName: 'Temp' }));
    await adminIam.send(
      new CreateRoleCommand({ RoleName: 'Temp', AssumeRolePolicyDocument: trustAccount() }),
    );
    expect(await awsError(session.send(new GetCallerIdentityCommand({})))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
  });

  it('a user without IAM permissions cannot manage roles', async () => {
    await iam().send(new CreateUserCommand({ UserName: 'nobody' }));
    const { AccessKey } = await iam().send(new CreateAccessKeyCommand({ UserName: 'nobody' }));
    const nobody = clients(emulator, {
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    });
    expect(
      await awsError(
        nobody.iam.send(
          new CreateRoleCommand({ RoleName: 'Mine', AssumeRolePolicyDocument: trustAccount() }),
        ),
      ),
    ).toEqual({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${accountId}:user/nobody is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${accountId}:role/Mine because no identity-based policy allows the iam:CreateRole action`,
      status: 403,
    });
  });
});

describe('roles in the state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-roles-'));
  const stateFile = join(dir, 'state.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps roles, their policies and live role sessions across a restart', async () => {
    const first = await startEmulator({ stateFile, accountId: '111122223333' });
    const admin = clients(first, first.admin);
    await admin.iam.send(
      new CreateRoleCommand({
        RoleName: 'Kept',
        AssumeRolePolicyDocument: trustAccount().replaceAll(accountId, '111122223333'),
        MaxSessionDuration: 7200,
      }),
    );
    await admin.iam.send(
      new PutRolePolicyCommand({ RoleName: 'Kept', PolicyName: 'Buckets', PolicyDocument: readBuckets }),
    );
    const { Credentials } = await admin.sts.send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/Kept', RoleSessionName: 'kept' }),
    );
    await first.stop();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).roles.Kept.maxSessionDuration).toBe(7200);

    const second = await startEmulator({ stateFile });
    try {
      const role = (await clients(second, second.admin).iam.send(new GetRoleCommand({ RoleName: 'Kept' })))
        .Role;
      expect(role).toMatchObject({ Arn: 'arn:aws:iam::111122223333:role/Kept', MaxSessionDuration: 7200 });
      expect(role?.RoleLastUsed?.LastUsedDate).toBeInstanceOf(Date);
      const session = clients(second, sessionCredentials(Credentials));
      expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(
        'arn:aws:sts::111122223333:assumed-role/Kept/kept',
      );
    } finally {
      await second.stop();
    }
  });

  it('loads a state file written before the sandbox knew roles', async () => {
    const old = JSON.parse(readFileSync(stateFile, 'utf8'));
    delete old.roles;
    writeFileSync(stateFile, JSON.stringify(old), { mode: 0o600 });
    const emulator = await startEmulator({ stateFile });
    try {
      expect((await clients(emulator, emulator.admin).iam.send(new ListRolesCommand({}))).Roles).toEqual([]);
    } finally {
      await emulator.stop();
    }
  });
});
