import { type Account, ListAccountsCommand, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { type ListingPage, listAll } from '../aws/listAll.js';
import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError } from '../errors.js';
import { auditText } from '../messages/en/audit.js';
import { awsErrorCode } from './iamCall.js';

/** An account of the organization, as the audit reports it. */
export interface OrganizationAccount {
  id: string;
  name: string;
  /** `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE`. */
  status: string;
}

/** The Organizations client the audit is given; the SDK's, or a fake in unit tests. */
export type OrganizationsSender = Pick<OrganizationsClient, 'send'>;

/**
 * Every account of the caller's organization (Organizations' ListAccounts, page by page until
 * there is no NextToken), in Organizations' order. Only the management account may ask; the
 * errors say so.
 *
 * @example const accounts = await listOrganizationAccounts(createOrganizationsClient({ region, endpoint, credentials }))
 */
export async function listOrganizationAccounts(
  organizations: OrganizationsSender,
  context: { profile: string; endpoint?: string | undefined },
): Promise<OrganizationAccount[]> {
  const accounts = await listAll(async (token): Promise<ListingPage<Account>> => {
    let page: { Accounts?: Account[]; NextToken?: string };
    try {
      page = await organizations.send(new ListAccountsCommand({ NextToken: token }));
    } catch (error) {
      throw listAccountsError(error, context);
    }
    // Organizations may answer an empty page with a NextToken: only a missing token ends the list.
    return { items: page.Accounts ?? [], marker: page.NextToken, truncated: page.NextToken !== undefined };
  }, 'Organizations');
  return accounts.flatMap((account) =>
    account.Id ? [{ id: account.Id, name: account.Name ?? '', status: account.Status ?? 'ACTIVE' }] : [],
  );
}

function listAccountsError(
  error: unknown,
  context: { profile: string; endpoint?: string | undefined },
): AwsMfaError {
  switch (awsErrorCode(error)) {
    case 'AWSOrganizationsNotInUse':
      return new AwsMfaError('NOT_FOUND', auditText.noOrganization(), {
        hint: auditText.noOrganizationHint(),
        cause: error,
      });
    case 'AccessDenied':
      return new AwsMfaError('ACCESS_DENIED', auditText.listAccountsDenied(), {
        hint: auditText.listAccountsDeniedHint(),
        cause: error,
      });
    default:
      return translateAwsError(error, { ...context, operation: 'ListAccounts' });
  }
}
