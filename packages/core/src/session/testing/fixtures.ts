// Helpers for the session unit tests (not exported from the package).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import type { Profile } from '../../profiles/profile.js';
import { stsSessionTokenIssuer } from '../getSessionToken.js';
import { stsRoleAssumer } from '../stsRoleAssumer.js';

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

/** What a mocked STS call was signed with and asked. */
export interface MockStsCall {
  action: 'GetSessionToken' | 'AssumeRole' | 'GetCallerIdentity';
  signedBy: string;
  input: Record<string, unknown>;
}

/**
 * A mocked STS client for role chains: GetSessionToken and AssumeRole succeed with numbered
 * credentials (`ASIAMOCK1`, `ASIAROLE2`, …) valid for DurationSeconds; GetCallerIdentity says
 * `user/alice`. `fail` makes AssumeRole throw instead.
 */
export function mockStsWithRoles(now: () => number, options: { fail?: () => Error } = {}) {
  let issued = 0;
  const calls: MockStsCall[] = [];
  const clientFor = (credentials: { accessKeyId: string }) => ({
    send: vi.fn(async (command: { input: Record<string, unknown> }) => {
      const { input } = command;
      const action =
        'TokenCode' in input ? 'GetSessionToken' : 'RoleArn' in input ? 'AssumeRole' : 'GetCallerIdentity';
      calls.push({ action, signedBy: credentials.accessKeyId, input });
      if (action === 'GetCallerIdentity') return { Arn: 'arn:aws:iam::123456789012:user/team/alice' };
      if (action === 'AssumeRole' && options.fail) throw options.fail();
      issued += 1;
      const prefix = action === 'AssumeRole' ? 'ASIAROLE' : 'ASIAMOCK';
      return {
        Credentials: {
          AccessKeyId: `${prefix}${issued}`,
          SecretAccessKey: `secret${issued}`,
          SessionToken: `token${issued}`,
          Expiration: new Date(now() + Number(input.DurationSeconds ?? 3600) * 1000),
        },
      };
    }),
  });
  return {
    calls,
    of: (action: MockStsCall['action']) => calls.filter((call) => call.action === action),
    issuer: stsSessionTokenIssuer(clientFor),
    roles: stsRoleAssumer(clientFor),
  };
}
