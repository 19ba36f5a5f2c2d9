/**
 * An error as AWS returns it: a `code` (e.g. `AccessDenied`), AWS's message text and the HTTP
 * status. The server renders it as the service's error document (query `ErrorResponse` or S3 `Error`).
 *
 * @example throw new ServiceError('NoSuchEntity', 'The user with name bob cannot be found.', 404)
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly code: string;
  readonly status: number;
  /** `Sender` for the caller's fault, `Receiver` for the service's (5xx). */
  readonly type: 'Sender' | 'Receiver';
  /** Members a JSON-protocol error carries besides its message, e.g. Organizations' `Reason`. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(code: string, message: string, status: number, fields: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.type = status >= 500 ? 'Receiver' : 'Sender';
    this.fields = fields;
  }
}

/** `ValidationError` for a parameter that breaks its constraint, worded as AWS's model validation. */
export function validationError(value: string | undefined, member: string, constraint: string): ServiceError {
  const shown = value === undefined ? 'null' : `'${value}'`;
  return new ServiceError(
    'ValidationError',
    `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
    400,
  );
}

/** AWS's throttling error, worded per service: S3 `SlowDown` (503), the query services `Throttling` (400). */
export function throttlingError(service: string): ServiceError {
  if (service === 'organizations') {
    return new ServiceError(
      'TooManyRequestsException',
      'You have sent too many requests in too short a period of time. The quota helps protect against denial-of-service attacks. Try again later.',
      400,
      { Type: 'AWSOrganizations' },
    );
  }
  return service === 's3'
    ? new ServiceError('SlowDown', 'Please reduce your request rate.', 503)
    : new ServiceError('Throttling', 'Rate exceeded', 400);
}
