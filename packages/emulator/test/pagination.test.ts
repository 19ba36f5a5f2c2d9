// IAM pagination as AWS does it: MaxItems (default 100, 1–1000), IsTruncated, an opaque Marker,
// AWS's errors for bad values, on every list action; read with the SDK's own paginators and with
// the AWS CLI v2, which follows markers by itself.
import * as iamApi from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsHome, runAws } from './support/awsCli.js';
import { awsError, clients, seedText, totpCode } from './support/clients.js';

const {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeleteUserCommand,
  EnableMFADeviceCommand,
  ListGroupsCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} = iamApi;

const allowS3 = (sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:*', Resource: '*' }],
  });

/** Every item of a paginated listing, and how many pages it took. */
async function collect<T>(pages: AsyncIterable<T>, items: (page: T) => unknown[] | undefined) {
  const all: unknown[] = [];
  let count = 0;
  for await (const page of pages) {
    count += 1;
    all.push(...(items(page) ?? []));
  }
  return { all, pages: count };
}

describe('IAM pagination', () => {
  let emulator: Emulator;
  let iam: iamApi.IAMClient;
  const scratch = awsHome();
  const policyArns: string[] = [];
  beforeAll(async () => {
    emulator = await startEmulator();
    iam = clients(emulator, emulator.admin).iam;
    // Three of everything a listing can hold, so pages of 2 and of 1 both cross a page boundary.
    for (const name of ['Ops', 'Devs', 'Audit']) await iam.send(new CreateGroupCommand({ GroupName: name }));
    for (const name of ['p1', 'p2', 'p3']) {
      const { Policy } = await iam.send(
        new CreatePolicyCommand({ PolicyName: name, PolicyDocument: allowS3(name) }),
      );
      policyArns.push(Policy!.Arn!);
    }
    for (const name of ['carol', 'bob', 'alice']) {
      await iam.send(new CreateUserCommand({ UserName: name }));
      for (const group of ['Ops', 'Devs', 'Audit']) {
        await iam.send(new AddUserToGroupCommand({ GroupName: group, UserName: name }));
      }
    }
    for (const name of ['carol', 'bob', 'alice']) {
      const { VirtualMFADevice } = await iam.send(
        new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }),
      );
      // Alice holds all three devices (IAM allows eight), so her ListMFADevices has three entries.
      const seed = seedText(VirtualMFADevice!.Base32StringSeed);
      // One time for both codes: two clock readings could straddle a 30-s step.
      const now = new Date();
      await iam.send(
        new EnableMFADeviceCommand({
          UserName: 'alice',
          SerialNumber: VirtualMFADevice!.SerialNumber,
          AuthenticationCode1: totpCode(seed, now, -2),
          AuthenticationCode2: totpCode(seed, now, -1),
        }),
      );
    }
    for (const [i, policy] of ['a', 'b', 'c'].entries()) {
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'carol', PolicyName: policy, PolicyDocument: allowS3(policy) }),
      );
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: 'Ops', PolicyName: policy, PolicyDocument: allowS3(policy) }),
      );
      await iam.send(new AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: policyArns[i] }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'Ops', PolicyArn: policyArns[i] }));
    }
    await iam.send(new AttachUserPolicyCommand({ UserName: 'bob', PolicyArn: policyArns[0] }));
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' },
      ],
    });
    for (const role of ['Reader', 'Writer', 'Auditor']) {
      await iam.send(new iamApi.CreateRoleCommand({ RoleName: role, AssumeRolePolicyDocument: trust }));
    }
    for (const [i, policy] of ['a', 'b', 'c'].entries()) {
      await iam.send(
        new iamApi.PutRolePolicyCommand({
          RoleName: 'Reader',
          PolicyName: policy,
          PolicyDocument: allowS3(policy),
        }),
      );
      await iam.send(new iamApi.AttachRolePolicyCommand({ RoleName: 'Reader', PolicyArn: policyArns[i] }));
    }
    await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
  });
  afterAll(async () => {
    await emulator.stop();
    scratch.remove();
  });

  // Each listing read whole (MaxItems 1000) and in pages of `size`: the same items in the same order.
  const listings: Array<{
    name: string;
    size: number;
    pages: (client: iamApi.IAMClient, size: number) => AsyncIterable<unknown>;
    items: (page: never) => unknown[] | undefined;
  }> = [
    {
      name: 'ListUsers',
      size: 2,
      pages: (client, size) => iamApi.paginateListUsers({ client, pageSize: size }, {}),
      items: (page: iamApi.ListUsersCommandOutput) => page.Users?.map((u) => u.UserName),
    },
    {
      name: 'ListGroups',
      size: 2,
      pages: (client, size) => iamApi.paginateListGroups({ client, pageSize: size }, {}),
      items: (page: iamApi.ListGroupsCommandOutput) => page.Groups?.map((g) => g.GroupName),
    },
    {
      name: 'GetGroup',
      size: 2,
      pages: (client, size) => iamApi.paginateGetGroup({ client, pageSize: size }, { GroupName: 'Ops' }),
      items: (page: iamApi.GetGroupCommandOutput) => page.Users?.map((u) => u.UserName),
    },
    {
      name: 'ListGroupsForUser',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListGroupsForUser({ client, pageSize: size }, { UserName: 'alice' }),
      items: (page: iamApi.ListGroupsForUserCommandOutput) => page.Groups?.map((g) => g.GroupName),
    },
    {
      name: 'ListUserPolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListUserPolicies({ client, pageSize: size }, { UserName: 'carol' }),
      items: (page: iamApi.ListUserPoliciesCommandOutput) => page.PolicyNames,
    },
    {
      name: 'ListGroupPolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListGroupPolicies({ client, pageSize: size }, { GroupName: 'Ops' }),
      items: (page: iamApi.ListGroupPoliciesCommandOutput) => page.PolicyNames,
    },
    {
      name: 'ListAttachedUserPolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListAttachedUserPolicies({ client, pageSize: size }, { UserName: 'carol' }),
      items: (page: iamApi.ListAttachedUserPoliciesCommandOutput) =>
        page.AttachedPolicies?.map((p) => p.PolicyArn),
    },
    {
      name: 'ListAttachedGroupPolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListAttachedGroupPolicies({ client, pageSize: size }, { GroupName: 'Ops' }),
      items: (page: iamApi.ListAttachedGroupPoliciesCommandOutput) =>
        page.AttachedPolicies?.map((p) => p.PolicyArn),
    },
    {
      name: 'ListPolicies',
      size: 2,
      pages: (client, size) => iamApi.paginateListPolicies({ client, pageSize: size }, { Scope: 'Local' }),
      items: (page: iamApi.ListPoliciesCommandOutput) => page.Policies?.map((p) => p.PolicyName),
    },
    {
      name: 'ListRoles',
      size: 2,
      pages: (client, size) => iamApi.paginateListRoles({ client, pageSize: size }, {}),
      items: (page: iamApi.ListRolesCommandOutput) => page.Roles?.map((r) => r.RoleName),
    },
    {
      name: 'ListRolePolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListRolePolicies({ client, pageSize: size }, { RoleName: 'Reader' }),
      items: (page: iamApi.ListRolePoliciesCommandOutput) => page.PolicyNames,
    },
    {
      name: 'ListAttachedRolePolicies',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListAttachedRolePolicies({ client, pageSize: size }, { RoleName: 'Reader' }),
      items: (page: iamApi.ListAttachedRolePoliciesCommandOutput) =>
        page.AttachedPolicies?.map((p) => p.PolicyArn),
    },
    {
      name: 'ListEntitiesForPolicy',
      size: 1,
      pages: (client, size) =>
        iamApi.paginateListEntitiesForPolicy(
          { client, pageSize: size },
          { PolicyArn: 'arn:aws:iam::123456789012:policy/p1' },
        ),
      items: (page: iamApi.ListEntitiesForPolicyCommandOutput) => [
        ...(page.PolicyGroups ?? []).map((g) => `group ${g.GroupName}`),
        ...(page.PolicyUsers ?? []).map((u) => `user ${u.UserName}`),
        ...(page.PolicyRoles ?? []).map((r) => `role ${r.RoleName}`),
      ],
    },
    {
      name: 'ListAccessKeys',
      size: 1,
      pages: (client, size) =>
        iamApi.paginateListAccessKeys({ client, pageSize: size }, { UserName: 'carol' }),
      items: (page: iamApi.ListAccessKeysCommandOutput) => page.AccessKeyMetadata?.map((k) => k.AccessKeyId),
    },
    {
      name: 'ListMFADevices',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateListMFADevices({ client, pageSize: size }, { UserName: 'alice' }),
      items: (page: iamApi.ListMFADevicesCommandOutput) => page.MFADevices?.map((d) => d.SerialNumber),
    },
    {
      name: 'ListVirtualMFADevices',
      size: 2,
      pages: (client, size) => iamApi.paginateListVirtualMFADevices({ client, pageSize: size }, {}),
      items: (page: iamApi.ListVirtualMFADevicesCommandOutput) =>
        page.VirtualMFADevices?.map((d) => d.SerialNumber),
    },
    {
      name: 'SimulatePrincipalPolicy',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateSimulatePrincipalPolicy(
          { client, pageSize: size },
          {
            PolicySourceArn: 'arn:aws:iam::123456789012:user/carol',
            ActionNames: ['s3:ListBucket', 'ec2:DescribeInstances', 'iam:ListUsers'],
          },
        ),
      items: (page: iamApi.SimulatePrincipalPolicyCommandOutput) =>
        page.EvaluationResults?.map((r) => `${r.EvalActionName} ${r.EvalDecision}`),
    },
    {
      name: 'SimulateCustomPolicy',
      size: 2,
      pages: (client, size) =>
        iamApi.paginateSimulateCustomPolicy(
          { client, pageSize: size },
          {
            PolicyInputList: [allowS3('x')],
            ActionNames: ['s3:ListBucket', 'ec2:DescribeInstances', 's3:GetObject'],
          },
        ),
      items: (page: iamApi.SimulateCustomPolicyCommandOutput) =>
        page.EvaluationResults?.map((r) => `${r.EvalActionName} ${r.EvalDecision}`),
    },
  ];

  it.each(listings)('$name comes in pages of $size that add up to the whole listing', async (listing) => {
    const whole = await collect(listing.pages(iam, 1000), listing.items as never);
    const paged = await collect(listing.pages(iam, listing.size), listing.items as never);
    expect(whole.pages).toBe(1);
    // More items than a page (access keys: two, IAM's quota; pages of one).
    expect(whole.all.length).toBeGreaterThan(listing.size);
    expect(paged.all).toEqual(whole.all);
    expect(paged.pages).toBe(Math.ceil(whole.all.length / listing.size));
  });

  it('defaults to 100 items a page, as IAM', async () => {
    for (let i = 0; i < 100; i++) {
      await iam.send(new CreateUserCommand({ UserName: `bulk-${String(i).padStart(3, '0')}` }));
    }
    const first = await iam.send(new ListUsersCommand({}));
    expect(first.Users).toHaveLength(100);
    expect(first.IsTruncated).toBe(true);
    expect(first.Marker).toMatch(/^[\u0020-\u00FF]{1,320}$/);
    const rest = await iam.send(new ListUsersCommand({ Marker: first.Marker }));
    expect(rest.IsTruncated).toBe(false);
    expect(rest.Marker).toBeUndefined();
    expect([...first.Users!, ...rest.Users!].map((u) => u.UserName)).toHaveLength(104);
    for (let i = 0; i < 100; i++) {
      await iam.send(new DeleteUserCommand({ UserName: `bulk-${String(i).padStart(3, '0')}` }));
    }
  });

  it('refuses MaxItems outside 1–1000 and markers it did not hand out, with AWS errors', async () => {
    expect(await awsError(iam.send(new ListUsersCommand({ MaxItems: 0 })))).toEqual({
      name: 'ValidationError',
      message:
        "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
      status: 400,
    });
    expect(await awsError(iam.send(new ListUsersCommand({ MaxItems: 1001 })))).toEqual({
      name: 'ValidationError',
      message:
        "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000",
      status: 400,
    });
    expect(await awsError(iam.send(new ListUsersCommand({ Marker: 'not-a-marker' })))).toEqual({
      name: 'ValidationError',
      message: 'Invalid Marker.',
      status: 400,
    });
    // A marker of one listing is no good for another (the awsets bug: ListUsers' marker on ListAccessKeys).
    const { Marker } = await iam.send(new ListUsersCommand({ MaxItems: 1 }));
    expect(Marker).toBeDefined();
    expect((await awsError(iam.send(new ListGroupsCommand({ Marker })))).message).toBe('Invalid Marker.');
    expect((await awsError(iam.send(new ListUsersCommand({ Marker, PathPrefix: '/x/' })))).message).toBe(
      'Invalid Marker.',
    );
  });

  it('resumes after the marker even when the entity it names was deleted in between', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'between' }));
    const first = await iam.send(new ListUsersCommand({ MaxItems: 3 }));
    expect(first.Users!.map((u) => u.UserName)).toEqual(['admin', 'alice', 'between']);
    await iam.send(new DeleteUserCommand({ UserName: 'between' }));
    const next = await iam.send(new ListUsersCommand({ MaxItems: 3, Marker: first.Marker }));
    expect(next.Users!.map((u) => u.UserName)).toEqual(['bob', 'carol']);
    expect(next.IsTruncated).toBe(false);
  });

  it('the AWS CLI v2 follows the markers (--page-size) and hands out its own NextToken (--max-items)', async () => {
    const aws = (...args: string[]) => runAws(emulator, scratch.home, emulator.admin, args);
    const all = await aws('iam', 'list-users', '--page-size', '1');
    expect(all.stderr).toBe('');
    expect((all.json as { Users: Array<{ UserName: string }> }).Users.map((u) => u.UserName)).toEqual([
      'admin',
      'alice',
      'bob',
      'carol',
    ]);
    const first = await aws('iam', 'list-users', '--max-items', '2', '--page-size', '1');
    const { Users, NextToken } = first.json as { Users: Array<{ UserName: string }>; NextToken: string };
    expect(Users.map((u) => u.UserName)).toEqual(['admin', 'alice']);
    const rest = await aws('iam', 'list-users', '--starting-token', NextToken, '--page-size', '1');
    expect((rest.json as { Users: Array<{ UserName: string }> }).Users.map((u) => u.UserName)).toEqual([
      'bob',
      'carol',
    ]);
  });
});
