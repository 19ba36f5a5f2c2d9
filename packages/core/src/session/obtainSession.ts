import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import type { Profile } from '../profiles/profile.js';
import { describeClockSkew } from './clockSkew.js';
import type { CodeSource } from './codeSource.js';
import { awsAnswered, type SessionTokenIssuer } from './getSessionToken.js';
import type { MfaSession } from './mfaSession.js';
import { normalizeMfaCode } from './normalizeMfaCode.js';
import { parseDuration } from './parseDuration.js';
import {
  ensureCacheDir,
  readSessionCache,
  refreshWindowSeconds,
  sessionCachePath,
  writeSessionCache,
} from './sessionCache.js';
import { isSpentCode, markCodeSpent, nextStepStartMs, readSpentCode, timeStepAt } from './spentCodes.js';
import { checkTrustedNetwork, type PublicIpLookup } from './trustedNetwork.js';
import { withSessionLock } from './withSessionLock.js';

export interface ObtainSessionOptions {
  profile: Profile;
  /** Calls STS; see stsSessionTokenIssuer. */
  issueSessionToken: SessionTokenIssuer;
  /** Where a code comes from when one is needed; see resolveCodeSource. */
  codeSource: CodeSource;
  /** The session cache folder; see sessionCacheDir. */
  cacheDir: string;
  /** `--duration` (`3600`, `1h`, `90m`); else the profile's `awsmfa_session_duration`; else 1 h. */
  duration?: string | undefined;
  /** Refresh sessions expiring within this many seconds; default 300 (credential-process: 900). */
  refreshWindowSeconds?: number;
  /** `--refresh`: ignore a cached session. */
  refresh?: boolean;
  /** `--mfa`: get a session even on a trusted network. */
  forceMfa?: boolean;
  /** How to learn the public IP for `awsmfa_trusted_ips`; without it trusted networks are not checked. */
  publicIp?: { lookup: PublicIpLookup; source: string } | undefined;
  /** The local clock in ms; tests pass their own. */
  now?: () => number;
  /**
   * Waits until `untilMs` because the device's current code was already spent. The CLI shows a
   * countdown on the terminal; the default just sleeps.
   */
  waitForNextCode?: (untilMs: number) => Promise<void>;
  /** A line for stderr: trusted network, waits, cache warnings, clock skew. */
  notify?: (message: string) => void;
  /** Skew measured from the last STS response (local − server, seconds); see clockSkewSeconds. */
  clockSkewSeconds?: () => number | undefined;
  /** For error messages: the STS endpoint when it is not AWS's. */
  endpoint?: string | undefined;
  /** How long to wait for another process's refresh; default 3 minutes. */
  lockTimeoutMs?: number;
  /** Test hook for the crash test: runs between writing the cache's temporary file and renaming it. */
  beforeCacheRename?: () => void;
}

export type SessionResult =
  | {
      kind: 'session';
      session: MfaSession;
      /** `cache` when no request was made. */
      source: 'cache' | 'sts';
      clockSkewSeconds?: number | undefined;
    }
  | {
      /** On a trusted network: use the long-term profile, no session. */
      kind: 'trusted';
      ip: string;
      cidr: string;
    };

// Concurrent calls in one process share one refresh (the lock covers other processes).
const inFlight = new Map<string, Promise<SessionResult>>();

/**
 * Gets an MFA session for a profile: from the cache when one is valid beyond the refresh window,
 * else with one GetSessionToken call made under a cross-process lock (N parallel callers, one
 * request, one code). Codes are never reused: a code AWS already answered is not sent again, and a
 * renewable source (prompt, mfa_process) waits for the next 30-s step instead. On a network in the
 * profile's `awsmfa_trusted_ips` it returns `kind: 'trusted'` and asks nothing.
 *
 * @example
 * const result = await obtainSession({ profile, cacheDir: sessionCacheDir(env),
 *   codeSource: resolveCodeSource({ env, profile, prompt }),
 *   issueSessionToken: stsSessionTokenIssuer((credentials) => createStsClient({ region, credentials })) })
 */
