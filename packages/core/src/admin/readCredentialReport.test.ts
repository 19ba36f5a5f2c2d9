import { describe, expect, it } from 'vitest';
import type { IamClient } from './iamCall.js';
import { parseCredentialReport, readCredentialReport } from './readCredentialReport.js';

const header =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

const csv = [
  header,
  '<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::123456789012:user/alice,2024-05-01T12:00:00+00:00,false,N/A,N/A,N/A,true,true,2024-05-01T12:00:00+00:00,2024-06-01T08:30:00+00:00,us-east-1,s3,false,2024-05-02T12:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A',
  // IAM names may hold commas; such a cell comes quoted.
  '"ops,bot",arn:aws:iam::123456789012:user/ops,bot,2024-05-01T12:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');

describe(parseCredentialReport.name, () => {
  it('reads users by name, both key slots (an inactive key is still a key), and skips the root account', () => {
    const users = parseCredentialReport(csv);
    expect([...users.keys()]).toEqual(['alice', 'ops,bot']);
    expect(users.get('alice')).toEqual({
      userName: 'alice',
      arn: 'arn:aws:iam::123456789012:user/alice',
      mfaActive: true,
      accessKeys: [
        {
          slot: 1,
          active: true,
          created: new Date('2024-05-01T12:00:00Z'),
          lastUsed: new Date('2024-06-01T08:30:00Z'),
          lastUsedService: 's3',
        },
        {
          slot: 2,
          active: false,
          created: new Date('2024-05-02T12:00:00Z'),
          lastUsed: undefined,
          lastUsedService: undefined,
        },
      ],
    });
    expect(users.get('ops,bot')).toMatchObject({ mfaActive: false, accessKeys: [] });
  });

  it('refuses a report without the columns it needs, naming them', () => {
    expect(() => parseCredentialReport('user,arn\nalice,arn:x')).toThrow(/no column mfa_active/);
  });
});

/** An IAM client answering from a script of responses (error names as the SDK raises them). */
function scriptedIam(script: Array<{ command: string; answer: unknown }>) {
  const calls: string[] = [];
  const iam: IamClient = {
    send: (async (command: { constructor: { name: string } }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push(name);
      const step = script.shift();
      if (!step || step.command !== name) throw new Error(`unexpected ${name}`);
      if (step.answer instanceof Error) throw step.answer;
      return step.answer;
    }) as IamClient['send'],
  };
  return { iam, calls };
}

const sdkError = (name: string, Code: string, status: number) =>
  Object.assign(new Error('UnknownError'), { name, Code, $metadata: { httpStatusCode: status } });

describe(readCredentialReport.name, () => {
  const content = new TextEncoder().encode(csv);

  it('polls while IAM builds the report, with growing pauses and a progress call each time', async () => {
    const { iam, calls } = scriptedIam([
      { command: 'GenerateCredentialReport', answer: { State: 'STARTED' } },
      {
        command: 'GetCredentialReport',
        answer: sdkError('CredentialReportNotReadyException', 'ReportInProgress', 404),
      },
      {
        command: 'GetCredentialReport',
        answer: sdkError('CredentialReportNotReadyException', 'ReportInProgress', 404),
      },
      {
        command: 'GetCredentialReport',
        answer: { Content: content, GeneratedTime: new Date('2024-07-01T00:00:00Z') },
      },
    ]);
    const pauses: number[] = [];
    const progress: unknown[] = [];
    const report = await readCredentialReport(iam, {
      sleep: async (ms) => void pauses.push(ms),
      onProgress: (p) => progress.push(p),
    });
    expect(calls).toEqual([
      'GenerateCredentialReport',
      'GetCredentialReport',
      'GetCredentialReport',
      'GetCredentialReport',
    ]);
    expect(pauses).toEqual([250, 500]);
    expect(progress).toEqual([
      { state: 'STARTED', waitedMs: 0 },
      { state: 'STARTED', waitedMs: 250 },
    ]);
    expect(report.generatedTime).toEqual(new Date('2024-07-01T00:00:00Z'));
    expect([...report.users.keys()]).toEqual(['alice', 'ops,bot']);
  });

  it('generates again when the report expired or vanished in between', async () => {
    const { iam, calls } = scriptedIam([
      { command: 'GenerateCredentialReport', answer: { State: 'COMPLETE' } },
      {
        command: 'GetCredentialReport',
        answer: sdkError('CredentialReportExpiredException', 'ReportExpired', 410),
      },
      { command: 'GenerateCredentialReport', answer: { State: 'STARTED' } },
      { command: 'GetCredentialReport', answer: { Content: content } },
    ]);
    await readCredentialReport(iam, { sleep: async () => undefined });
    expect(calls).toEqual([
      'GenerateCredentialReport',
      'GetCredentialReport',
      'GenerateCredentialReport',
      'GetCredentialReport',
    ]);
  });

  it('gives up with TIMEOUT when the report never finishes', async () => {
    const script: Array<{ command: string; answer: unknown }> = [
      { command: 'GenerateCredentialReport', answer: { State: 'STARTED' } },
    ];
    for (let i = 0; i < 20; i++) {
      script.push({
        command: 'GetCredentialReport',
        answer: sdkError('CredentialReportNotReadyException', 'ReportInProgress', 404),
      });
    }
    const { iam } = scriptedIam(script);
    await expect(
      readCredentialReport(iam, { sleep: async () => undefined, timeoutMs: 5000 }),
    ).rejects.toMatchObject({
      code: 'TIMEOUT',
      // Pauses of 0.25, 0.5, 1, 2 and 2 s: past the 5 s limit after 5.75 s.
      message: "IAM's credential report was not ready after 6 s.",
    });
  });

  it('names the missing permission when IAM denies the report', async () => {
    const { iam } = scriptedIam([
      { command: 'GenerateCredentialReport', answer: sdkError('AccessDenied', 'AccessDenied', 403) },
    ]);
    await expect(readCredentialReport(iam)).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
      message: 'IAM denied iam:GenerateCredentialReport on the account.',
      hint: expect.stringContaining('IAMReadOnlyAccess'),
    });
  });
});
