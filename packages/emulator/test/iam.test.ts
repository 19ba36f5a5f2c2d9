import * as iamApi from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, clients } from './support/clients.js';

const {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DeletePolicyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
  GetAccessKeyLastUsedCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListPoliciesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateAccessKeyCommand,
} = iamApi;

const allowS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
});

describe('IAM users, groups, policies and access keys (SDK)', () => {
  let emulator: Emulator;
  let iam: iamApi.IAMClient;
  beforeAll(async () => {
    emulator = await startEmulator();
    iam = clients(emulator, emulator.admin).iam;
  });
  afterAll(() => emulator.stop());

  it('creates, gets, lists and deletes users; GetUser defaults to the caller', async () => {
    const { User } = await iam.send(new CreateUserCommand({ UserName: 'alice', Path: '/team/' }));
    expect(User).toMatchObject({
      UserName: 'alice',
      Path: '/team/',
      Arn: 'arn:aws:iam::123456789012:user/team/alice',
    });
    expect(User?.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(User?.CreateDate).toBeInstanceOf(Date);
    expect((await iam.send(new GetUserCommand({ UserName: 'alice' }))).User?.UserId).toBe(User?.UserId);
    expect((await iam.send(new GetUserCommand({}))).User?.UserName).toBe('admin');
    expect((await iam.send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).toEqual([
      'admin',
      'alice',
    ]);
    expect(
      (await iam.send(new ListUsersCommand({ PathPrefix: '/team/' }))).Users?.map((u) => u.UserName),
    ).toEqual(['alice']);
    expect(await awsError(iam.send(new CreateUserCommand({ UserName: 'alice' })))).toEqual({
      name: 'EntityAlreadyExistsException',
      message: 'User with name alice already exists.',
      status: 409,
    });
    await iam.send(new DeleteUserCommand({ UserName: 'alice' }));
    expect(await awsError(iam.send(new GetUserCommand({ UserName: 'alice' })))).toEqual({
      name: 'NoSuchEntityException',
      message: 'The user with name alice cannot be found.',
      status: 404,
    });
    expect((await awsError(iam.send(new CreateUserCommand({ UserName: 'bad name' })))).message).toBe(
      "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
  });

  it('groups: create, membership, get, list, delete with conflicts', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    const { Group } = await iam.send(new CreateGroupCommand({ GroupName: 'Devs' }));
    expect(Group).toMatchObject({
      GroupName: 'Devs',
      Path: '/',
      Arn: 'arn:aws:iam::123456789012:group/Devs',
    });
    expect(Group?.GroupId).toMatch(/^AGPA/);
    await iam.send(new AddUserToGroupCommand({ GroupName: 'Devs', UserName: 'bob' }));
    const got = await iam.send(new GetGroupCommand({ GroupName: 'Devs' }));
    expect(got.Users?.map((u) => u.UserName)).toEqual(['bob']);
    expect((await iam.send(new ListGroupsCommand({}))).Groups?.map((g) => g.GroupName)).toEqual(['Devs']);
    expect(
      (await iam.send(new ListGroupsForUserCommand({ UserName: 'bob' }))).Groups?.map((g) => g.GroupName),
    ).toEqual(['Devs']);
    expect(await awsError(iam.send(new DeleteUserCommand({ UserName: 'bob' })))).toMatchObject({
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must remove users from group first.',
    });
    expect((await awsError(iam.send(new DeleteGroupCommand({ GroupName: 'Devs' })))).name).toBe(
      'DeleteConflictException',
    );
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Devs', UserName: 'bob' }));
    expect(
      (await awsError(iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Devs', UserName: 'bob' })))).name,
    ).toBe('NoSuchEntityException');
    await iam.send(new DeleteGroupCommand({ GroupName: 'Devs' }));
    expect(await awsError(iam.send(new GetGroupCommand({ GroupName: 'Devs' })))).toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The group with name Devs cannot be found.',
    });
    await iam.send(new DeleteUserCommand({ UserName: 'bob' }));
  });

  it('inline user and group policies: put, get (URL-encoded as IAM sends it), list, delete, quota', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'carol' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'Ops' }));
    await iam.send(
      new PutUserPolicyCommand({ UserName: 'carol', PolicyName: 'S3', PolicyDocument: allowS3 }),
    );
    await iam.send(
      new PutGroupPolicyCommand({ GroupName: 'Ops', PolicyName: 'S3', PolicyDocument: allowS3 }),
    );
    const userPolicy = await iam.send(new GetUserPolicyCommand({ UserName: 'carol', PolicyName: 'S3' }));
    expect(userPolicy.UserName).toBe('carol');
    expect(userPolicy.PolicyDocument).toBe(encodeURIComponent(allowS3));
    const groupPolicy = await iam.send(new GetGroupPolicyCommand({ GroupName: 'Ops', PolicyName: 'S3' }));
    expect(decodeURIComponent(groupPolicy.PolicyDocument!)).toBe(allowS3);
    expect((await iam.send(new ListUserPoliciesCommand({ UserName: 'carol' }))).PolicyNames).toEqual(['S3']);
    expect((await iam.send(new ListGroupPoliciesCommand({ GroupName: 'Ops' }))).PolicyNames).toEqual(['S3']);
    expect(
      await awsError(
        iam.send(new PutUserPolicyCommand({ UserName: 'carol', PolicyName: 'Bad', PolicyDocument: '{' })),
      ),
    ).toEqual({
      name: 'MalformedPolicyDocumentException',
      message: 'This policy contains invalid Json',
      status: 400,
    });
    const huge = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: Array.from({ length: 80 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
        },
      ],
    });
    expect(
      await awsError(
        iam.send(new PutUserPolicyCommand({ UserName: 'carol', PolicyName: 'Huge', PolicyDocument: huge })),
      ),
    ).toEqual({
      name: 'LimitExceededException',
      message: 'Maximum policy size of 2048 bytes exceeded for user carol',
      status: 409,
    });
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'carol', PolicyName: 'S3' }));
    await iam.send(new DeleteGroupPolicyCommand({ GroupName: 'Ops', PolicyName: 'S3' }));
    expect(
      await awsError(iam.send(new GetUserPolicyCommand({ UserName: 'carol', PolicyName: 'S3' }))),
    ).toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The user policy with name S3 cannot be found.',
    });
  });

  it('managed policies: AWS ones are built in; create, attach, list, detach, delete', async () => {
    const aws = await iam.send(new ListPoliciesCommand({ Scope: 'AWS' }));
    expect(aws.Policies?.map((p) => p.PolicyName).sort()).toEqual([
      'AdministratorAccess',
      'IAMUserChangePassword',
      'PowerUserAccess',
      'ReadOnlyAccess',
    ]);
    const power = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess', VersionId: 'v12' }),
    );
    const document = JSON.parse(decodeURIComponent(power.PolicyVersion!.Document!));
    expect(document.Statement[0]).toEqual({
      Effect: 'Allow',
      NotAction: ['iam:*', 'organizations:*', 'account:*'],
      Resource: '*',
    });

    const { Policy } = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'S3All', PolicyDocument: allowS3, Description: 'all of S3' }),
    );
    expect(Policy).toMatchObject({
      PolicyName: 'S3All',
      Arn: 'arn:aws:iam::123456789012:policy/S3All',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
    });
    await iam.send(new AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: Policy!.Arn }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'Ops', PolicyArn: Policy!.Arn }));
    await iam.send(
      new AttachGroupPolicyCommand({ GroupName: 'Ops', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    );
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: Policy!.Arn }))).Policy?.AttachmentCount).toBe(
      2,
    );
    expect(
      (await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'carol' }))).AttachedPolicies,
    ).toEqual([{ PolicyName: 'S3All', PolicyArn: Policy!.Arn }]);
    expect(
      (await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Ops' }))).AttachedPolicies?.map(
        (p) => p.PolicyName,
      ),
    ).toEqual(['S3All', 'ReadOnlyAccess']);
    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: Policy!.Arn }));
    expect(entities.PolicyUsers?.map((u) => u.UserName)).toEqual(['carol']);
    expect(entities.PolicyGroups?.map((g) => g.GroupName)).toEqual(['Ops']);
    expect(
      (await iam.send(new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }))).Policies?.length,
    ).toBe(1);
    expect(await awsError(iam.send(new DeletePolicyCommand({ PolicyArn: Policy!.Arn })))).toMatchObject({
      name: 'DeleteConflictException',
    });
    expect(
      await awsError(
        iam.send(
          new AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/Nope' }),
        ),
      ),
    ).toMatchObject({
      name: 'NoSuchEntityException',
      message: 'Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.',
    });
    await iam.send(new DetachUserPolicyCommand({ UserName: 'carol', PolicyArn: Policy!.Arn }));
    await iam.send(new DetachGroupPolicyCommand({ GroupName: 'Ops', PolicyArn: Policy!.Arn }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: Policy!.Arn }));
    expect((await awsError(iam.send(new GetPolicyCommand({ PolicyArn: Policy!.Arn })))).name).toBe(
      'NoSuchEntityException',
    );
  });

  it('access keys: at most two per user, update, delete, last used', async () => {
    const first = (await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }))).AccessKey!;
    expect(first.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(first.SecretAccessKey).toMatch(/^[A-Za-z0-9/+]{40}$/);
    expect(first.Status).toBe('Active');
    await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    expect(await awsError(iam.send(new CreateAccessKeyCommand({ UserName: 'carol' })))).toEqual({
      name: 'LimitExceededException',
      message: 'Cannot exceed quota for AccessKeysPerUser: 2',
      status: 409,
    });
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'carol' }));
    expect(listed.AccessKeyMetadata).toHaveLength(2);
    expect(listed.AccessKeyMetadata?.some((k) => 'SecretAccessKey' in k)).toBe(false);
    await iam.send(
      new UpdateAccessKeyCommand({ UserName: 'carol', AccessKeyId: first.AccessKeyId, Status: 'Inactive' }),
    );
    expect(
      (await iam.send(new ListAccessKeysCommand({ UserName: 'carol' }))).AccessKeyMetadata?.find(
        (k) => k.AccessKeyId === first.AccessKeyId,
      )?.Status,
    ).toBe('Inactive');
    const unused = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: first.AccessKeyId }));
    expect(unused.AccessKeyLastUsed).toEqual({ ServiceName: 'N/A', Region: 'N/A' });
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: emulator.admin.accessKeyId }));
    expect(used.AccessKeyLastUsed).toMatchObject({ ServiceName: 'iam', Region: 'us-east-1' });
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'carol', AccessKeyId: first.AccessKeyId }));
    expect(
      await awsError(
        iam.send(new DeleteAccessKeyCommand({ UserName: 'carol', AccessKeyId: first.AccessKeyId })),
      ),
    ).toMatchObject({
      name: 'NoSuchEntityException',
      message: `The Access Key with id ${first.AccessKeyId} cannot be found.`,
    });
  });
});
