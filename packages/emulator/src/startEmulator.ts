import type { AddressInfo } from 'node:net';
import { accountRuntimes } from './accounts.js';
import type { Runtime } from './action.js';
import { bootstrapState, ensureAdminKey } from './bootstrap.js';
import { FaultInjector, type FaultRules } from './faults.js';
import { awsDefaultMaxItems, maxMaxItems } from './iam/paginate.js';
import type { MfaFailureLimit } from './mfaFailureLimit.js';
import { type OrganizationOptions, seedOrganization } from './organizations/seedOrganization.js';
import { RecentRequests } from './recentRequests.js';
import { seedPopulation } from './seedPopulation.js';
import { createEmulatorServer, type RequestLogEntry } from './server.js';
import { loadState, saveState } from './stateFile.js';

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** JSON file the state is loaded from on start and saved to after every change (0600, atomic). */
  stateFile?: string;
  /** Account id of a new state (default 123456789012). */
  accountId?: string;
  /** The clock for SigV4 skew, session expiry, TOTP and timestamps (default: real time). */
  clock?: () => Date;
  /** Initial fault rules; see `Emulator.setFaults`. */
  faults?: FaultRules;
  /**
   * Page size of IAM listings without `MaxItems` (default 100, as IAM; 1–1000). Tests pass a small
   * one so that every client paging loop is crossed.
   */
  defaultMaxItems?: number;
  /** How many of the latest requests `requestLog` holds (default 10,000): memory stays bounded. */
  requestLogSize?: number;
  /** Called once per request, after the response: `awsmfa sandbox --debug` logs with it. */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Wrong MFA codes a device may take before it is throttled (default 10 in 300 s). */
  mfaFailureLimit?: MfaFailureLimit;
  /** How long a new credential report is in progress before GetCredentialReport serves it (default 0). */
  credentialReportDelayMs?: number;
  /**
   * Adds this many generated users to the account — to every account of the organization, with
   * `organization` — (see `seedPopulation`): the seed article's group, one key each, most with an
   * MFA device. Users already in a loaded state are kept.
   */
  seedUsers?: number;
  /** S3 buckets a new state starts with (a loaded state keeps its own), so `aws s3 ls` shows one. */
  buckets?: readonly string[];
  /**
   * Makes the account the management account of an organization of `accounts` accounts (itself
   * included), each member with an IAM of its own and the role `roleName` (default
   * OrganizationAccountAccessRole) that trusts the management account; see `seedOrganization`.
   */
  organization?: OrganizationOptions;
}

/** A running emulator. */
export interface Emulator {
  /** Base URL for SDKs (`endpoint`) and the AWS CLI (`--endpoint-url`), e.g. `http://127.0.0.1:49152`. */
  endpoint: string;
  accountId: string;
  region: string;
  /** The bootstrap user, with AdministratorAccess. */
  admin: { userName: string; accessKeyId: string; secretAccessKey: string };
  /** The organization this account manages, if any: its id and every account id, this one first. */
  organization: { id: string; accountIds: string[] } | undefined;
  /** The emulator's clock (the injected one): sign requests as of this time. */
  now(): Date;
  /** Replaces the fault rules. */
  setFaults(rules: FaultRules): void;
  /** The latest requests (at most `requestLogSize`), oldest first: a fresh copy on each read. */
  readonly requestLog: ReadonlyArray<RequestLogEntry>;
  /** How many requests were handled since start, including those `requestLog` no longer holds. */
  readonly requestCount: number;
  /** Stops listening, drops open connections and saves the state. */
  stop(): Promise<void>;
}

/**
 * Starts a local IAM + STS + S3 endpoint.
 *
 * @example
 * const emulator = await startEmulator();
 * const sts = new STSClient({ endpoint: emulator.endpoint, region: emulator.region, credentials: emulator.admin });
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? (() => new Date());
  const { stateFile } = options;
  const loaded = stateFile === undefined ? undefined : loadState(stateFile);
  if (loaded && options.accountId !== undefined && loaded.accountId !== options.accountId) {
    throw new Error(
      `State file ${stateFile} belongs to account ${loaded.accountId}, not ${options.accountId}.`,
    );
  }
  const state = loaded ?? bootstrapState(options.accountId ?? '123456789012', clock());
  if (!loaded) {
    for (const name of options.buckets ?? [])
      state.buckets[name] = { name, creationDate: clock().toISOString() };
  }
  ensureAdminKey(state, clock());
  if (options.organization) seedOrganization(state, options.organization, clock());
  if (options.seedUsers !== undefined && options.seedUsers > 0) {
    for (const account of [state, ...Object.values(state.organization?.members ?? {})]) {
      seedPopulation(account, { users: options.seedUsers }, clock());
    }
  }
  const defaultMaxItems = options.defaultMaxItems ?? awsDefaultMaxItems;
  if (!Number.isInteger(defaultMaxItems) || defaultMaxItems < 1 || defaultMaxItems > maxMaxItems) {
    throw new RangeError(
      `defaultMaxItems must be an integer from 1 to ${maxMaxItems}, not ${defaultMaxItems}.`,
    );
  }
  const runtime: Runtime = accountRuntimes(state, {
    region: 'us-east-1',
    clock,
    defaultMaxItems,
    mfaFailureLimit: options.mfaFailureLimit,
    credentialReportDelayMs: options.credentialReportDelayMs ?? 0,
  });

  let saved = '';
  const persist = () => {
    if (stateFile === undefined) return;
    const text = JSON.stringify(state);
    if (text === saved) return;
    saveState(stateFile, state);
    saved = text;
  };
  persist();

  const faults = new FaultInjector();
  faults.set(options.faults);
  const requestLog = new RecentRequests(options.requestLogSize ?? 10_000);
  const server = createEmulatorServer({
    runtime,
    faults,
    onRequest(entry) {
      requestLog.add(entry);
      persist();
      options.onRequest?.(entry);
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const adminKey = state.accessKeys[state.admin.accessKeyId]!;

  return {
    endpoint: endpointUrl(host, port),
    accountId: state.accountId,
    region: runtime.region,
    admin: {
      userName: state.admin.userName,
      accessKeyId: adminKey.accessKeyId,
      secretAccessKey: adminKey.secretAccessKey,
    },
    organization: state.organization && {
      id: state.organization.id,
      accountIds: state.organization.accounts.map((account) => account.id),
    },
    now: clock,
    setFaults: (rules) => faults.set(rules),
    get requestLog() {
      return requestLog.entries();
    },
    get requestCount() {
      return requestLog.count;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // SDK clients keep connections alive; without this close() waits for them.
        server.closeAllConnections();
      });
      persist();
    },
  };
}

/** `http://HOST:PORT` built with the URL API, IPv6 in brackets; a host it cannot carry is an error, not another URL. */
function endpointUrl(host: string, port: number): string {
  const placeholder = 'host.invalid';
  const url = new URL(`http://${placeholder}/`);
  // The setter ignores a value it cannot parse instead of throwing.
  url.hostname = host.includes(':') ? `[${host}]` : host;
  if (url.hostname === placeholder && host !== placeholder) {
    throw new Error(`Cannot build an endpoint URL for host ${JSON.stringify(host)}.`);
  }
  url.port = String(port);
  return url.origin;
}
