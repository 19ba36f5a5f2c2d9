import { describe, expect, it } from 'vitest';
import { describeAuditProgress, exposedList, reportAgeNote } from './audit.js';

describe(reportAgeNote.name, () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const report = (time: string | undefined) => ({ users: [], exposed: [], credentialReportTime: time });

  it('says nothing about a fresh report, or when nothing came from one', () => {
    expect(reportAgeNote(report('2026-03-01T11:59:30.000Z'), now)).toBeUndefined();
    expect(reportAgeNote(report(undefined), now)).toBeUndefined();
  });

  it('says how old a reused report is, in minutes then hours', () => {
    expect(reportAgeNote(report('2026-03-01T11:48:00.000Z'), now)).toBe(
      "Access keys and MFA flags are from IAM's credential report of 2026-03-01T11:48:00.000Z (12 min ago; IAM reuses a report for four hours). Groups and policies are current.",
    );
    expect(reportAgeNote(report('2026-03-01T09:35:00.000Z'), now)).toContain('(2 h 25 min ago;');
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
    expect(exposedList([user('a'), user('b')])).toBe(
      'a (Allowed by statement X); b (Allowed by statement X)',
    );
    const many = Array.from({ length: 205 }, (_, i) => user(`u${i}`));
    expect(exposedList(many)).toMatch(
      /^u0 \(Allowed by statement X\); .*; u4 \(Allowed by statement X\); and 200 more \(see the table or --json\)$/,
    );
  });
});
