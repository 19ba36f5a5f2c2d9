// The AWS CLI v2 (/usr/bin/aws) as a second reader of the bulk answers: it must parse the
// credential report's life cycle and GetAccountAuthorizationDetails page by page, and decode the
// URL-encoded policy documents itself.
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

const allowS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

describe('credential report and authorization details through /usr/bin/aws', () => {
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

  // Several AWS CLI runs in a row: about 1 s each here, far more on a loaded machine.
  it('generate-credential-report and get-credential-report', { timeout: 60_000 }, async () => {
    // IAM sends ReportNotPresent without a message: botocore prints "Unknown", as users see on AWS.
    const missing = await aws('iam', 'get-credential-report');
    expect(missing.status).toBe(254);
    expect(missing.stderr).toContain(
      'An error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown',
    );
    expect(ok(await aws('iam', 'generate-credential-report'))).toEqual({
      State: 'STARTED',
      Description: 'No report exists. Starting a new report generation task',
    });
    expect(ok(await aws('iam', 'generate-credential-report'))).toEqual({ State: 'COMPLETE' });
    const report = ok(await aws('iam', 'get-credential-report'));
    expect(report.ReportFormat).toBe('text/csv');
    const csv = Buffer.from(report.Content, 'base64').toString('utf8');
    expect(csv.split('\n').map((line) => line.split(',')[0])).toEqual(['user', '<root_account>', 'admin']);
  });

  it('get-account-authorization-details, one item a page, with --filter', { timeout: 60_000 }, async () => {
    ok(await aws('iam', 'create-group', '--group-name', 'Ops'));
    ok(await aws('iam', 'create-user', '--user-name', 'dora'));
    ok(await aws('iam', 'add-user-to-group', '--group-name', 'Ops', '--user-name', 'dora'));
    ok(
      await aws(
        'iam',
        'put-user-policy',
        '--user-name',
        'dora',
        '--policy-name',
        'S3',
        '--policy-document',
        JSON.stringify(allowS3),
      ),
    );
    const all = ok(await aws('iam', 'get-account-authorization-details', '--page-size', '1'));
    expect(all.UserDetailList.map((u: Json) => u.UserName)).toEqual(['admin', 'dora']);
    const dora = all.UserDetailList[1];
    expect(dora.GroupList).toEqual(['Ops']);
    // The CLI decodes the URL-encoded document into JSON.
    expect(dora.UserPolicyList).toEqual([{ PolicyName: 'S3', PolicyDocument: allowS3 }]);
    expect(all.GroupDetailList.map((g: Json) => g.GroupName)).toEqual(['Ops']);
    expect(all.Policies.map((p: Json) => p.PolicyName)).toEqual(['AdministratorAccess']);
    expect(all.Policies[0].PolicyVersionList[0].Document.Statement[0]).toMatchObject({
      Action: '*',
      Effect: 'Allow',
    });
    const groups = ok(await aws('iam', 'get-account-authorization-details', '--filter', 'Group'));
    expect([groups.UserDetailList, groups.GroupDetailList.length, groups.Policies]).toEqual([[], 1, []]);
  });
});
