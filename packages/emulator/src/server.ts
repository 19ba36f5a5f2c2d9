// The HTTP server: one port for IAM, STS, S3 and Organizations, routed by the SigV4 credential
// scope's service, and to the account that issued the request's access key.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Decision, endpointIpLookupPath } from '@awsmfa/core';
import type { ActionRequest, ActionTable, Runtime } from './action.js';
import { authenticate } from './authenticate.js';
import { authorize, requestContext } from './authorize.js';
import { callerArn as arnOfCaller, type Caller } from './caller.js';
import { type FaultInjector, faultError } from './faults.js';
import { iamActions } from './iam/index.js';
import { requestId as newRequestId } from './ids.js';
import { organizationsActions, organizationsTargetPrefix } from './organizations/index.js';
import { actionOf, jsonTarget, queryParams, readBody, serviceOf, sourceIp, splitUrl } from './request.js';
import {
  jsonError,
  jsonResult,
  queryError,
  queryResult,
  type Reply,
  s3Error,
  s3Result,
} from './responses.js';
import { s3Route } from './s3/index.js';
import { ServiceError } from './serviceError.js';
import { parseAuthorization, type SignedRequest } from './sigv4.js';
import { invalidateStateIndex, keepsStateIndex } from './stateIndex.js';
import { stsActions } from './sts/index.js';

/** One request as the log records it: tests count calls with it, `awsmfa sandbox --debug` prints it. */
export interface RequestLogEntry {
  /** When the request arrived, on the emulator's clock (ISO 8601). */
  time: string;
  /** The TCP peer, as `aws:SourceIp` sees it. */
  sourceIp: string;
  service: string;
  action: string;
  accessKeyId?: string;
  /** The authenticated principal's ARN; absent when authentication failed. */
  caller?: string;
  /** The policy evaluation's outcome; absent when none ran (GetSessionToken, failed authentication). */
  decision?: Decision;
  /** HTTP status; 0 when the connection was reset by a fault. */
  status: number;
  /** The AWS error code of a failed request. */
  errorCode?: string;
}

export interface ServerHooks {
  runtime: Runtime;
  faults: FaultInjector;
  /** Called once per request, after the response. */
  onRequest(entry: RequestLogEntry): void;
}

const queryTables: Readonly<Record<string, ActionTable>> = { iam: iamActions, sts: stsActions };

const unsignedPayloads = new Set(['UNSIGNED-PAYLOAD', 'STREAMING-UNSIGNED-PAYLOAD-TRAILER']);

