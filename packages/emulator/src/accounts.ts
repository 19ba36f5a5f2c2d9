// The accounts one emulator serves: the management account and, with an organization, its member
// accounts, each with an IAM of its own. A request goes to the account that issued its key.
import type { Runtime } from './action.js';
import { type MfaFailureLimit, MfaFailures } from './mfaFailureLimit.js';
import type { State } from './state.js';

/** Finds an account's runtime by id or by one of its access keys. */
export interface AccountDirectory {
  /** The runtime of `accountId`, or undefined when the emulator has no such account. */
  get(accountId: string): Runtime | undefined;
  /** The account that issued `accessKeyId` (a long-term key or temporary credentials). */
  ofAccessKey(accessKeyId: string): Runtime | undefined;
  /** True for a member account of the organization, false for the management account or a lone one. */
  isMember(accountId: string): boolean;
}

/** What every account's runtime shares: the emulator's settings. */
export type RuntimeSettings = Pick<
  Runtime,
  'region' | 'clock' | 'defaultMaxItems' | 'credentialReportDelayMs'
> & {
  mfaFailureLimit?: MfaFailureLimit | undefined;
};

/**
 * The runtime of the management account `state`, and through its `accounts` those of the member
 * accounts of its organization (if any), all with the same settings.
 */
export function accountRuntimes(state: State, settings: RuntimeSettings): Runtime {
  const { mfaFailureLimit, ...shared } = settings;
  const runtimes = new Map<string, Runtime>();
  const accounts: AccountDirectory = {
    get: (accountId) => runtimes.get(accountId),
    isMember: (accountId) => accountId !== state.accountId && runtimes.has(accountId),
    ofAccessKey(accessKeyId) {
      for (const runtime of runtimes.values()) {
        const { state: account } = runtime;
        if (account.accessKeys[accessKeyId] || account.sessions[accessKeyId]) return runtime;
      }
      return undefined;
    },
  };
  const runtimeOf = (account: State): Runtime => ({
    ...shared,
    state: account,
    accountId: account.accountId,
    mfaFailures: new MfaFailures(mfaFailureLimit),
    accounts,
  });
  runtimes.set(state.accountId, runtimeOf(state));
  for (const member of Object.values(state.organization?.members ?? {})) {
    runtimes.set(member.accountId, runtimeOf(member));
  }
  return runtimes.get(state.accountId)!;
}
