import { checkEndpointUrl, checkRegion } from '../endpoints.js';
import { endpointsText } from '../messages/en/endpoints.js';

/** Long-term or session credentials, as the SDK and the session cache hold them. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for session credentials (`ASIA…` keys). */
  sessionToken?: string;
}

/** What every awsmfa AWS client is built from. */
export interface AwsClientOptions {
  region: string;
  /** `undefined` means the SDK's regional AWS endpoint. */
  endpoint?: string | undefined;
  credentials: AwsCredentials;
  /** Milliseconds to open a connection; default 2000 (or `AWSMFA_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs?: number;
  /** Milliseconds for one request and its response; default 5000 (or `AWSMFA_REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs?: number;
  /** Attempts per call, the first included; default 3. */
  maxAttempts?: number;
  /** Called with the `Date` header of every HTTP response (success or error) and the local time it arrived. */
  onServerDate?: (serverDate: Date, localDate: Date) => void;
  /** Process environment for the timeout overrides; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The bounded retry and timeout settings shared by the STS and IAM clients. */
export function awsClientConfig(options: AwsClientOptions) {
  const { connectionTimeout, requestTimeout } = clientTimeouts(options);
  return {
    // The SDK checks neither the way botocore does; see endpoints.ts.
    region: checkRegion(options.region, 'region'),
    endpoint:
      options.endpoint === undefined
        ? undefined
        : checkEndpointUrl(options.endpoint, endpointsText.theEndpoint()),
    credentials: { ...options.credentials },
    // Standard mode retries throttling, 5xx, resets and timeouts with jittered exponential backoff
    // (100 ms base, 500 ms for throttling); three attempts keep the worst case near
    // 3 × (connect + request) plus about a second of backoff.
    retryMode: 'standard',
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout,
      requestTimeout,
      throwOnRequestTimeout: true,
      socketTimeout: requestTimeout,
    },
  } as const;
}

/** Connect and request timeouts in ms: the options, else `AWSMFA_CONNECT_TIMEOUT_MS` / `AWSMFA_REQUEST_TIMEOUT_MS`, else 2 s / 5 s. */
export function clientTimeouts(
  options: Pick<AwsClientOptions, 'connectTimeoutMs' | 'requestTimeoutMs' | 'env'>,
): {
  connectionTimeout: number;
  requestTimeout: number;
} {
  const env = options.env ?? process.env;
  return {
    connectionTimeout: options.connectTimeoutMs ?? positiveInt(env.AWSMFA_CONNECT_TIMEOUT_MS) ?? 2000,
    requestTimeout: options.requestTimeoutMs ?? positiveInt(env.AWSMFA_REQUEST_TIMEOUT_MS) ?? 5000,
  };
}

/** What awsmfa needs of an SDK client: its middleware stack. */
// biome-ignore lint/suspicious/noExplicitAny: IAM, STS and Organizations clients differ in their middleware generics.
type SdkClient = { middlewareStack: { add: (...args: any[]) => unknown } };

/** Registers the server-date reporter on an SDK client when `options.onServerDate` asks for it. */
function withServerDate<T extends SdkClient>(client: T, options: Pick<AwsClientOptions, 'onServerDate'>): T {
  if (options.onServerDate) {
    client.middlewareStack.add(serverDateMiddleware(options.onServerDate), {
      step: 'deserialize',
      priority: 'low',
      name: 'awsmfaServerDate',
    });
  }
  return client;
}

/** Middleware that reports each response's `Date` header; registered below the deserializer so errors count too. */
function serverDateMiddleware(onServerDate: (serverDate: Date, localDate: Date) => void) {
  // biome-ignore lint/suspicious/noExplicitAny: smithy's middleware generics add nothing here.
  return (next: (args: any) => Promise<any>) => async (args: any) => {
    const result = await next(args);
    const header: unknown = result?.response?.headers?.date ?? result?.response?.headers?.Date;
    if (typeof header === 'string') {
      const serverDate = new Date(header);
      if (!Number.isNaN(serverDate.getTime())) onServerDate(serverDate, new Date());
    }
    return result;
  };
}

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * An SDK client of `Client` (IAM, STS, Organizations) as awsmfa makes every one: its bounded
 * retries and timeouts, exactly the given credentials, no Node-version warning, and the server's
 * clock reported when `onServerDate` asks for it.
 *
 * @example const iam = createAwsClient(IAMClient, { region: 'us-east-1', credentials })
 */
export function createAwsClient<C extends SdkClient>(
  Client: new (config: ReturnType<typeof awsClientConfig>) => C,
  options: AwsClientOptions,
): C {
  return withServerDate(
    withoutNodeVersionWarning(() => new Client(awsClientConfig(options))),
    options,
  );
}

const nodeVersionWarningSwitch = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * Makes an SDK client with the SDK's Node-version warning off: constructing the first client of a
 * process on Node 20 prints a multi-line NodeVersionSupportWarning (toolchain notes §5.1) unless the
 * variable is "true", even when a user set it otherwise for their own programs. awsmfa's stderr is
 * for awsmfa's messages; the variable is put back, so the programs `awsmfa exec` runs get the user's.
 */
function withoutNodeVersionWarning<Client>(make: () => Client): Client {
  const saved = process.env[nodeVersionWarningSwitch];
  process.env[nodeVersionWarningSwitch] = 'true';
  try {
    return make();
  } finally {
    if (saved === undefined) delete process.env[nodeVersionWarningSwitch];
    else process.env[nodeVersionWarningSwitch] = saved;
  }
}
