import type { ListAccountsCommand } from '@aws-sdk/client-organizations';
import { describe, expect, it } from 'vitest';
import { listOrganizationAccounts, type OrganizationsSender } from './listOrganizationAccounts.js';

/** A fake Organizations answering ListAccounts from `pages` by NextToken (`start` for none). */
function organizations(pages: Record<string, unknown>): OrganizationsSender & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    send: (async (command: ListAccountsCommand) => {
      asked.push(command.input.NextToken);
      const page = pages[command.input.NextToken ?? 'start'];
      if (page instanceof Error) throw page;
      return page;
    }) as OrganizationsSender['send'],
  };
}

const context = { profile: 'org-admin' };
const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });

describe(listOrganizationAccounts.name, () => {
  it('follows NextToken across an empty page, in Organizations’ order', async () => {
    const fake = organizations({
      start: { Accounts: [{ Id: '111111111111', Name: 'management', Status: 'ACTIVE' }], NextToken: 'a' },
      // Organizations may send an empty page that still has a token.
      a: { Accounts: [], NextToken: 'b' },
      b: { Accounts: [{ Id: '222222222222', Name: 'dev', Status: 'SUSPENDED' }, { Name: 'no id' }] },
    });
    expect(await listOrganizationAccounts(fake, context)).toEqual([
      { id: '111111111111', name: 'management', status: 'ACTIVE' },
      { id: '222222222222', name: 'dev', status: 'SUSPENDED' },
    ]);
    expect(fake.asked).toEqual([undefined, 'a', 'b']);
  });

  it('stops an endpoint that hands back the same NextToken', async () => {
    const fake = organizations({
      start: { Accounts: [], NextToken: 'x' },
      x: { Accounts: [], NextToken: 'x' },
    });
    await expect(listOrganizationAccounts(fake, context)).rejects.toMatchObject({
      code: 'SERVICE_ERROR',
      message: 'Organizations returned the same page marker twice; the listing would never end.',
    });
  });

  it('says what a lone account and a caller without the permission should do', async () => {
    await expect(
      listOrganizationAccounts(
        organizations({ start: awsError('AWSOrganizationsNotInUseException') }),
        context,
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      hint: 'audit it alone with awsmfa admin audit (without --org)',
    });
    await expect(
      listOrganizationAccounts(organizations({ start: awsError('AccessDeniedException') }), context),
    ).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
      message: 'Organizations denied organizations:ListAccounts.',
    });
  });
});
