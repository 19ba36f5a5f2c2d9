// The two bulk answers IAM gives auditors: the credential report (IAM's life cycle: STARTED,
// INPROGRESS, COMPLETE, reuse for four hours, ReportNotPresent/ReportInProgress/ReportExpired; AWS's
// columns) and GetAccountAuthorizationDetails (Filter, one MaxItems across the lists, URL-encoded
// documents, the AWS managed policies in use).
import * as iamApi from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { awsError, clients, seedText, testClock, totpCode } from './support/clients.js';

const {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetCredentialReportCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} = iamApi;

const document = (sid: string) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a b+c%' }],
});

const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' },
  ],
};

const columns =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,' +
  'mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,' +
  'access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,' +
  'access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

const reportTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+00:00');

describe('credential report life cycle', () => {
  const clock = testClock(new Date('2026-03-01T09:00:00Z'));
  let emulator: Emulator;
  // Signs as of the emulator's clock, which the test moves by hours.
  const iam = () => clients(emulator, emulator.admin, { now: clock.now }).iam;
  beforeAll(async () => {
    emulator = await startEmulator({ clock: clock.now, credentialReportDelayMs: 5 * 60_000 });
  });
  afterAll(() => emulator.stop());

  it('is not present, starts, is in progress, completes as a snapshot, is reused for four hours, then expires', async () => {
    const admin = iam();
    await admin.send(new CreateUserCommand({ UserName: 'carol' }));
    const first = await admin.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    clock.advance(60_000);
    const second = await admin.send(new CreateAccessKeyCommand({ UserName: 'carol' }));
    // carol's first key signs one request (its last use), her second never does.
    const carol = {
      accessKeyId: first.AccessKey!.AccessKeyId!,
      secretAccessKey: first.AccessKey!.SecretAccessKey!,
    };
    await clients(emulator, carol, { now: clock.now }).sts.send(new GetCallerIdentityCommand({}));
    const usedAt = clock.now();
    const device = await admin.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'carol' }));
    const seed = seedText(device.VirtualMFADevice!.Base32StringSeed);
    await admin.send(
      new EnableMFADeviceCommand({
        UserName: 'carol',
        SerialNumber: device.VirtualMFADevice!.SerialNumber,
        AuthenticationCode1: totpCode(seed, clock.now(), -2),
        AuthenticationCode2: totpCode(seed, clock.now(), -1),
      }),
    );

    expect(await awsError(admin.send(new GetCredentialReportCommand({})))).toMatchObject({
      name: 'CredentialReportNotPresentException',
      status: 410,
    });
    const started = clock.now();
    expect(await admin.send(new GenerateCredentialReportCommand({}))).toMatchObject({
      State: 'STARTED',
      Description: 'No report exists. Starting a new report generation task',
    });
    // Created after the snapshot: not in this report.
    await admin.send(new CreateUserCommand({ UserName: 'late' }));
    clock.advance(60_000);
    expect((await admin.send(new GenerateCredentialReportCommand({}))).State).toBe('INPROGRESS');
    expect(await awsError(admin.send(new GetCredentialReportCommand({})))).toMatchObject({
      name: 'CredentialReportNotReadyException',
      status: 404,
    });

    clock.advance(4 * 60_000);
    const ready = await iam().send(new GenerateCredentialReportCommand({}));
    expect(ready.State).toBe('COMPLETE');
    expect(ready.Description).toBeUndefined();
    const report = await iam().send(new GetCredentialReportCommand({}));
    expect(report.ReportFormat).toBe('text/csv');
    const generated = new Date(started.getTime() + 5 * 60_000);
    expect(report.GeneratedTime).toEqual(generated);
    const rows = Buffer.from(report.Content!).toString('utf8').split('\n');
    expect(rows[0]).toBe(columns);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['user', '<root_account>', 'admin', 'carol']);
    expect(rows[1]).toBe(
      `<root_account>,arn:aws:iam::123456789012:root,${rows[1]!.split(',')[2]},not_supported,no_information,not_supported,not_supported,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
    const created = (key: typeof first) => reportTime(key.AccessKey!.CreateDate!);
    expect(rows[3]!.split(',')).toEqual([
      'carol',
      'arn:aws:iam::123456789012:user/carol',
      expect.stringMatching(/^2026-03-01T09:00:00\+00:00$/),
      'false',
      'N/A',
      'N/A',
      'N/A',
      'true',
      'true',
      created(first),
      reportTime(usedAt),
      'us-east-1',
      'sts',
      'true',
      created(second),
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A',
    ]);

    // Reused for four hours: no new report, the same snapshot.
    clock.advance(3 * 60 * 60_000);
    expect((await iam().send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE');
    expect((await iam().send(new GetCredentialReportCommand({}))).GeneratedTime).toEqual(generated);

    clock.advance(60 * 60_000);
    expect(await awsError(iam().send(new GetCredentialReportCommand({})))).toMatchObject({
      name: 'CredentialReportExpiredException',
      status: 410,
    });
    expect((await iam().send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED');
    clock.advance(5 * 60_000);
    const fresh = await iam().send(new GetCredentialReportCommand({}));
    expect(Buffer.from(fresh.Content!).toString('utf8')).toMatch(/\nlate,/);
  });
});

describe('GetAccountAuthorizationDetails', () => {
  let emulator: Emulator;
  let iam: iamApi.IAMClient;
  let localArn: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    iam = clients(emulator, emulator.admin).iam;
    await iam.send(new CreateGroupCommand({ GroupName: 'Ops' }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'Ops',
        PolicyName: 'OpsInline',
        PolicyDocument: JSON.stringify(document('G')),
      }),
    );
    await iam.send(
      new AttachGroupPolicyCommand({
        GroupName: 'Ops',
        PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
      }),
    );
    const { Policy } = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'Local',
        Path: '/team/',
        PolicyDocument: JSON.stringify(document('L')),
      }),
    );
    localArn = Policy!.Arn!;
    await iam.send(
      new CreatePolicyCommand({ PolicyName: 'Spare', PolicyDocument: JSON.stringify(document('S')) }),
    );
    for (const user of ['bob', 'alice']) {
      await iam.send(new CreateUserCommand({ UserName: user }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'Ops', UserName: user }));
    }
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'alice',
        PolicyName: 'Own',
        PolicyDocument: JSON.stringify(document('U')),
      }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: localArn }));
    await iam.send(
      new iamApi.CreateRoleCommand({ RoleName: 'Auditor', AssumeRolePolicyDocument: JSON.stringify(trust) }),
    );
    await iam.send(
      new iamApi.PutRolePolicyCommand({
        RoleName: 'Auditor',
        PolicyName: 'RoleInline',
        PolicyDocument: JSON.stringify(document('R')),
      }),
    );
    await iam.send(
      new iamApi.AttachRolePolicyCommand({
        RoleName: 'Auditor',
        PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    );
  });
  afterAll(() => emulator.stop());

  it('returns users, groups and the managed policies in use with URL-encoded documents', async () => {
    const details = await iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1000 }));
    expect(details.IsTruncated).toBe(false);
    expect(details.UserDetailList!.map((u) => u.UserName)).toEqual(['admin', 'alice', 'bob']);
    const alice = details.UserDetailList![1]!;
    expect(alice).toMatchObject({
      Arn: 'arn:aws:iam::123456789012:user/alice',
      GroupList: ['Ops'],
      AttachedManagedPolicies: [{ PolicyName: 'Local', PolicyArn: localArn }],
    });
    // URL-encoded as IAM sends them; the SDK leaves the encoding alone.
    expect(alice.UserPolicyList![0]!.PolicyName).toBe('Own');
    expect(alice.UserPolicyList![0]!.PolicyDocument).toMatch(/^%7B/);
    expect(JSON.parse(decodeURIComponent(alice.UserPolicyList![0]!.PolicyDocument!))).toEqual(document('U'));
    expect(details.GroupDetailList).toMatchObject([
      {
        GroupName: 'Ops',
        GroupPolicyList: [
          { PolicyName: 'OpsInline', PolicyDocument: encodeURIComponent(JSON.stringify(document('G'))) },
        ],
        AttachedManagedPolicies: [
          { PolicyName: 'PowerUserAccess', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
        ],
      },
    ]);
    expect(details.RoleDetailList).toMatchObject([
      {
        RoleName: 'Auditor',
        Arn: 'arn:aws:iam::123456789012:role/Auditor',
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
        RolePolicyList: [
          { PolicyName: 'RoleInline', PolicyDocument: encodeURIComponent(JSON.stringify(document('R'))) },
        ],
        AttachedManagedPolicies: [
          { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        ],
        InstanceProfileList: [],
      },
    ]);
    // AWS managed: only those attached (IAMUserChangePassword is not); customer managed: all of them.
    expect(details.Policies!.map((p) => p.PolicyName).sort()).toEqual([
      'AdministratorAccess',
      'Local',
      'PowerUserAccess',
      'ReadOnlyAccess',
      'Spare',
    ]);
    const local = details.Policies!.find((p) => p.PolicyName === 'Local')!;
    expect(local).toMatchObject({ Path: '/team/', AttachmentCount: 1, DefaultVersionId: 'v1' });
    expect(JSON.parse(decodeURIComponent(local.PolicyVersionList![0]!.Document!))).toEqual(document('L'));
  });

  it('filters by entity type and refuses an unknown one as IAM does', async () => {
    const users = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['User'] }));
    expect(users.UserDetailList!.map((u) => u.UserName)).toEqual(['admin', 'alice', 'bob']);
    expect([users.GroupDetailList, users.RoleDetailList, users.Policies]).toEqual([[], [], []]);
    const roles = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'] }));
    expect(roles.RoleDetailList!.map((r) => r.RoleName)).toEqual(['Auditor']);
    const local = await iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ['LocalManagedPolicy', 'Group'] }),
    );
    expect(local.UserDetailList).toEqual([]);
    expect(local.GroupDetailList!.map((g) => g.GroupName)).toEqual(['Ops']);
    expect(local.Policies!.map((p) => p.PolicyName).sort()).toEqual(['Local', 'Spare']);
    expect(
      await awsError(
        iam.send(
          new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Bogus' as iamApi.EntityType] }),
        ),
      ),
    ).toEqual({
      name: 'ValidationError',
      message:
        "1 validation error detected: Value '[User, Bogus]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]]",
      status: 400,
    });
  });

  it('pages with one MaxItems across all lists, adding up to the whole answer', async () => {
    const whole = await iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1000 }));
    const pages: iamApi.GetAccountAuthorizationDetailsCommandOutput[] = [];
    for await (const page of iamApi.paginateGetAccountAuthorizationDetails(
      { client: iam, pageSize: 2 },
      {},
    )) {
      pages.push(page);
    }
    const total = (page: typeof whole) =>
      page.UserDetailList!.length +
      page.GroupDetailList!.length +
      page.RoleDetailList!.length +
      page.Policies!.length;
    expect(
      pages
        .map(total)
        .slice(0, -1)
        .every((count) => count === 2),
    ).toBe(true);
    expect(pages.length).toBe(Math.ceil(total(whole) / 2));
    expect(pages.flatMap((p) => p.UserDetailList)).toEqual(whole.UserDetailList);
    expect(pages.flatMap((p) => p.GroupDetailList)).toEqual(whole.GroupDetailList);
    expect(pages.flatMap((p) => p.RoleDetailList)).toEqual(whole.RoleDetailList);
    expect(pages.flatMap((p) => p.Policies)).toEqual(whole.Policies);
  });
});
