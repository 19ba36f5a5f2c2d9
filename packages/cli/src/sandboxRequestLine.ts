// One line per request for `awsmfa sandbox --debug` / `--log FILE`: what a user needs to see the
// calls their tools make, and nothing secret (the access key goes through mask()).
import { mask } from '@awsmfa/core';
import type { RequestLogEntry } from '@awsmfa/emulator';

const decisions = { allowed: 'allow', explicitDeny: 'explicit-deny', implicitDeny: 'implicit-deny' } as const;

/**
 * `time source caller key service:Action decision status [error]`, `-` for what is unknown (no
 * caller before authentication, no decision when no policy was evaluated).
 *
 * @example sandboxRequestLine(entry) // '2026-05-04T08:00:00.000Z 127.0.0.1 arn:aws:iam::123456789012:user/bob ASIA**************** iam:ListUsers implicit-deny 403 AccessDenied'
 */
export function sandboxRequestLine(entry: RequestLogEntry): string {
  return [
    entry.time,
    entry.sourceIp || '-',
    entry.caller ?? '-',
    entry.accessKeyId === undefined ? '-' : mask(entry.accessKeyId),
    `${entry.service}:${entry.action}`,
    entry.decision === undefined ? '-' : decisions[entry.decision],
    String(entry.status),
    ...(entry.errorCode === undefined ? [] : [entry.errorCode]),
  ].join(' ');
}
