import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';
import { describeClockSkew } from './clockSkew.js';
import type { CodeSource } from './codeSource.js';
import type { CredentialProvider } from './credentialProvider.js';
import { errnoOf } from './errnoOf.js';
import { awsAnswered, type SessionTokenIssuer } from './getSessionToken.js';
import { normalizeMfaCode } from './normalizeMfaCode.js';
import { isSpentCode, markCodeSpent, nextStepStartMs, readSpentCode, timeStepAt } from './spentCodes.js';
import type { StsSession } from './stsSession.js';

export interface MfaSessionProviderOptions {
  /** The profile whose keys these are, for messages and the session record. */
  profile: string;
  mfaSerial: string;
  /**
   * Opens the long-term keys (AKIA…), which AWS issues MFA sessions for (see openProfileKeys):
   * called before a code is asked, so a locked keyring fails before anyone types one.
   */
  keys: CredentialProvider<AwsCredentials>;
  durationSeconds: number;
  codeSource: CodeSource;
  issueSessionToken: SessionTokenIssuer;
  /** Where spent codes are recorded (the cache folder); undefined when no folder is usable. */
  spentCodesDir: string | undefined;
  now: () => number;
  notify: (message: Message) => void;
  /**
   * Waits until `untilMs` for the next code, saying `reason` (the CLI shows it once, with a
   * countdown); default: notify `reason` and sleep.
   */
  waitForNextCode?: ((untilMs: number, reason: Message) => Promise<void>) | undefined;
  /** Skew measured from the last STS response (local − server, seconds). */
  clockSkewSeconds?: (() => number | undefined) | undefined;
  /** For error messages: the STS endpoint when it is not AWS's. */
  endpoint?: string | undefined;
}

/**
 * A provider of MFA sessions: one GetSessionToken call with the profile's keys and a code. Codes
 * are never reused: a code AWS already answered is not sent again, and a renewable source (prompt,
 * mfa_process) waits for the next 30-s step instead. AWS's errors come back translated.
 *
 * @example const session = await mfaSessionProvider({ profile: 'dev', mfaSerial, keys, … })()
 */
export function mfaSessionProvider(options: MfaSessionProviderOptions): CredentialProvider<StsSession> {
  return () => requestSession(options);
}

async function requestSession(input: MfaSessionProviderOptions): Promise<StsSession> {
  const { codeSource, mfaSerial, now, notify, spentCodesDir } = input;
  const keys = await input.keys();
  const wait =
    input.waitForNextCode ??
    ((untilMs: number, reason: Message) => {
      notify(sessionText.waitingForNext({ reason }));
      return sleep(Math.max(0, untilMs - now()));
    });
  const context = {
    profile: input.profile,
    serial: mfaSerial,
    serialSource: sessionText.mfaSerialOf({ profile: input.profile }),
    endpoint: input.endpoint,
    accessKeyId: keys.accessKeyId,
    operation: 'GetSessionToken',
  };
  for (let attempt = 0; ; attempt++) {
    const spent = spentCodesDir === undefined ? undefined : readSpentCode(spentCodesDir, mfaSerial);
    if (codeSource.renewable && spent && spent.timeStep >= timeStepAt(now())) {
      // The code on the device now is the one already spent (by enroll, say): AWS would refuse it.
      await wait(nextStepStartMs(spent.timeStep), sessionText.currentCodeUsed({ serial: mfaSerial }));
    }
    const code = normalizeMfaCode(await codeSource.read(mfaSerial), codeSource.origin);
    if (isSpentCode(spent, mfaSerial, code, now())) {
      if (codeSource.renewable && attempt < 2) {
        await wait(nextStepStartMs(Math.max(spent!.timeStep, timeStepAt(now()))), sessionText.thatCodeUsed());
        continue;
      }
      throw new AwsMfaError(
        'MFA_CODE_REUSED',
        sessionText.codeUsed({ origin: codeSource.origin, serial: mfaSerial }),
        { hint: sessionText.codeUsedHint() },
      );
    }
    const sentAtMs = now();
    try {
      const issued = await input.issueSessionToken({
        credentials: keys,
        mfaSerial,
        code,
        durationSeconds: input.durationSeconds,
      });
      if (spentCodesDir !== undefined) markSpentQuietly(spentCodesDir, mfaSerial, code, sentAtMs, notify);
      const skew = input.clockSkewSeconds?.();
      const skewNote = skew === undefined ? undefined : describeClockSkew(skew);
      if (skewNote) notify(skewNote);
      return {
        profile: input.profile,
        mfaSerial,
        sourceAccessKeyId: keys.accessKeyId,
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
        spentCodesDir !== undefined
      ) {
        markSpentQuietly(spentCodesDir, mfaSerial, code, sentAtMs, notify);
      }
      const skew = input.clockSkewSeconds?.();
      const skewNote = skew === undefined ? undefined : describeClockSkew(skew);
      if (skewNote && (translated.code === 'MFA_CODE_INVALID' || translated.code === 'CLOCK_SKEW')) {
        // The measured skew explains a rejected code better than the generic hint.
        throw new AwsMfaError(translated.code, translated.text, { hint: skewNote, cause: error });
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
  notify: (m: Message) => void,
) {
  try {
    markCodeSpent(dir, serial, code, sentAtMs);
  } catch (error) {
    notify(sessionText.cannotRecordCode({ dir, error: errnoOf(error) }));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
