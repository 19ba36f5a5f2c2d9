import { AwsMfaError } from '@awsmfa/core';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../displayWidth.js';
import { useUserLanguage } from '../../userLanguage.js';
import {
  csvCell,
  describeAuditProgress,
  exposedAcrossAccounts,
  exposedList,
  organizationCsv,
  organizationJson,
  organizationReportAgeNote,
  organizationTable,
  organizationVerdict,
  reportAgeNote,
  usersCsv,
} from './auditOutput.js';

describe(reportAgeNote.name, () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const report = (time: string | undefined) => ({ users: [], exposed: [], credentialReportTime: time });

  it('says nothing about a fresh report, or when nothing came from one', () => {
    expect(reportAgeNote(report('2026-03-01T11:59:30.000Z'), now)).toBeUndefined();
    expect(reportAgeNote(report(undefined), now)).toBeUndefined();
  });

  it('says how old a reused report is, in minutes then hours', () => {
    expect(reportAgeNote(report('2026-03-01T11:48:00.000Z'), now)?.english).toBe(
      "Access keys and MFA flags are from IAM's credential report of 2026-03-01T11:48:00.000Z (12 min ago; IAM reuses a report for four hours). Groups and policies are current.",
    );
    expect(reportAgeNote(report('2026-03-01T09:35:00.000Z'), now)?.english).toContain('(2 h 25 min ago;');
  });
});

describe(describeAuditProgress.name, () => {
  it('marks only the waits a log should show as milestones', () => {
    expect(describeAuditProgress({ step: 'authorization-details', users: 3000 })).toEqual({
      text: 'Reading IAM users, groups and policies: 3000 users so far',
    });
    expect(describeAuditProgress({ step: 'credential-report', state: 'STARTED', waitedMs: 1750 })).toEqual({
      text: "Waiting for IAM's credential report (generation started, 2 s)…",
      milestone: 'credential-report',
    });
    expect(describeAuditProgress({ step: 'per-user', done: 3, total: 7 })).toMatchObject({
      milestone: 'per-user',
    });
  });
});

describe(exposedList.name, () => {
  const user = (userName: string) =>
    ({ userName, explanation: 'Allowed by statement X', canActWithoutMfa: true }) as Parameters<
      typeof exposedList
    >[0][number];

  it('names every user up to five, then counts the rest', () => {
    expect(exposedList([user('a'), user('b')]).english).toBe(
      'a (Allowed by statement X); b (Allowed by statement X)',
    );
    const many = Array.from({ length: 205 }, (_, i) => user(`u${i}`));
    expect(exposedList(many).english).toMatch(
      /^u0 \(Allowed by statement X\); .*; u4 \(Allowed by statement X\); and 200 more \(see the table or --json\)$/,
    );
  });
});

