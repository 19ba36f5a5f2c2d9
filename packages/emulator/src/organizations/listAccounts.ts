// Organizations ListAccounts: every account of the organization, the management account first,
// 1–20 a page with an opaque NextToken; only the management account may ask.

import { pageAfter, readPageToken } from '../pageAfter.js';
import { ServiceError } from '../serviceError.js';
import type { State } from '../state.js';
import { arns } from '../state.js';
import type { JsonAction } from './jsonAction.js';

/** Organizations' largest (and default) ListAccounts page. */
const maxResults = 20;

const invalidInput = (reason: string, message: string) =>
  new ServiceError('InvalidInputException', message, 400, { Reason: reason });

/** The organization whose management account is `state`; AWS's errors for a member or a lone account. */
export function managedOrganization(state: State, isMember: boolean): NonNullable<State['organization']> {
  if (state.organization) return state.organization;
  if (isMember) {
    throw new ServiceError(
      'AccessDeniedException',
      "You don't have permissions to access this resource.",
      400,
    );
  }
  throw new ServiceError(
    'AWSOrganizationsNotInUseException',
    'Your account is not a member of an organization.',
    400,
  );
}

export const listAccounts: JsonAction = {
  permission: 'organizations:ListAccounts',
  run({ runtime, input, isMember }) {
    const organization = managedOrganization(runtime.state, isMember);
    const asked = input.MaxResults;
    if (asked !== undefined && (typeof asked !== 'number' || !Number.isInteger(asked) || asked < 1)) {
      throw invalidInput(
        'MIN_VALUE_EXCEEDED',
        'You provided a value that is less than the minimum allowed value.',
      );
    }
    if (typeof asked === 'number' && asked > maxResults) {
      throw invalidInput(
        'MAX_VALUE_EXCEEDED',
        'You provided a value that exceeds the maximum allowed value.',
      );
    }
    const scope = `ListAccounts:${organization.id}`;
    const token = input.NextToken;
    const after =
      token === undefined ? undefined : typeof token === 'string' ? readPageToken(token, scope) : undefined;
    if (token !== undefined && after === undefined) {
      throw invalidInput(
        'INVALID_PAGINATION_TOKEN',
        'Get the value for the NextToken parameter from the response to a previous call of the operation.',
      );
    }
    // Tests pass the emulator a small page size to cross client paging loops; IAM's default is 100.
    const limit = typeof asked === 'number' ? asked : Math.min(maxResults, runtime.defaultMaxItems);
    // In the organization's order (management first): the index keeps it through the page key.
    const indexed = organization.accounts.map((account, index) => ({
      key: String(index).padStart(6, '0'),
      account,
    }));
    const page = pageAfter(indexed, (entry) => entry.key, { scope, limit, after });
    return {
      Accounts: page.items.map(({ account }) => ({
        Id: account.id,
        Arn: arns.account(runtime.accountId, organization.id, account.id),
        Email: account.email,
        Name: account.name,
        Status: account.status,
        JoinedMethod: account.joinedMethod,
        // JSON protocols send timestamps as epoch seconds.
        JoinedTimestamp: Date.parse(account.joinedTimestamp) / 1000,
      })),
      ...(page.next === undefined ? {} : { NextToken: page.next }),
    };
  },
};
