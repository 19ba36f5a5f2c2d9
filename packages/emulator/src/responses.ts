// Response documents: the query protocol's `<ActionResponse>` / `ErrorResponse`, and S3's REST XML.
import type { ServiceError } from './serviceError.js';
import { element, escapeXml, type XmlObject } from './xml.js';

/** An HTTP response ready to send. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** XML namespaces of the query-protocol services. */
export const queryNamespaces: Readonly<Record<string, string>> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};

function namespace(service: string): string {
  return queryNamespaces[service] ?? queryNamespaces.iam!;
}

/** `<ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>…</ResponseMetadata></ActionResponse>`. */
export function queryResult(
  service: string,
  action: string,
  result: XmlObject | undefined,
  requestId: string,
): Reply {
  const body =
    `<${action}Response xmlns="${namespace(service)}">` +
    (result === undefined ? '' : element(`${action}Result`, result)) +
    element('ResponseMetadata', { RequestId: requestId }) +
    `</${action}Response>\n`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`. */
export function queryError(service: string, error: ServiceError, requestId: string): Reply {
  const body =
    `<ErrorResponse xmlns="${namespace(service)}">` +
    // IAM sends some errors (ReportNotPresent, …) with no Message at all; botocore then says "Unknown".
    element('Error', { Type: error.type, Code: error.code, Message: error.message || undefined }) +
    element('RequestId', requestId) +
    '</ErrorResponse>\n';
  return {
    status: error.status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body,
  };
}

// Query-protocol codes of authentication failures and their JSON-protocol names.
const jsonErrorCodes: Readonly<Record<string, string>> = {
  InvalidClientTokenId: 'UnrecognizedClientException',
  SignatureDoesNotMatch: 'InvalidSignatureException',
};

/** An AWS JSON 1.1 answer (`application/x-amz-json-1.1`), e.g. Organizations'. */
export function jsonResult(result: Record<string, unknown>, requestId: string): Reply {
  return {
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: JSON.stringify(result),
  };
}

/** An AWS JSON 1.1 error: `{"__type": code, "Message": …}`, the code also in `x-amzn-ErrorType`. */
export function jsonError(error: ServiceError, requestId: string): Reply {
  const code = jsonErrorCodes[error.code] ?? error.code;
  return {
    status: error.status,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': code,
    },
    body: JSON.stringify({ __type: code, Message: error.message, ...error.fields }),
  };
}

const s3Headers = (requestId: string) => ({
  'content-type': 'application/xml',
  'x-amz-request-id': requestId,
  'x-amz-id-2': Buffer.from(requestId).toString('base64'),
});

/** An S3 document with its XML declaration. */
export function s3Result(
  status: number,
  xml: string,
  requestId: string,
  extraHeaders: Record<string, string> = {},
): Reply {
  const body = xml === '' ? '' : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
  return { status, headers: { ...s3Headers(requestId), ...extraHeaders }, body };
}

/** S3's `<Error><Code/><Message/><RequestId/><HostId/></Error>`. */
export function s3Error(error: ServiceError, requestId: string, resource?: string): Reply {
  const xml =
    `<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
    (resource === undefined ? '' : `<Resource>${escapeXml(resource)}</Resource>`) +
    `<RequestId>${requestId}</RequestId><HostId>${Buffer.from(requestId).toString('base64')}</HostId></Error>`;
  return s3Result(error.status, xml, requestId);
}