describe(csvCell.name, () => {
  it.each([
    ['plain', 'alice', 'alice'],
    ['a comma (IAM names may hold one) is quoted', 'ops,bot', '"ops,bot"'],
    ['a quote is doubled', 'say "hi"', '"say ""hi"""'],
    ['a formula is defused (CSV injection)', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+ and @ and - too: IAM names may start with them', '+cmd', "'+cmd"],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['empty', '', ''],
  ])('%s', (_, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe(organizationVerdict.name, () => {
  const account = (id: string, name: string) => ({ id, name, status: 'ACTIVE' });
  const user = (userName: string, canActWithoutMfa: boolean) =>
    ({ userName, canActWithoutMfa, explanation: '' }) as Parameters<typeof exposedList>[0][number];
  const audited = (id: string, name: string, users: ReturnType<typeof user>[]) => ({
    account: account(id, name),
    report: { users, exposed: users.filter((u) => u.canActWithoutMfa), credentialReportTime: undefined },
    error: undefined,
  });
  const refused = (id: string, name: string) => ({
    account: account(id, name),
    report: undefined,
    error: new AwsMfaError('ACCESS_DENIED', 'AWS refused to let admin assume role X.'),
  });

  it('passes when everyone everywhere needs MFA and every account was audited', () => {
    expect(organizationVerdict([audited('1', 'a', [user('u', false)])], 'R')).toBeUndefined();
  });

  it('names accounts and users (exit 32), and the accounts not audited', () => {
    const verdict = organizationVerdict(
      [
        audited('111', 'main', [user('alice', true)]),
        refused('222', 'dev'),
        audited('333', 'prod', [user('bob', true), user('carol', false)]),
      ],
      'R',
    );
    expect(verdict && { ...verdict, message: verdict.message.english, hint: verdict.hint.english }).toEqual({
      code: 'AUDIT_FAILED',
      message:
        '2 user(s) in 2 account(s) can act without MFA from outside the trusted IPs: 111 (main): alice; 333 (prod): bob. Not audited: 222 (dev): AWS refused to let admin assume role X',
      hint: expect.stringContaining('awsmfa policy apply'),
    });
  });

  it('is AUDIT_INCOMPLETE (exit 33) when an account could not be entered and nobody is exposed', () => {
    const verdict = organizationVerdict(
      [audited('111', 'main', []), refused('222', 'dev'), refused('333', 'prod')],
      'Auditor',
    );
    expect(verdict && { ...verdict, message: verdict.message.english, hint: verdict.hint.english }).toEqual({
      code: 'AUDIT_INCOMPLETE',
      message:
        '2 of 3 account(s) could not be audited: 222 (dev): AWS refused to let admin assume role X; 333 (prod): AWS refused to let admin assume role X',
      hint: 'each account needs a role Auditor that trusts this account and lets its sessions read IAM (--role-name picks another)',
    });
  });

  it('names at most five users across accounts', () => {
    const many = Array.from({ length: 4 }, (_, i) => user(`u${i}`, true));
    expect(exposedAcrossAccounts([audited('1', 'a', many), audited('2', 'b', many)]).english).toBe(
      '1 (a): u0, u1, u2, u3; 2 (b): u0; and 3 more (see the table or --json)',
    );
  });
});

describe(organizationTable.name, () => {
  const notAudited = {
    account: { id: '111', name: 'main', status: 'ACTIVE' },
    report: undefined,
    error: new AwsMfaError('ACCESS_DENIED', 'refused'),
  };
  const noUsers = {
    account: { id: '222', name: 'empty', status: 'ACTIVE' },
    report: { users: [], exposed: [], credentialReportTime: undefined },
    error: undefined,
  };

  it('groups rows by account and says why an account was not audited', () => {
    const table = organizationTable([notAudited]);
    expect(table.split('\n')[2]).toBe(
      '111 (main)  -     -       -           -           NOT AUDITED               refused',
    );
  });

  it('lists an audited account without users, in the table and in CSV', () => {
    expect(organizationTable([noUsers]).split('\n')[2]).toBe(
      '222 (empty)  (no users)  -       -           -           -                         -',
    );
    expect(organizationCsv([noUsers, notAudited]).split('\r\n').slice(1)).toEqual([
      '222,empty,,,,,,,,,',
      '111,main,,,,,,,,,refused',
      '',
    ]);
  });
});

describe(organizationReportAgeNote.name, () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const audited = (id: string, time: string | undefined) => ({
    account: { id, name: `n${id}`, status: 'ACTIVE' },
    report: { users: [], exposed: [], credentialReportTime: time },
    error: undefined,
  });

  it('names the account whose reused report is the oldest; nothing when all are fresh', () => {
    expect(
      organizationReportAgeNote(
        [
          audited('1', '2026-03-01T11:50:00.000Z'),
          audited('2', '2026-03-01T10:00:00.000Z'),
          audited('3', undefined),
        ],
        now,
      )?.english,
    ).toBe(
      "Access keys and MFA flags are from IAM's credential reports, the oldest of 2026-03-01T10:00:00.000Z in 2 (n2) (2 h 0 min ago; IAM reuses a report for four hours). Groups and policies are current.",
    );
    expect(organizationReportAgeNote([audited('1', '2026-03-01T11:59:40.000Z')], now)).toBeUndefined();
  });
});

describe('in Japanese', () => {
  afterEach(() => useUserLanguage({}));
  const key = {
    status: 'Active',
    createDate: undefined,
    lastUsedDate: undefined,
    lastUsedService: undefined,
  };
  const alice = {
    userName: 'alice',
    groups: ['MyUsers'],
    mfaDevices: [],
    accessKeys: [{ ...key, accessKeyId: 'AKIAEXAMPLE', ageDays: 120 }],
    mfaPolicies: [],
    probeIp: '198.51.100.1',
    canActWithoutMfa: true,
    explanation: 'Allowed by statement X',
  };
  const bob = {
    ...alice,
    userName: 'bob',
    accessKeys: [],
    mfaDevices: ['arn:aws:iam::1:mfa/bob'],
    canActWithoutMfa: false,
  };
  const audits = [
    {
      account: { id: '111', name: 'main', status: 'ACTIVE' },
      report: { users: [alice, bob], exposed: [alice], credentialReportTime: undefined },
      error: undefined,
    },
    {
      account: { id: '222', name: 'dev', status: 'ACTIVE' },
      report: undefined,
      error: new AwsMfaError('ACCESS_DENIED', 'refused'),
    },
  ];

  it('has Japanese headings and cells, every column starting at the same terminal column', async () => {
    await useUserLanguage({ LANG: 'ja_JP.UTF-8' });
    const lines = organizationTable(audits).trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^アカウント +ユーザー +グループ +MFA デバイス +MFA ポリシー +外部から MFA なしで +アクセスキー$/,
    );
    expect(lines[2]).toContain('操作可能（198.51.100.1 から）');
    expect(lines[2]).toContain('AKIAEXAMPLE (Active, 作成から 120 日, 未使用)');
    expect(lines[4]).toContain('監査できず');
    // The rule under each heading ends two columns before the next heading starts.
    const starts = (line: string) =>
      [...line.matchAll(/(?<= {2})\S/g)].map((m) => displayWidth(line.slice(0, m.index)));
    const ruleStarts = starts(lines[1] ?? '');
    expect(ruleStarts.length).toBe(6);
    expect(starts(lines[0] ?? '').slice(0, 3)).toEqual(ruleStarts.slice(0, 3));
    for (const line of lines.slice(2, 4)) expect(starts(line).slice(0, 2)).toEqual(ruleStarts.slice(0, 2));
  });

  it('leaves CSV and --json as they are in English, byte for byte', async () => {
    const english = { csv: usersCsv([alice, bob]), json: JSON.stringify(organizationJson(audits)) };
    await useUserLanguage({ LANG: 'ja_JP.UTF-8' });
    expect({ csv: usersCsv([alice, bob]), json: JSON.stringify(organizationJson(audits)) }).toEqual(english);
    expect(english.csv).toContain('AKIAEXAMPLE (Active, 120d old, never used)');
  });
});