export async function obtainSession(options: ObtainSessionOptions): Promise<SessionResult> {
  const { profile } = options;
  const now = options.now ?? Date.now;
  const notify = options.notify ?? (() => {});
  const { mfaSerial, credentials } = requireLongTermProfile(profile);
  // Validated before anything else so a bad value never costs a request or a code.
  const durationSeconds = parseDuration(
    options.duration ?? profile.sessionDuration,
    options.duration !== undefined ? '--duration' : `awsmfa_session_duration of profile ${profile.name}`,
  );

  if (profile.trustedCidrs.length > 0 && !options.forceMfa && options.publicIp) {
    const state = await checkTrustedNetwork({
      cidrs: profile.trustedCidrs,
      lookup: options.publicIp.lookup,
      source: options.publicIp.source,
      cacheDir: options.cacheDir,
      nowMs: now(),
    });
    if (state.trusted) return { kind: 'trusted', ip: state.ip, cidr: state.cidr };
    if (state.ip === undefined) {
      notify(`Could not look up the public IP (${state.error}); using MFA.`);
    }
  }

  const window = options.refreshWindowSeconds ?? refreshWindowSeconds;
  const lookup = () =>
    readSessionCache({
      dir: options.cacheDir,
      profile: profile.name,
      mfaSerial,
      sourceAccessKeyId: credentials.accessKeyId,
      nowMs: now(),
      refreshWindowSeconds: window,
    });
  if (!options.refresh) {
    const cached = lookup();
    if (cached.hit) return { kind: 'session', session: cached.session, source: 'cache' };
    if (cached.warning) notify(cached.warning);
  }

  const key = `${options.cacheDir}\0${profile.name}\0${mfaSerial}`;
  const shared = inFlight.get(key);
  if (shared) return shared;
  const refresh = (async (): Promise<SessionResult> => {
    let cacheUsable = true;
    try {
      const warning = ensureCacheDir(options.cacheDir);
      if (warning) notify(warning);
    } catch (error) {
      cacheUsable = false;
      notify(
        `Cannot use the cache folder ${options.cacheDir} (${errno(error)}); the session will not be cached.`,
      );
    }
    const fetchAndStore = async (): Promise<SessionResult> => {
      // Another process may have refreshed while this one waited for the lock.
      if (cacheUsable && !options.refresh) {
        const cached = lookup();
        if (cached.hit) return { kind: 'session', session: cached.session, source: 'cache' };
      }
      const session = await requestSession({
        ...options,
        now,
        notify,
        mfaSerial,
        credentials,
        durationSeconds,
        cacheUsable,
      });
      if (cacheUsable) {
        try {
          writeSessionCache(options.cacheDir, session, { beforeRename: options.beforeCacheRename });
        } catch (error) {
          notify(
            `Cannot write the session cache in ${options.cacheDir} (${errno(error)}); the session is not cached.`,
          );
        }
      }
      const skew = options.clockSkewSeconds?.();
      return { kind: 'session', session, source: 'sts', clockSkewSeconds: skew };
    };
    if (!cacheUsable) return fetchAndStore();
    return withSessionLock(sessionCachePath(options.cacheDir, profile.name, mfaSerial), fetchAndStore, {
      profile: profile.name,
      timeoutMs: options.lockTimeoutMs,
      onWait: () =>
        notify(`Waiting for another awsmfa process to get the session for profile ${profile.name}…`),
    });
  })();
  inFlight.set(key, refresh);
  try {
    return await refresh;
  } finally {
    inFlight.delete(key);
  }
}

