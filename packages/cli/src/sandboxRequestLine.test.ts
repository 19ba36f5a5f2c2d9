import { describe, expect, it } from 'vitest';
import { sandboxRequestLine } from './sandboxRequestLine.js';

const base = { time: '2026-05-04T08:00:00.000Z', sourceIp: '127.0.0.1', service: 'iam', action: 'ListUsers' };

describe('sandboxRequestLine', () => {
  it('an evaluated request: caller, masked key, action, decision, status', () => {
    expect(
      sandboxRequestLine({
        ...base,
        accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
        caller: 'arn:aws:iam::123456789012:user/bob',
        decision: 'implicitDeny',
        status: 403,
        errorCode: 'AccessDenied',
      }),
    ).toBe(
      '2026-05-04T08:00:00.000Z 127.0.0.1 arn:aws:iam::123456789012:user/bob ASIA**************** iam:ListUsers implicit-deny 403 AccessDenied',
    );
    expect(
      sandboxRequestLine({
        ...base,
        caller: 'arn:aws:iam::123456789012:user/admin',
        decision: 'allowed',
        status: 200,
      }),
    ).toBe(
      '2026-05-04T08:00:00.000Z 127.0.0.1 arn:aws:iam::123456789012:user/admin - iam:ListUsers allow 200',
    );
    expect(sandboxRequestLine({ ...base, decision: 'explicitDeny', status: 403 })).toContain(
      ' explicit-deny 403',
    );
  });

  it('unauthenticated and reset requests: dashes for what is unknown; the key is never shown whole', () => {
    const line = sandboxRequestLine({
      ...base,
      service: 'sts',
      action: 'GetCallerIdentity',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      status: 403,
      errorCode: 'SignatureDoesNotMatch',
    });
    expect(line).toBe(
      '2026-05-04T08:00:00.000Z 127.0.0.1 - AKIA**************** sts:GetCallerIdentity - 403 SignatureDoesNotMatch',
    );
    expect(line).not.toContain('IOSFODNN7EXAMPLE');
    expect(sandboxRequestLine({ ...base, sourceIp: '', status: 0 })).toBe(
      '2026-05-04T08:00:00.000Z - - - iam:ListUsers - 0',
    );
  });
});
