import { describe, expect, it } from 'vitest';
import { AwsMfaError } from '../errors.js';
import { auditOrganization, pickAccounts } from './auditOrganization.js';

const accounts = [
  { id: '111111111111', name: 'management', status: 'ACTIVE' },
  { id: '222222222222', name: 'member-1', status: 'ACTIVE' },
  { id: '333333333333', name: 'member-2', status: 'ACTIVE' },
];

describe(auditOrganization.name, () => {
  it('reports an account that cannot be entered and goes on; retries one IAM keeps throttling, with pauses', async () => {
    const opened: string[] = [];
    const pauses: number[] = [];
    const progress: Array<[number, number]> = [];
    const audits = await auditOrganization({
      accounts,
      concurrency: 2,
      attempts: 3,
      sleep: async (ms) => void pauses.push(ms),
      onProgress: (p) => progress.push([p.done, p.total]),
      async openAccount(account) {
        opened.push(account.id);
        if (account.id === '222222222222') {
          throw new AwsMfaError('ACCESS_DENIED', 'AWS refused to let admin assume role X.');
        }
        throw new AwsMfaError('THROTTLED', 'IAM kept throttling iam:GetAccountAuthorizationDetails.');
      },
    });
    expect(audits.map((audit) => [audit.account.id, audit.report, audit.error?.code])).toEqual([
      ['111111111111', undefined, 'THROTTLED'],
      ['222222222222', undefined, 'ACCESS_DENIED'],
      ['333333333333', undefined, 'THROTTLED'],
    ]);
    // Three attempts for each throttled account, one for the refused one.
    expect(opened.filter((id) => id === '111111111111')).toHaveLength(3);
    expect(opened.filter((id) => id === '222222222222')).toHaveLength(1);
    expect(pauses.sort()).toEqual([2000, 2000, 4000, 4000]);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3]);
  });

  it('lets a bug through instead of reporting it as an account error', async () => {
    await expect(
      auditOrganization({
        accounts,
        openAccount: async () => {
          throw new TypeError('bug');
        },
      }),
    ).rejects.toThrow('bug');
  });
});

describe(pickAccounts.name, () => {
  it('keeps the organization’s order and names ids it does not hold', () => {
    expect(pickAccounts(accounts, ['333333333333', '111111111111']).map((a) => a.name)).toEqual([
      'management',
      'member-2',
    ]);
    expect(() => pickAccounts(accounts, ['999999999999'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Account 999999999999 is not in the organization.',
        hint: 'its accounts: 111111111111, 222222222222, 333333333333',
      }),
    );
  });
});
