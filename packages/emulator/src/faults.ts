// Fault injection for tests: added latency, error responses AWS clients must retry, dropped connections.
import { ServiceError, throttlingError } from './serviceError.js';

/** A fault to inject into matching requests. */
export interface FaultRule {
  /** Delay before the request is handled, in milliseconds. */
  latencyMs?: number;
  /** Share of matching requests that fail, 0..1 (default 1 when `error` is set). */
  errorRate?: number;
  /** What a failing request gets: an AWS error response, or `reset` (the socket is destroyed). */
  error?: 'Throttling' | 'InternalError' | 'ServiceUnavailable' | 'reset';
  /** Apply to the next N matching requests only. */
  times?: number;
}

/**
 * Rules by action name (`GetSessionToken`), service-qualified name (`sts:GetSessionToken`) or `*`.
 *
 * @example emulator.setFaults({ GetSessionToken: { error: 'Throttling', times: 2 } })
 */
export type FaultRules = Readonly<Record<string, FaultRule>>;

/** What to do to one request. */
export interface Fault {
  latencyMs: number;
  error?: FaultRule['error'];
}

/** Holds the current rules and counts down `times`. */
export class FaultInjector {
  private rules = new Map<string, { rule: FaultRule; remaining: number }>();

  /** Replaces every rule. */
  set(rules: FaultRules = {}): void {
    this.rules = new Map(
      Object.entries(rules).map(([key, rule]) => [
        key,
        { rule, remaining: rule.times ?? Number.POSITIVE_INFINITY },
      ]),
    );
  }

  /** The fault for a request to `service`/`action`, if a rule matches; consumes one of its `times`. */
  take(service: string, action: string): Fault | undefined {
    const entry = [`${service}:${action}`, action, '*']
      .map((key) => this.rules.get(key))
      .find((candidate) => candidate !== undefined && candidate.remaining > 0);
    if (!entry) return undefined;
    entry.remaining -= 1;
    const { rule } = entry;
    const fails = rule.error !== undefined && Math.random() < (rule.errorRate ?? 1);
    return { latencyMs: rule.latencyMs ?? 0, error: fails ? rule.error : undefined };
  }
}

/** The AWS error a fault stands for, worded per service. */
export function faultError(
  error: Exclude<FaultRule['error'], 'reset' | undefined>,
  service: string,
): ServiceError {
  const s3 = service === 's3';
  switch (error) {
    case 'Throttling':
      return throttlingError(service);
    case 'InternalError':
      if (service === 'organizations') {
        return new ServiceError(
          'ServiceException',
          "AWS Organizations can't complete your request because of an internal service error. Try again later.",
          500,
        );
      }
      return s3
        ? new ServiceError('InternalError', 'We encountered an internal error. Please try again.', 500)
        : new ServiceError(
            'InternalFailure',
            'The request processing has failed because of an unknown error, exception or failure.',
            500,
          );
    case 'ServiceUnavailable':
      return new ServiceError('ServiceUnavailable', 'Service is unavailable. Please try again later.', 503);
  }
}
