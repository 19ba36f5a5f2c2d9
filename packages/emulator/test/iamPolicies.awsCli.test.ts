import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { type AwsResult, awsHome, runAws } from './support/awsCli.js';

// biome-ignore lint/suspicious/noExplicitAny: AWS CLI JSON output is read field by field.
type Json = any;

function ok(result: AwsResult): Json {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.json;
}

const allowS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
});

describe('managed policies, access keys, simulation and reports through /usr/bin/aws', {
  timeout: 60_000,
}, () => {
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

  it('managed policies: create, attach to a user and a group, list, detach, delete', async () => {
    await Promise.all([
      aws('iam', 'create-user', '--user-name', 'erin').then(ok),
      aws('iam', 'create-group', '--group-name', 'Readers').then(ok),
    ]);
    const { Policy } = ok(
      await aws('iam', 'create-policy', '--policy-name', 'S3All', '--policy-document', allowS3),
    );
    expect(Policy.Arn).toBe('arn:aws:iam::123456789012:policy/S3All');
    await Promise.all([
      aws('iam', 'attach-user-policy', '--user-name', 'erin', '--policy-arn', Policy.Arn).then(ok),
      aws(
        'iam',
        'attach-group-policy',
        '--group-name',
        'Readers',
        '--policy-arn',
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
      ).then(ok),
    ]);
    const [policy, version, awsPolicies, userAttached, groupAttached, entities] = await Promise.all([
      aws('iam', 'get-policy', '--policy-arn', Policy.Arn),
      aws(
        'iam',
        'get-policy-version',
        '--policy-arn',
        'arn:aws:iam::aws:policy/AdministratorAccess',
        '--version-id',
        'v1',
      ),
      aws('iam', 'list-policies', '--scope', 'AWS'),
      aws('iam', 'list-attached-user-policies', '--user-name', 'erin'),
      aws('iam', 'list-attached-group-policies', '--group-name', 'Readers'),
      aws('iam', 'list-entities-for-policy', '--policy-arn', Policy.Arn),
    ]);
    expect(ok(policy).Policy.AttachmentCount).toBe(1);
    expect(ok(version).PolicyVersion.Document).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect(ok(awsPolicies).Policies.map((p: Json) => p.PolicyName)).toContain('PowerUserAccess');
    expect(ok(userAttached).AttachedPolicies).toEqual([{ PolicyName: 'S3All', PolicyArn: Policy.Arn }]);
    expect(ok(groupAttached).AttachedPolicies[0].PolicyName).toBe('ReadOnlyAccess');
    expect(ok(entities).PolicyUsers.map((u: Json) => u.UserName)).toEqual(['erin']);
    await Promise.all([
      aws('iam', 'detach-user-policy', '--user-name', 'erin', '--policy-arn', Policy.Arn).then(ok),
      aws(
        'iam',
        'detach-group-policy',
        '--group-name',
        'Readers',
        '--policy-arn',
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
      ).then(ok),
    ]);
    ok(await aws('iam', 'delete-policy', '--policy-arn', Policy.Arn));
  });

  it('access keys: create, list, deactivate, last used, delete', async () => {
    const { AccessKey } = ok(await aws('iam', 'create-access-key', '--user-name', 'erin'));
    expect(AccessKey.AccessKeyId).toMatch(/^AKIA/);
    const erin = { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };
    const identity = ok(await runAws(emulator, scratch.home, erin, ['sts', 'get-caller-identity']));
    expect(identity.Arn).toBe('arn:aws:iam::123456789012:user/erin');
    const [listed, lastUsed] = await Promise.all([
      aws('iam', 'list-access-keys', '--user-name', 'erin'),
      aws('iam', 'get-access-key-last-used', '--access-key-id', AccessKey.AccessKeyId),
      aws(
        'iam',
        'update-access-key',
        '--user-name',
        'erin',
        '--access-key-id',
        AccessKey.AccessKeyId,
        '--status',
        'Inactive',
      ),
    ]);
    expect(ok(listed).AccessKeyMetadata.map((k: Json) => k.AccessKeyId)).toEqual([AccessKey.AccessKeyId]);
    expect(ok(lastUsed).AccessKeyLastUsed).toMatchObject({ ServiceName: 'sts', Region: 'us-east-1' });
    const inactive = await runAws(emulator, scratch.home, erin, ['sts', 'get-caller-identity']);
    expect(inactive.stderr).toContain('(InvalidClientTokenId)');
    ok(
      await aws('iam', 'delete-access-key', '--user-name', 'erin', '--access-key-id', AccessKey.AccessKeyId),
    );
  });

  it('simulate-principal-policy and simulate-custom-policy with context entries', async () => {
    ok(
      await aws(
        'iam',
        'put-user-policy',
        '--user-name',
        'erin',
        '--policy-name',
        'S3',
        '--policy-document',
        allowS3,
      ),
    );
    const [principal, custom] = await Promise.all([
      aws(
        'iam',
        'simulate-principal-policy',
        '--policy-source-arn',
        'arn:aws:iam::123456789012:user/erin',
        '--action-names',
        's3:ListAllMyBuckets',
        'iam:ListUsers',
      ),
      aws(
        'iam',
        'simulate-custom-policy',
        '--policy-input-list',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            {
              Effect: 'Deny',
              Action: '*',
              Resource: '*',
              Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
            },
          ],
        }),
        '--action-names',
        's3:ListAllMyBuckets',
        '--context-entries',
        'ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues=true,ContextKeyType=boolean',
      ),
    ]);
    expect(ok(principal).EvaluationResults.map((r: Json) => r.EvalDecision)).toEqual([
      'allowed',
      'implicitDeny',
    ]);
    expect(ok(custom).EvaluationResults[0].EvalDecision).toBe('allowed');
  });
});
