/**
 * Temporary credentials from STS, as cached and handed to shells and SDKs: an MFA session
 * (GetSessionToken with a user's long-term keys and a code) or a role session (AssumeRole).
 */
export interface StsSession {
  /** The profile the session is for: the user's profile, or the role's profile. */
  profile: string;
  /** The MFA device whose code stands behind the session; empty for a role assumed without MFA. */
  mfaSerial: string;
  /** Set for a role session: the role it is of. */
  roleArn?: string;
  /** The long-term access key at the bottom of the chain: a rotated key makes the entry stale. */
  sourceAccessKeyId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601 UTC, e.g. `2026-11-29T13:05:40.000Z`. */
  expiration: string;
  /** ISO 8601 UTC time the session was issued (local clock). */
  obtainedAt: string;
}

/** Seconds left before `session` expires at `nowMs` (negative once expired). */
export function secondsLeft(session: Pick<StsSession, 'expiration'>, nowMs: number): number {
  return Math.floor((Date.parse(session.expiration) - nowMs) / 1000);
}
