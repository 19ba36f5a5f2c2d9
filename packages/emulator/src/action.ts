import type { AccountDirectory } from './accounts.js';
import type { Caller } from './caller.js';
import type { MfaFailures } from './mfaFailureLimit.js';
import type { QueryParams } from './queryParams.js';
import type { State } from './state.js';
import type { XmlObject } from './xml.js';

/** What every action handler may use: the state and the emulator's settings. */
export interface Runtime {
  state: State;
  accountId: string;
  region: string;
  /** The injected clock; never read `Date.now()` in a handler. */
  clock: () => Date;
  /** Page size of IAM listings when a request gives no `MaxItems` (IAM's is 100). */
  defaultMaxItems: number;
  /** Wrong MFA codes per device, to throttle guessing. */
  mfaFailures: MfaFailures;
  /** How long a credential report stays INPROGRESS after GenerateCredentialReport starts it. */
  credentialReportDelayMs: number;
  /** Every account this emulator serves (an organization's members), this one included. */
  accounts: AccountDirectory;
}

/** One authenticated request, handed to an action. */
export interface ActionRequest {
  runtime: Runtime;
  params: QueryParams;
  caller: Caller;
  /** The TCP peer address, `aws:SourceIp`. */
  sourceIp: string;
  /** The clock's time when the request arrived. */
  now: Date;
}

/** A query-protocol action: what it needs authorized, and what it does. */
export interface QueryAction {
  /** The IAM action to authorize (`iam:ListUsers`); absent when AWS needs no permission. */
  permission?: string;
  /** The resource ARN to authorize against; `*` when absent. */
  resource?: (request: ActionRequest) => string;
  /** Runs the action; returns the `<ActionResult>` members, or nothing for an empty result. */
  run(request: ActionRequest): XmlObject | undefined | Promise<XmlObject | undefined>;
}

/** Actions of one service by name. */
export type ActionTable = Readonly<Record<string, QueryAction>>;
