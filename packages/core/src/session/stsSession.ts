/** Temporary credentials from GetSessionToken, as cached and handed to shells and SDKs. */
export interface MfaSession {
  /** The profile whose long-term keys obtained it. */
  profile: string;
  mfaSerial: string;
  /** The long-term access key that signed GetSessionToken: a rotated key makes the entry stale. */
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
export function secondsLeft(session: Pick<MfaSession, 'expiration'>, nowMs: number): number {
  return Math.floor((Date.parse(session.expiration) - nowMs) / 1000);
}
