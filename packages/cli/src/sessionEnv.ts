// What `env`, `exec` and `credential-process` hand out. On the fast path: imports nothing heavy.
import { type Message, sessionReportText } from '@awsmfa/core';
import type { EnvChange } from '@awsmfa/shell';

/** Session credentials as the commands hand them out. */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601. */
  expiration: string;
}

// Set by `env`; all removed by `env --unset`. AWS_SECURITY_TOKEN is the legacy name old boto
// versions read: a stale one would pair an old token with the new keys, so it is always unset.
const credentialVariables = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWSMFA_SESSION_EXPIRES_EPOCH',
];
const regionVariables = ['AWS_REGION', 'AWS_DEFAULT_REGION'];

/**
 * The environment of an MFA session: the three credentials, `AWS_CREDENTIAL_EXPIRATION` (what the
 * AWS CLI and shell prompts read), the region when known, `AWSMFA_PROFILE`, and
 * `AWSMFA_SESSION_EXPIRES_EPOCH` (the expiry in Unix seconds, which the prompt hooks compare with
 * the shell's clock: no shell parses ISO 8601 without starting `date`); `AWS_PROFILE` is unset
 * because it would make SDKs read the profile's long-term keys instead.
 */
export function sessionEnvChange(
  session: SessionCredentials,
  options: { profile: string; region?: string | undefined },
): EnvChange {
  return {
    set: {
      AWS_ACCESS_KEY_ID: session.accessKeyId,
      AWS_SECRET_ACCESS_KEY: session.secretAccessKey,
      AWS_SESSION_TOKEN: session.sessionToken,
      AWS_CREDENTIAL_EXPIRATION: expirationForEnv(session.expiration),
      AWSMFA_PROFILE: options.profile,
      ...expiryEpochSetting(session.expiration),
      ...regionSettings(options.region),
    },
    unset: ['AWS_PROFILE', 'AWS_SECURITY_TOKEN'],
  };
}

/**
 * The environment on a trusted network: the long-term profile by name (never its secrets), and no
 * session variables that would override it. A profile whose keys are in a key store has no keys
 * the AWS CLI could find by name: its `keys` are exported instead, without an expiry (as
 * `aws-vault exec --no-session` does).
 */
export function trustedEnvChange(options: {
  profile: string;
  region?: string | undefined;
  keys?: { accessKeyId: string; secretAccessKey: string } | undefined;
}): EnvChange {
  const { keys } = options;
  if (keys) {
    return {
      set: {
        AWS_ACCESS_KEY_ID: keys.accessKeyId,
        AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
        AWSMFA_PROFILE: options.profile,
        ...regionSettings(options.region),
      },
      unset: [
        'AWS_PROFILE',
        'AWS_SESSION_TOKEN',
        'AWS_SECURITY_TOKEN',
        'AWS_CREDENTIAL_EXPIRATION',
        'AWSMFA_SESSION_EXPIRES_EPOCH',
      ],
    };
  }
  return {
    set: { AWS_PROFILE: options.profile, AWSMFA_PROFILE: options.profile, ...regionSettings(options.region) },
    unset: [...credentialVariables, 'AWS_SECURITY_TOKEN'],
  };
}

/** `env --unset`: removes everything `env` sets. */
export function unsetEnvChange(): EnvChange {
  return {
    set: {},
    unset: [...credentialVariables, 'AWS_SECURITY_TOKEN', 'AWSMFA_PROFILE', ...regionVariables],
  };
}

/** The Version 1 JSON a `credential_process` prints (AWS CLI and SDK format). */
export function credentialProcessJson(credentials: {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: string;
}): string {
  const body: Record<string, string | number> = {
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
  };
  if (credentials.sessionToken) body.SessionToken = credentials.sessionToken;
  if (credentials.expiration) body.Expiration = expirationForEnv(credentials.expiration);
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Environment for a child process: `base` with `change` applied. */
export function applyEnvChange(
  base: Readonly<Record<string, string | undefined>>,
  change: EnvChange,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  for (const name of change.unset) delete env[name];
  Object.assign(env, change.set);
  return env;
}

function regionSettings(region: string | undefined): Record<string, string> {
  return region ? { AWS_REGION: region, AWS_DEFAULT_REGION: region } : {};
}

function expiryEpochSetting(iso: string): Record<string, string> {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? {} : { AWSMFA_SESSION_EXPIRES_EPOCH: String(Math.floor(ms / 1000)) };
}

// RFC 3339 without milliseconds, `Z` form: what STS itself sends and every SDK parses.
function expirationForEnv(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Time left in words: `1 h 5 min`, `52 min`, `40 s`. */
export function timeLeft(seconds: number): Message {
  if (seconds >= 3600)
    return sessionReportText.hoursLeft({
      hours: Math.floor(seconds / 3600),
      minutes: Math.floor((seconds % 3600) / 60),
    });
  if (seconds >= 60) return sessionReportText.minutesLeft({ minutes: Math.floor(seconds / 60) });
  return sessionReportText.secondsLeft({ seconds: Math.max(0, seconds) });
}

/** timeLeft in English. */
export function formatLeft(seconds: number): string {
  return timeLeft(seconds).english;
}

/** A public IP inside `awsmfa_trusted_ips`. */
interface TrustedNetworkFacts {
  ip: string;
  cidr: string;
}

/**
 * The one line `env` prints on stderr when it worked (`--quiet` drops it), as aws-vault and
 * granted users expect: whose session, until when (local time), how long left; or that the
 * trusted network needs none. Without its newline.
 *
 * @example envReport({ profile: 'dev', session, nowMs: Date.now() }).english // 'awsmfa: profile dev: MFA session until 14:05 (59 min left).'
 */
export function envReport(input: {
  profile: string;
  session?: { expiration: string; roleArn?: string | undefined } | undefined;
  trustedNetwork?: TrustedNetworkFacts | undefined;
  nowMs: number;
}): Message {
  const { session, trustedNetwork: net, profile } = input;
  if (!session)
    return sessionReportText.trustedNetwork({ profile, ip: net?.ip ?? '', cidr: net?.cidr ?? '' });
  return sessionReportText.session({
    profile,
    role: session.roleArn?.replace(/^.*:role\//, ''),
    until: localTime(session.expiration, input.nowMs),
    left: timeLeft(Math.floor((Date.parse(session.expiration) - input.nowMs) / 1000)),
    trustedIp: net?.ip,
    trustedCidr: net?.cidr,
  });
}

// `14:05` today, `2026-12-01 14:05` on another day: the reader's own clock, not UTC.
function localTime(iso: string, nowMs: number): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return day(at) === day(new Date(nowMs)) ? time : `${day(at)} ${time}`;
}