/** Creates the emulator's HTTP server (not yet listening). */
export function createEmulatorServer(hooks: ServerHooks): Server {
  return createServer((message, response) => {
    handle(hooks, message, response).catch((error: unknown) => {
      // Only a bug gets here: handle() answers every ServiceError itself.
      process.stderr.write(`awsmfa emulator: ${error instanceof Error ? error.stack : String(error)}\n`);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
}

async function handle(hooks: ServerHooks, message: IncomingMessage, response: ServerResponse): Promise<void> {
  // The management account's until the access key names another account of the organization.
  let { runtime } = hooks;
  const requestId = newRequestId();
  const { path, query } = splitUrl(message.url ?? '/');
  const request: SignedRequest = {
    method: message.method ?? 'GET',
    path,
    query,
    headers: message.headers,
    body: Buffer.alloc(0),
  };
  const authorizationHeader = message.headers.authorization;
  const arrived = runtime.clock();
  let service = 'sts';
  let action = 'Unknown';
  let accessKeyId: string | undefined;
  let callerArn: string | undefined;
  const trace: { decision?: Decision } = {};
  let reply: Reply;
  let errorCode: string | undefined;
  const logEntry = (status: number): RequestLogEntry => ({
    time: arrived.toISOString(),
    sourceIp: sourceIp(message),
    service,
    action,
    ...(accessKeyId === undefined ? {} : { accessKeyId }),
    ...(callerArn === undefined ? {} : { caller: callerArn }),
    ...(trace.decision === undefined ? {} : { decision: trace.decision }),
    status,
    ...(errorCode === undefined ? {} : { errorCode }),
  });
  if (request.method === 'GET' && path === endpointIpLookupPath) {
    // What checkip.amazonaws.com does, for the address this endpoint sees (its aws:SourceIp):
    // awsmfa's trusted-network check asks here when its endpoint is the sandbox.
    service = 'awsmfa';
    action = 'CheckIp';
    const body = `${sourceIp(message)}\n`;
    response.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
    });
    response.end(body);
    hooks.onRequest(logEntry(200));
    return;
  }
  try {
    request.body = await readBody(message);
    const params = queryParams(request);
    service = serviceOf(authorizationHeader, params, jsonTarget(request));
    action = actionOf(service, request, params);

    const fault = hooks.faults.take(service, action);
    if (fault && fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.error === 'reset') {
      message.socket.destroy();
      hooks.onRequest(logEntry(0));
      return;
    }
    if (fault?.error) throw faultError(fault.error, service);

    const authorization = parseAuthorization(authorizationHeader);
    if (!authorization) {
      throw service === 's3'
        ? new ServiceError('AccessDenied', 'Access Denied', 403)
        : new ServiceError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    }
    accessKeyId = authorization.accessKeyId;
    runtime = runtime.accounts.ofAccessKey(accessKeyId) ?? runtime;
    checkPayloadHash(request);
    const now = runtime.clock();
    const caller = await authenticate(runtime.state, request, authorization, now);
    callerArn = arnOfCaller(runtime.accountId, caller);
    const base = { runtime, caller, sourceIp: sourceIp(message), now };
    reply =
      service === 's3'
        ? runS3(base, request, requestId, trace)
        : service === 'organizations'
          ? runJson(base, request, action, requestId, trace)
          : await runQuery({ ...base, params }, service, action, requestId, trace);
    recordKeyUse(runtime, caller, service, authorization.region, now);
  } catch (error) {
    if (!(error instanceof ServiceError)) {
      invalidateStateIndex(runtime.state);
      throw error;
    }
    errorCode = error.code;
    reply =
      service === 's3'
        ? s3Error(error, requestId)
        : service === 'organizations'
          ? jsonError(error, requestId)
          : queryError(service, error, requestId);
  }
  // A request that may have changed users, keys, devices or groups drops the lookups built on them.
  if (!keepsStateIndex(action)) invalidateStateIndex(runtime.state);
  const body = Buffer.from(reply.body, 'utf8');
  response.writeHead(reply.status, {
    ...reply.headers,
    // SDKs correct their clock skew from this header, so it follows the injected clock.
    date: runtime.clock().toUTCString(),
    'content-length': String(body.length),
  });
  response.end(body);
  hooks.onRequest(logEntry(reply.status));
}

async function runQuery(
  request: ActionRequest,
  service: string,
  action: string,
  requestId: string,
  trace: { decision?: Decision },
): Promise<Reply> {
  const { caller } = request;
  // STS docs: with credentials from GetSessionToken without MFA "you cannot call any IAM API
  // operations". Role sessions are not limited so: their role's policies decide.
  if (service === 'iam' && caller.kind === 'user' && caller.session && !caller.session.mfaAuthenticated) {
    throw new ServiceError(
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
      403,
    );
  }
  const table = queryTables[service];
  const handler = table && Object.hasOwn(table, action) ? table[action] : undefined;
  if (!table || !handler) {
    const version = service === 'iam' ? '2010-05-08' : '2011-06-15';
    throw new ServiceError('InvalidAction', `Could not find operation ${action} for version ${version}`, 400);
  }
  if (handler.permission) {
    const { runtime, sourceIp, now } = request;
    authorize(
      runtime.state,
      caller,
      {
        action: handler.permission,
        resource: handler.resource?.(request) ?? '*',
        context: requestContext(runtime.accountId, runtime.region, caller, sourceIp, now),
      },
      service,
      runtime.accountId,
      trace,
    );
  }
  return queryResult(service, action, await handler.run(request), requestId);
}

/** An AWS JSON 1.1 request (Organizations): `X-Amz-Target` names the action, the body is JSON. */
function runJson(
  base: Omit<ActionRequest, 'params'>,
  request: SignedRequest,
  action: string,
  requestId: string,
  trace: { decision?: Decision },
): Reply {
  const target = jsonTarget(request);
  const handler = Object.hasOwn(organizationsActions, action) ? organizationsActions[action] : undefined;
  if (!handler || target !== `${organizationsTargetPrefix}${action}`) {
    throw new ServiceError('UnknownOperationException', '', 400);
  }
  let input: unknown;
  try {
    input = request.body.length === 0 ? {} : JSON.parse(request.body.toString('utf8'));
  } catch {
    throw new ServiceError(
      'SerializationException',
      'Start of structure or map found where not expected.',
      400,
    );
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ServiceError(
      'SerializationException',
      'Start of structure or map found where not expected.',
      400,
    );
  }
  const { runtime, caller, sourceIp, now } = base;
  try {
    authorize(
      runtime.state,
      caller,
      {
        action: handler.permission,
        resource: '*',
        context: requestContext(runtime.accountId, runtime.region, caller, sourceIp, now),
      },
      'organizations',
      runtime.accountId,
      trace,
    );
  } catch (error) {
    // Organizations does not say which policy denied.
    if (error instanceof ServiceError && error.code === 'AccessDenied') {
      throw new ServiceError(
        'AccessDeniedException',
        "You don't have permissions to access this resource.",
        400,
      );
    }
    throw error;
  }
  const result = handler.run({
    ...base,
    input: input as Record<string, unknown>,
    isMember: runtime.accounts.isMember(runtime.accountId),
  });
  return jsonResult(result, requestId);
}

function runS3(
  base: Omit<ActionRequest, 'params'>,
  request: SignedRequest,
  requestId: string,
  trace: { decision?: Decision },
): Reply {
  const route = s3Route(request.method, request.path);
  if (!route) {
    throw new ServiceError(
      'NotImplemented',
      'A header you provided implies functionality that is not implemented',
      501,
    );
  }
  const s3Request = { ...base, bucket: route.bucket, query: request.query, body: request.body };
  const { runtime, caller, sourceIp, now } = base;
  authorize(
    runtime.state,
    caller,
    {
      action: route.action.permission,
      resource: route.action.resource(s3Request),
      context: requestContext(runtime.accountId, runtime.region, caller, sourceIp, now),
    },
    's3',
    runtime.accountId,
    trace,
  );
  const result = route.action.run(s3Request);
  return s3Result(result.status, result.xml, requestId, result.headers);
}

/** A declared `x-amz-content-sha256` must be the body's hash, as AWS checks. */
function checkPayloadHash(request: SignedRequest): void {
  const declared = request.headers['x-amz-content-sha256'];
  if (typeof declared !== 'string' || unsignedPayloads.has(declared) || declared.startsWith('STREAMING-'))
    return;
  const actual = createHash('sha256').update(request.body).digest('hex');
  if (declared !== actual) {
    throw new ServiceError(
      'XAmzContentSHA256Mismatch',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      400,
    );
  }
}

/** Long-term keys remember their last use, for GetAccessKeyLastUsed and the credential report. */
function recordKeyUse(runtime: Runtime, caller: Caller, service: string, region: string, now: Date): void {
  if (caller.session) return;
  const key = runtime.state.accessKeys[caller.accessKeyId];
  if (key) key.lastUsed = { date: now.toISOString(), service, region };
}
