import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { auditText } from '../messages/en/audit.js';
import { type AuditReport, adminAudit } from './adminAudit.js';
import type { IamClient } from './iamCall.js';
import type { OrganizationAccount } from './listOrganizationAccounts.js';
import { mapConcurrently } from './mapConcurrently.js';

/** One account's audit, or why it could not be audited. */
export interface AccountAudit {
  account: OrganizationAccount;
  /** Undefined when the account could not be entered or audited (see `error`). */
  report: AuditReport | undefined;
  error: AwsMfaError | undefined;
}

/** After each account: how far the organization's audit is. */
export interface OrganizationAuditProgress {
  done: number;
  total: number;
  /** Users audited so far, over every finished account. */
  usersSeen: number;
  account: OrganizationAccount;
}

export interface AuditOrganizationOptions {
  accounts: readonly OrganizationAccount[];
  /**
   * The IAM client of one account: the caller's own for the management account, a role session
   * for the others. Throwing (e.g. AssumeRole refused) marks the account as not audited.
   */
  openAccount(account: OrganizationAccount): Promise<IamClient & { destroy?(): void }>;
  /** Accounts audited at once (default 4). */
  concurrency?: number;
  /** Attempts per account while IAM keeps throttling after the SDK's own retries (default 3). */
  attempts?: number;
  groupName?: string | undefined;
  now?: Date;
  onProgress?: (progress: OrganizationAuditProgress) => void;
  /** Waits between attempts and credential report polls; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Audits every account of an organization with `adminAudit`, `concurrency` at a time. An account
 * that cannot be entered or audited is reported with its error and the others go on; an account
 * IAM keeps throttling is tried again after a pause (2 s, then 4 s, …).
 *
 * @example const audits = await auditOrganization({ accounts, openAccount: (account) => roleIam(account), concurrency: 4 })
 */
export async function auditOrganization(options: AuditOrganizationOptions): Promise<AccountAudit[]> {
  const sleep = options.sleep ?? defaultSleep;
  const attempts = Math.max(1, options.attempts ?? 3);
  const total = options.accounts.length;
  let done = 0;
  let usersSeen = 0;
  return mapConcurrently(options.accounts, options.concurrency ?? 4, async (account) => {
    let result: AccountAudit | undefined;
    for (let attempt = 1; result === undefined; attempt++) {
      try {
        const iam = await options.openAccount(account);
        try {
          const report = await adminAudit(iam, {
            groupName: options.groupName,
            ...(options.now ? { now: options.now } : {}),
            sleep,
          });
          result = { account, report, error: undefined };
        } finally {
          iam.destroy?.();
        }
      } catch (error) {
        if (!isAwsMfaError(error)) throw error;
        if (error.code === 'THROTTLED' && attempt < attempts) {
          await sleep(1000 * 2 ** attempt);
          continue;
        }
        result = { account, report: undefined, error };
      }
    }
    done += 1;
    usersSeen += result.report?.users.length ?? 0;
    options.onProgress?.({ done, total, usersSeen, account });
    return result;
  });
}

/** The accounts `ids` names, in the organization's order; INVALID_INPUT naming any it does not hold. */
export function pickAccounts(
  accounts: readonly OrganizationAccount[],
  ids: readonly string[],
): OrganizationAccount[] {
  const unknown = ids.filter((id) => !accounts.some((account) => account.id === id));
  if (unknown.length > 0) {
    throw new AwsMfaError('INVALID_INPUT', auditText.notInOrganization({ accounts: unknown }), {
      hint: auditText.itsAccounts({ accounts: accounts.map((account) => account.id) }),
    });
  }
  return accounts.filter((account) => ids.includes(account.id));
}
