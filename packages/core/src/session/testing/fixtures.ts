// Helpers for the session unit tests (not exported from the package).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import type { Profile } from '../../profiles/profile.js';
import { stsSessionTokenIssuer } from '../getSessionToken.js';

/** A temporary folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-session-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const serial = 'arn:aws:iam::123456789012:mfa/alice';

export function profileFixture(overrides: Partial<Profile> = {}): Profile {
  return {
    name: 'dev',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    mfaSerial: serial,
    trustedCidrs: [],
    settings: {},
    ...overrides,
  };
}

/** A mocked STS client: every GetSessionToken succeeds with numbered credentials valid for DurationSeconds. */
export function mockSts(now: () => number) {
  let issued = 0;
  const send = vi.fn(async (command: { input: { DurationSeconds?: number; TokenCode?: string } }) => {
    issued += 1;
    return {
      Credentials: {
        AccessKeyId: `ASIAMOCK${issued}`,
        SecretAccessKey: `secret${issued}`,
        SessionToken: `token${issued}`,
        Expiration: new Date(now() + (command.input.DurationSeconds ?? 3600) * 1000),
      },
    };
  });
  const client = { send };
  return { send, issuer: stsSessionTokenIssuer(() => client) };
}

/** An AWS service error as the SDK throws it. */
export function awsError(name: string, message: string, httpStatusCode = 403) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });
}