/** Checks that a profile can get an MFA session: long-term keys and an mfa_serial. */
export function requireLongTermProfile(profile: Profile): {
  mfaSerial: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
} {
  const { accessKeyId, secretAccessKey } = profile;
  if (!accessKeyId || !secretAccessKey) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile.name} has no long-term access key.`, {
      hint: `import one: awsmfa import --profile ${profile.name} <accessKeys.csv>`,
    });
  }
  if (profile.sessionToken || accessKeyId.startsWith('ASIA')) {
    throw new AwsMfaError(
      'CREDENTIALS_INVALID',
      `Profile ${profile.name} holds session credentials (${mask(accessKeyId)}); MFA sessions are issued only for long-term keys (AKIA…).`,
      { hint: `put the user's long-term keys in [${profile.name}] of the credentials file` },
    );
  }
  if (!profile.mfaSerial) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile.name} has no mfa_serial.`, {
      hint: `run awsmfa enroll --profile ${profile.name}`,
    });
  }
  return { mfaSerial: profile.mfaSerial, credentials: { accessKeyId, secretAccessKey } };
}

async function requestSession(
  input: ObtainSessionOptions & {
    now: () => number;
    notify: (message: string) => void;
    mfaSerial: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
    durationSeconds: number;
    cacheUsable: boolean;
  },
): Promise<MfaSession> {
  const { codeSource, mfaSerial, now, notify, profile } = input;
  const wait = input.waitForNextCode ?? ((untilMs: number) => sleep(Math.max(0, untilMs - now())));
  const context = {
    profile: profile.name,
    serial: mfaSerial,
    serialSource: `mfa_serial of profile ${profile.name}`,
    endpoint: input.endpoint,
    accessKeyId: input.credentials.accessKeyId,
    operation: 'GetSessionToken',
  };
  for (let attempt = 0; ; attempt++) {
    const spent = input.cacheUsable ? readSpentCode(input.cacheDir, mfaSerial) : undefined;
    if (codeSource.renewable && spent && spent.timeStep >= timeStepAt(now())) {
      // The code on the device now is the one already spent: AWS would refuse it.
      notify(`The current MFA code for ${mfaSerial} was already used; waiting for the next one.`);
      await wait(nextStepStartMs(spent.timeStep));
    }
    const code = normalizeMfaCode(await codeSource.read(mfaSerial), codeSource.origin);
    if (isSpentCode(spent, mfaSerial, code, now())) {
      if (codeSource.renewable && attempt < 2) {
        notify(`That MFA code was already used; waiting for the next one.`);
        await wait(nextStepStartMs(Math.max(spent!.timeStep, timeStepAt(now()))));
        continue;
      }
      throw new AwsMfaError(
        'MFA_CODE_REUSED',
        `The MFA code from ${codeSource.origin} was already used for ${mfaSerial}; AWS accepts each code only once.`,
        { hint: 'wait for the next code (a new one appears every 30 seconds) and try again' },
      );
    }
    const sentAtMs = now();
    try {
      const issued = await input.issueSessionToken({
        credentials: input.credentials,
        mfaSerial,
        code,
        durationSeconds: input.durationSeconds,
      });
      if (input.cacheUsable) markSpentQuietly(input.cacheDir, mfaSerial, code, sentAtMs, notify);
      const skew = input.clockSkewSeconds?.();
      const skewNote = skew === undefined ? undefined : describeClockSkew(skew);
      if (skewNote) notify(skewNote);
      return {
        profile: profile.name,
        mfaSerial,
        sourceAccessKeyId: input.credentials.accessKeyId,
        accessKeyId: issued.accessKeyId,
        secretAccessKey: issued.secretAccessKey,
        sessionToken: issued.sessionToken,
        expiration: issued.expiration.toISOString(),
        obtainedAt: new Date(now()).toISOString(),
      };
    } catch (error) {
      const translated = translateAwsError(error, context);
      // Mark the code spent only when AWS answered and says so; a request lost on the way never
      // reached STS, and a rejected (wrong) code may simply be retyped correctly.
      if (
        translated.code === 'MFA_CODE_REUSED' &&
        (awsAnswered(error) || isAwsMfaError(error)) &&
        input.cacheUsable
      ) {
        markSpentQuietly(input.cacheDir, mfaSerial, code, sentAtMs, notify);
      }
      const skew = input.clockSkewSeconds?.();
      const skewNote = skew === undefined ? undefined : describeClockSkew(skew);
      if (skewNote && (translated.code === 'MFA_CODE_INVALID' || translated.code === 'CLOCK_SKEW')) {
        // The measured skew explains a rejected code better than the generic hint.
        throw new AwsMfaError(translated.code, translated.message, { hint: skewNote, cause: error });
      }
      throw translated;
    }
  }
}

function markSpentQuietly(
  dir: string,
  serial: string,
  code: string,
  sentAtMs: number,
  notify: (m: string) => void,
) {
  try {
    markCodeSpent(dir, serial, code, sentAtMs);
  } catch (error) {
    notify(`Cannot record the used MFA code in ${dir} (${errno(error)}).`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errno(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
