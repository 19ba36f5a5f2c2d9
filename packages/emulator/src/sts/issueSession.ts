import { awsId, secretAccessKey, sessionToken } from '../ids.js';
import type { RoleSessionRecord, SessionRecord, State } from '../state.js';
import type { XmlObject } from '../xml.js';

/** Expired sessions are forgotten after a day; until then they answer `ExpiredToken`. */
const forgetAfterMs = 24 * 3600 * 1000;

/** What a new session records besides its keys and times. */
type SessionFacts =
  | Omit<SessionRecord, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration' | 'issuedAt'>
  | Omit<RoleSessionRecord, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration' | 'issuedAt'>;

/**
 * Creates temporary `ASIA…` credentials valid for `durationSeconds` from `now`, stores them (and
 * forgets long-expired ones), and returns the `Credentials` element of the STS response.
 */
export function issueSession(
  state: State,
  now: Date,
  durationSeconds: number,
  facts: SessionFacts,
): XmlObject {
  for (const [id, old] of Object.entries(state.sessions)) {
    if (Date.parse(old.expiration) + forgetAfterMs < now.getTime()) delete state.sessions[id];
  }
  const session = {
    ...facts,
    accessKeyId: awsId('ASIA'),
    secretAccessKey: secretAccessKey(),
    sessionToken: sessionToken(),
    expiration: new Date(now.getTime() + durationSeconds * 1000).toISOString(),
    issuedAt: now.toISOString(),
  } as SessionRecord | RoleSessionRecord;
  state.sessions[session.accessKeyId] = session;
  return {
    AccessKeyId: session.accessKeyId,
    SecretAccessKey: session.secretAccessKey,
    SessionToken: session.sessionToken,
    Expiration: new Date(session.expiration),
  };
}
