// The AWS CLI v2 (/usr/bin/aws) against the sandbox's organization: `organizations list-accounts`
// over AWS JSON 1.1, and a member account entered with `sts assume-role`: its IAM and credential report.
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

describe('an organization through /usr/bin/aws', () => {
  let emulator: Emulator;
  const scratch = awsHome();
  beforeAll(async () => {
    emulator = await startEmulator({ organization: { accounts: 3 }, seedUsers: 1 });
  });
  afterAll(async () => {
    await emulator.stop();
    scratch.remove();
  });

  // Several AWS CLI runs in a row: about 1 s each here, far more on a loaded machine.
  it('list-accounts page by page, assume-role into a member account, its IAM', {
    timeout: 60_000,
  }, async () => {
    const accounts = ok(
      await runAws(emulator, scratch.home, emulator.admin, [
        'organizations',
        'list-accounts',
        '--page-size',
        '1',
      ]),
    );
    expect(accounts.Accounts.map((account: Json) => [account.Id, account.Name, account.Status])).toEqual([
      ['123456789012', 'management', 'ACTIVE'],
      ['200000000001', 'member-1', 'ACTIVE'],
      ['200000000002', 'member-2', 'ACTIVE'],
    ]);
    const assumed = ok(
      await runAws(emulator, scratch.home, emulator.admin, [
        'sts',
        'assume-role',
        '--role-arn',
        'arn:aws:iam::200000000002:role/OrganizationAccountAccessRole',
        '--role-session-name',
        'auditor',
      ]),
    );
    const session = {
      accessKeyId: assumed.Credentials.AccessKeyId,
      secretAccessKey: assumed.Credentials.SecretAccessKey,
      sessionToken: assumed.Credentials.SessionToken,
    };
    const [identity, users, denied] = await Promise.all([
      runAws(emulator, scratch.home, session, ['sts', 'get-caller-identity']),
      runAws(emulator, scratch.home, session, ['iam', 'list-users']),
      runAws(emulator, scratch.home, session, ['organizations', 'list-accounts']),
    ]);
    expect(ok(identity).Arn).toBe(
      'arn:aws:sts::200000000002:assumed-role/OrganizationAccountAccessRole/auditor',
    );
    expect(ok(users).Users.map((user: Json) => user.Arn)).toEqual([
      'arn:aws:iam::200000000002:user/user-00001',
    ]);
    // The member's credential report: its root and its users, the account dated by its oldest
    // entity (a member has no bootstrap administrator).
    ok(await runAws(emulator, scratch.home, session, ['iam', 'generate-credential-report']));
    const report = ok(await runAws(emulator, scratch.home, session, ['iam', 'get-credential-report']));
    const rows = Buffer.from(report.Content, 'base64')
      .toString('utf8')
      .split('\n')
      .map((line: string) => line.split(','));
    expect(rows.map((row: string[]) => row.slice(0, 2))).toEqual([
      ['user', 'arn'],
      ['<root_account>', 'arn:aws:iam::200000000002:root'],
      ['user-00001', 'arn:aws:iam::200000000002:user/user-00001'],
    ]);
    expect(Date.parse(rows[1]![2]!)).toBeGreaterThan(Date.parse('2020-01-01'));
    expect(denied.status).toBe(254);
    expect(denied.stderr).toContain(
      "An error occurred (AccessDeniedException) when calling the ListAccounts operation: You don't have permissions to access this resource.",
    );
  });
});
