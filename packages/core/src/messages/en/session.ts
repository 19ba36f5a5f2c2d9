import { defineMessages } from '../defineMessages.js';

/** Getting a session: codes, waits, locks, the cache, roles (session.js and the full CLI). */
export const sessionText = defineMessages('session', {
  cannotWriteCache: (p: { dir: string; error: string }) =>
    `Cannot write the session cache in ${p.dir} (${p.error}); the session is not cached.`,
  waitingForOtherProcess: (p: { profile: string }) =>
    `Waiting for another awsmfa process to get the session for profile ${p.profile}…`,
  clockSkew: (p: { seconds: number; ahead: boolean }) =>
    `This computer's clock is ${p.seconds} s ${p.ahead ? 'ahead of' : 'behind'} AWS; MFA codes and request signatures depend on it (sync it: timedatectl set-ntp true).`,
  mfaProcessOf: (p: { profile: string }) => `mfa_process of profile ${p.profile}`,
  noCode: (p: { serial: string }) =>
    `An MFA code for ${p.serial} is needed, and there is no terminal to ask on.`,
  noCodeHint: 'pass --code 123456, set AWSMFA_CODE, or set mfa_process in the profile',
  waitingForNext: (p: { reason: string }) => `${p.reason}; waiting for the next one.`,
  mfaSerialOf: (p: { profile: string }) => `mfa_serial of profile ${p.profile}`,
  currentCodeUsed: (p: { serial: string }) => `The current MFA code for ${p.serial} was already used`,
  thatCodeUsed: 'That MFA code was already used',
  codeUsed: (p: { origin: string; serial: string }) =>
    `The MFA code from ${p.origin} was already used for ${p.serial}; AWS accepts each code only once.`,
  codeUsedHint: 'wait for the next code (a new one appears every 30 seconds) and try again',
  cannotRecordCode: (p: { dir: string; error: string }) =>
    `Cannot record the used MFA code in ${p.dir} (${p.error}).`,
  noPublicIp: (p: { error: string }) => `Could not look up the public IP (${p.error}); using MFA.`,
  cannotUseCacheDir: (p: { dir: string; error: string }) =>
    `Cannot use the cache folder ${p.dir} (${p.error}); the session will not be cached.`,
  chainingCap: (p: { profile: string; seconds: number; source: string }) =>
    `Profile ${p.profile}: AWS allows a role assumed with session credentials (role chaining) 1 h at most, so the session lasts 1 h, not the ${p.seconds} s of ${p.source}.`,
  roleTooLong: (p: { role: string; seconds: number; source: string }) =>
    `Role ${p.role} allows shorter sessions than the ${p.seconds} s asked by ${p.source}.`,
  roleTooLongHint: (p: { profile: string }) =>
    `lower duration_seconds in [profile ${p.profile}] (the role's MaxSessionDuration is 1 h unless its owner raised it)`,
  chainedTooLong: (p: { role: string }) =>
    `Role ${p.role} is assumed with session credentials, for which AWS allows 1 h at most.`,
  chainedTooLongHint: (p: { profile: string }) => `set duration_seconds = 3600 in [profile ${p.profile}]`,
  lacksMfa: (p: { profile: string }) =>
    `MFA (set mfa_serial in [profile ${p.profile}] or its source_profile)`,
  lacksExternalId: 'an ExternalId (set external_id if the role owner gave you one)',
  roleRefused: (p: { caller: string | undefined; profile: string; role: string }) =>
    `AWS refused to let ${p.caller ?? `profile ${p.profile}`} assume role ${p.role}.`,
  roleLacksHint: (p: { lacks: readonly string[] }) =>
    `the role's trust policy may require what this request lacked: ${p.lacks.join('; or ')}`,
  roleTrustHint: (p: { externalId: boolean; role: string }) =>
    `the role's trust policy must name this user${p.externalId ? ' and this external_id' : ''}, and the user's policy must allow sts:AssumeRole on ${p.role}`,
  cannotRunMfaProcess: (p: { error: string }) => `Cannot run mfa_process (${p.error}).`,
  cannotRunMfaProcessHint: 'check mfa_process in the profile',
  mfaProcessFailed: (p: { signal: string | undefined; status: number | null }) =>
    `mfa_process failed (${p.signal ? `killed by ${p.signal}` : `exit ${p.status}`}) and gave no MFA code.`,
  mfaProcessFailedHint: 'run the mfa_process command of the profile by hand to see why',
  lockWait: (p: { profile: string | undefined; seconds: number }) =>
    `Another awsmfa process has been getting a session${p.profile ? ` for profile ${p.profile}` : ''} for over ${p.seconds} s.`,
  lockWaitHint: (p: { lock: string }) =>
    `finish or stop that process; a lock left by a crash is taken over by itself (${p.lock})`,
  cannotLock: (p: { path: string; error: string }) =>
    `Cannot lock the session cache entry ${p.path} (${p.error}).`,
  cannotLockHint: 'check that the cache folder is writable (AWSMFA_CACHE_DIR)',
  incompleteCredentials: (p: { action: string }) => `STS answered ${p.action} without complete credentials.`,
});
