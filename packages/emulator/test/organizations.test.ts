// An organization in the sandbox: Organizations' ListAccounts over AWS JSON 1.1 (pages, NextToken,
// its errors), member accounts with an IAM each, entered by AssumeRole into the role that trusts the
// management account — read with the SDK here, with the AWS CLI v2 in organizations.awsCli.test.ts.
import * as iamApi from '@aws-sdk/client-iam';
import {
  ListAccountsCommand,
  type ListAccountsCommandOutput,
  OrganizationsClient,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, type Credentials, clients } from './support/clients.js';

const member1 = '200000000001';
const roleArn = (account: string, name = 'OrganizationAccountAccessRole') =>
  `arn:aws:iam::${account}:role/${name}`;

function organizations(emulator: Emulator, credentials: Credentials, maxAttempts = 1) {
  const client = new OrganizationsClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials,
    maxAttempts,
  });
  return client;
}

async function assume(emulator: Emulator, credentials: Credentials, arn: string): Promise<Credentials> {
  const { Credentials: c } = await clients(emulator, credentials).sts.send(
    new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'auditor' }),
  );
  return {
    accessKeyId: c!.AccessKeyId!,
    secretAccessKey: c!.SecretAccessKey!,
    sessionToken: c!.SessionToken!,
  };
}

describe('an organization of three accounts', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ organization: { accounts: 3 }, seedUsers: 2, defaultMaxItems: 1 });
  });
  afterAll(() => emulator.stop());

  it('lists its accounts, the management account first, a page at a time', async () => {
    expect(emulator.organization?.accountIds).toEqual(['123456789012', member1, '200000000002']);
    const client = organizations(emulator, emulator.admin);
    const pages: ListAccountsCommandOutput[] = [];
    for await (const page of paginateListAccounts({ client }, {})) pages.push(page);
    // The emulator's page size (1 here) stands in for Organizations' 20.
    expect(pages.map((page) => page.Accounts?.length)).toEqual([1, 1, 1]);
    const accounts = pages.flatMap((page) => page.Accounts ?? []);
    expect(
      accounts.map((account) => [account.Id, account.Name, account.Status, account.JoinedMethod]),
    ).toEqual([
      ['123456789012', 'management', 'ACTIVE', 'INVITED'],
      [member1, 'member-1', 'ACTIVE', 'CREATED'],
      ['200000000002', 'member-2', 'ACTIVE', 'CREATED'],
    ]);
    expect(accounts[1]!.Arn).toMatch(
      /^arn:aws:organizations::123456789012:account\/o-[a-z0-9]{10}\/200000000001$/,
    );
    expect(accounts[1]!.JoinedTimestamp).toBeInstanceOf(Date);
    const all = await client.send(new ListAccountsCommand({ MaxResults: 20 }));
    expect([all.Accounts?.length, all.NextToken]).toEqual([3, undefined]);
    client.destroy();
  });

  it('refuses a made-up NextToken and MaxResults over 20 with InvalidInputException', async () => {
    const client = organizations(emulator, emulator.admin);
    expect(await awsError(client.send(new ListAccountsCommand({ NextToken: 'bogus' })))).toMatchObject({
      name: 'InvalidInputException',
      message:
        'Get the value for the NextToken parameter from the response to a previous call of the operation.',
      status: 400,
    });
    expect(await awsError(client.send(new ListAccountsCommand({ MaxResults: 21 })))).toMatchObject({
      name: 'InvalidInputException',
      message: 'You provided a value that exceeds the maximum allowed value.',
    });
    client.destroy();
  });

  it('member accounts have an IAM of their own, entered by AssumeRole into OrganizationAccountAccessRole', async () => {
    const session = await assume(emulator, emulator.admin, roleArn(member1));
    const { sts, iam } = clients(emulator, session);
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: member1,
      Arn: `arn:aws:sts::${member1}:assumed-role/OrganizationAccountAccessRole/auditor`,
    });
    // The member's own generated users; the management account's admin is not there.
    const users = await iam.send(new iamApi.ListUsersCommand({ MaxItems: 1000 }));
    expect(users.Users?.map((user) => [user.UserName, user.Arn])).toEqual([
      ['user-00001', `arn:aws:iam::${member1}:user/user-00001`],
      ['user-00002', `arn:aws:iam::${member1}:user/user-00002`],
    ]);
    // A change in the member account stays there.
    await iam.send(new iamApi.CreateUserCommand({ UserName: 'only-in-member-1' }));
    const management = clients(emulator, emulator.admin).iam;
    expect(
      await awsError(management.send(new iamApi.GetUserCommand({ UserName: 'only-in-member-1' }))),
    ).toMatchObject({
      name: 'NoSuchEntityException',
    });
    // Only the management account may list the organization's accounts.
    expect(await awsError(organizations(emulator, session).send(new ListAccountsCommand({})))).toMatchObject({
      name: 'AccessDeniedException',
      message: "You don't have permissions to access this resource.",
    });
  });

  it('across accounts the caller’s own policies must allow sts:AssumeRole, whatever the trust policy says', async () => {
    const admin = clients(emulator, emulator.admin).iam;
    await admin.send(new iamApi.CreateUserCommand({ UserName: 'no-assume' }));
    const { AccessKey } = await admin.send(new iamApi.CreateAccessKeyCommand({ UserName: 'no-assume' }));
    const keys = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    expect(await awsError(assume(emulator, keys, roleArn(member1)))).toMatchObject({
      name: 'AccessDenied',
      status: 403,
    });
    // A member role whose trust names the user directly: enough within one account, not across two.
    const inMember = clients(emulator, await assume(emulator, emulator.admin, roleArn(member1))).iam;
    await inMember.send(
      new iamApi.CreateRoleCommand({
        RoleName: 'NamesTheUser',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::123456789012:user/no-assume' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    expect(await awsError(assume(emulator, keys, roleArn(member1, 'NamesTheUser')))).toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining('because no identity-based policy allows the sts:AssumeRole action'),
    });
    expect(await awsError(assume(emulator, emulator.admin, roleArn(member1, 'NoSuchRole')))).toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::123456789012:user/admin is not authorized to perform: sts:AssumeRole on resource: ${roleArn(member1, 'NoSuchRole')}`,
    });
    // Nor an account outside the organization.
    expect(await awsError(assume(emulator, emulator.admin, roleArn('999999999999')))).toMatchObject({
      name: 'AccessDenied',
    });
  });

  it('a throttled ListAccounts is TooManyRequestsException, which the SDK retries', async () => {
    emulator.setFaults({ 'organizations:ListAccounts': { error: 'Throttling', times: 1 } });
    try {
      expect(
        await awsError(organizations(emulator, emulator.admin).send(new ListAccountsCommand({}))),
      ).toMatchObject({
        name: 'TooManyRequestsException',
        status: 400,
      });
      emulator.setFaults({ 'organizations:ListAccounts': { error: 'Throttling', times: 1 } });
      const retried = await organizations(emulator, emulator.admin, 3).send(
        new ListAccountsCommand({ MaxResults: 5 }),
      );
      expect(retried.Accounts).toHaveLength(3);
    } finally {
      emulator.setFaults({});
    }
  });
});

describe('an account without an organization', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.stop());

  it('answers ListAccounts with AWSOrganizationsNotInUseException', async () => {
    expect(
      await awsError(organizations(emulator, emulator.admin).send(new ListAccountsCommand({}))),
    ).toMatchObject({
      name: 'AWSOrganizationsNotInUseException',
      message: 'Your account is not a member of an organization.',
    });
    expect(emulator.organization).toBeUndefined();
  });
});
