import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { type AwsResult, awsHome, runAws } from './support/awsCli.js';

// biome-ignore lint/suspicious/noExplicitAny: AWS CLI JSON output is read field by field.
type Json = any;

/** The parsed JSON of a successful AWS CLI run (exit 0, nothing on stderr). */
function ok(result: AwsResult): Json {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.json;
}

const allowS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
});

describe('IAM users, groups and inline policies through /usr/bin/aws', () => {
  let emulator: Emulator;
  const scratch = awsHome();
  const aws = (...args: string[]) => runAws(emulator, scratch.home, emulator.admin, args);
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.stop();
    scratch.remove();
  });

  it('users and groups', async () => {
    const created = ok(await aws('iam', 'create-user', '--user-name', 'dora', '--path', '/ops/'));
    expect(created.User).toMatchObject({
      UserName: 'dora',
      Path: '/ops/',
      Arn: 'arn:aws:iam::123456789012:user/ops/dora',
    });
    ok(await aws('iam', 'create-group', '--group-name', 'Ops'));
    ok(await aws('iam', 'add-user-to-group', '--group-name', 'Ops', '--user-name', 'dora'));
    const [user, me, users, group, groups, forUser] = await Promise.all([
      aws('iam', 'get-user', '--user-name', 'dora'),
      aws('iam', 'get-user'),
      aws('iam', 'list-users'),
      aws('iam', 'get-group', '--group-name', 'Ops'),
      aws('iam', 'list-groups'),
      aws('iam', 'list-groups-for-user', '--user-name', 'dora'),
    ]);
    expect(ok(user).User.UserId).toBe(created.User.UserId);
    expect(ok(me).User.UserName).toBe('admin');
    expect(ok(users).Users.map((u: Json) => u.UserName)).toEqual(['admin', 'dora']);
    expect(ok(group).Users.map((u: Json) => u.UserName)).toEqual(['dora']);
    expect(ok(groups).Groups.map((g: Json) => g.GroupName)).toEqual(['Ops']);
    expect(ok(forUser).Groups.map((g: Json) => g.Arn)).toEqual(['arn:aws:iam::123456789012:group/Ops']);

    const duplicate = await aws('iam', 'create-user', '--user-name', 'dora');
    expect(duplicate.status).toBe(254);
    expect(duplicate.stderr).toContain(
      'An error occurred (EntityAlreadyExists) when calling the CreateUser operation: User with name dora already exists.',
    );
  });

  it('inline user and group policies (the CLI decodes the URL-encoded documents)', async () => {
    await Promise.all([
      aws(
        'iam',
        'put-user-policy',
        '--user-name',
        'dora',
        '--policy-name',
        'S3',
        '--policy-document',
        allowS3,
      ).then(ok),
      aws(
        'iam',
        'put-group-policy',
        '--group-name',
        'Ops',
        '--policy-name',
        'S3',
        '--policy-document',
        allowS3,
      ).then(ok),
    ]);
    const [userPolicy, userPolicies, groupPolicy, groupPolicies] = await Promise.all([
      aws('iam', 'get-user-policy', '--user-name', 'dora', '--policy-name', 'S3'),
      aws('iam', 'list-user-policies', '--user-name', 'dora'),
      aws('iam', 'get-group-policy', '--group-name', 'Ops', '--policy-name', 'S3'),
      aws('iam', 'list-group-policies', '--group-name', 'Ops'),
    ]);
    expect(ok(userPolicy).PolicyDocument).toEqual(JSON.parse(allowS3));
    expect(ok(userPolicies).PolicyNames).toEqual(['S3']);
    expect(ok(groupPolicy)).toMatchObject({
      GroupName: 'Ops',
      PolicyName: 'S3',
      PolicyDocument: JSON.parse(allowS3),
    });
    expect(ok(groupPolicies).PolicyNames).toEqual(['S3']);
  });

  it('cleans up in dependency order, refusing what AWS refuses', async () => {
    const conflict = await aws('iam', 'delete-group', '--group-name', 'Ops');
    expect(conflict.status).toBe(254);
    expect(conflict.stderr).toContain('(DeleteConflict)');
    await Promise.all([
      aws('iam', 'delete-user-policy', '--user-name', 'dora', '--policy-name', 'S3').then(ok),
      aws('iam', 'delete-group-policy', '--group-name', 'Ops', '--policy-name', 'S3').then(ok),
      aws('iam', 'remove-user-from-group', '--group-name', 'Ops', '--user-name', 'dora').then(ok),
    ]);
    await Promise.all([
      aws('iam', 'delete-group', '--group-name', 'Ops').then(ok),
      aws('iam', 'delete-user', '--user-name', 'dora').then(ok),
    ]);
    const gone = await aws('iam', 'get-user', '--user-name', 'dora');
    expect(gone.status).toBe(254);
    expect(gone.stderr).toContain(
      'An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name dora cannot be found.',
    );
  });

  it('bad credentials: unknown key, wrong secret', async () => {
    const [unknown, wrong] = await Promise.all([
      runAws(emulator, scratch.home, { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'x' }, [
        'sts',
        'get-caller-identity',
      ]),
      runAws(emulator, scratch.home, { ...emulator.admin, secretAccessKey: 'wrong' }, ['iam', 'list-users']),
    ]);
    expect(unknown.status).toBe(254);
    expect(unknown.stderr).toContain(
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    );
    expect(wrong.status).toBe(254);
    expect(wrong.stderr).toContain(
      'An error occurred (SignatureDoesNotMatch) when calling the ListUsers operation',
    );
  });
});
