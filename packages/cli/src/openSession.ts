import { closeSync, openSync } from 'node:fs';
import {
  type AwsCredentials,
  chainKeys,
  chainMfaSession,
  checkTrustedNetwork,
  clockSkewSeconds,
  type Message,
  mask,
  obtainSession,
  type Profile,
  profileKeyStore,
  refreshWindowFor,
  resolveCodeSource,
  resolveCredentialChain,
  runMfaProcess,
  type SessionPurpose,
  type SessionResult,
  sessionCacheDir,
  sessionCliText,
  sessionHelpText,
  soleMfaDevice,
  stsRoleAssumer,
  stsSessionTokenIssuer,
} from '@awsmfa/core';
import type { Argv } from 'yargs';
import { openMfaDeviceApi } from './commands/openMfaDeviceApi.js';
import type { GlobalArgs } from './globalOptions.js';
import { type OpenedProfile, openProfile } from './openProfile.js';
import { ttyPrompt } from './prompt/ttyPrompt.js';
import { publicIpLookup } from './publicIpLookup.js';
import type { Terminal } from './terminal.js';
import { userText } from './userLanguage.js';
import { validateSessionArgs } from './validateSessionArgs.js';

/** Options of the commands that need a session (env, exec, credential-process). */
export interface SessionArgs extends GlobalArgs {
  code?: string;
  duration?: string;
  refresh?: boolean;
  mfa?: boolean;
}

/** A session (or the trusted-network verdict) with the profile it came from. */
export interface OpenedSession {
  result: SessionResult;
  profile: Profile;
  /** The region to export: `--region`, else the profile's; undefined leaves the shell's alone. */
  region: string | undefined;
  /** Opens the profile's long-term keys (a trusted network hands them out); see openProfile. */
  keys: OpenedProfile['keys'];
  /**
   * On a trusted network, the keys of a profile that keeps them in a key store, where the AWS CLI
   * cannot find them by the profile's name (see trustedEnvChange).
   */
  storedKeys?: AwsCredentials | undefined;
}

/**
 * Wires obtainSession for a command, every argument checked first (validateSessionArgs): profile
 * from the files, STS at the resolved endpoint, the terminal prompt as last code source, messages
 * on stderr, the public-IP lookup for trusted networks. `purpose` picks the refresh window (15
 * min for credential-process).
 */
export async function openSession(
  args: SessionArgs,
  terminal: Terminal,
  purpose: SessionPurpose,
): Promise<OpenedSession> {
  const { env } = terminal;
  validateSessionArgs(args, env);
  const opened = openProfile(args, env);
  const { globals, profiles, region, keys } = opened;
  const say = (line: Message) => terminal.stderr.write(`${userText(sessionCliText.line({ text: line }))}\n`);
  const debug = (line: string) => {
    if (globals.debug) terminal.stderr.write(`awsmfa: debug: ${line}\n`);
  };
  const trusted = await trustedBeforeEnrolment(opened.profile, args, env, globals.endpoints.sts);
  if (trusted) {
    if (purpose !== 'env') {
      say(
        sessionCliText.trustedNetwork({ ip: trusted.ip, cidr: trusted.cidr, profile: opened.profile.name }),
      );
    }
    return {
      result: trusted,
      profile: opened.profile,
      region: globals.region ?? opened.profile.region,
      keys,
      storedKeys: await storedKeysOf(opened.profile, keys),
    };
  }
  const profile = await withSoleMfaDevice(opened.profile, args, terminal, say);
  // obtainSession resolves it again; here it names the user for messages and mfa_process.
  const chain = resolveCredentialChain(profile, profiles.profiles);
  const userKeys = chainKeys(chain);
  const user = userKeys.profile;
  const mfa = chainMfaSession(chain);
  debug(
    `profile ${profile.name}: ${chain.kind === 'role' ? `role ${chain.roleArn} with the keys of profile ${user.name}, ` : ''}key ${mask(userKeys.accessKeyId) || '(not recorded)'} in the ${userKeys.store} store, mfa_serial ${mfa?.mfaSerial ?? 'none'}, trusted ${user.trustedCidrs.join(' ') || 'none'}`,
  );
  const endpoint = globals.endpoints.sts;
  let skew: number | undefined;
  // Options rather than clients: the SDK loads only if a request is actually made.
  const sts = {
    region,
    endpoint,
    onServerDate: (server: Date, local: Date) => {
      skew = clockSkewSeconds(server, local);
    },
  };
  const issue = stsSessionTokenIssuer(sts);
  const roles = stsRoleAssumer(sts);
  const prompt = ttyPrompt({ notify: say });
  const codeSource = resolveCodeSource({
    code: args.code,
    env,
    // The role's own mfa_process wins, else the user's, as mfa_serial does.
    profile: profile.mfaProcess ? profile : (mfa?.profile ?? profile),
    prompt: prompt.readCode,
    runProcess: (command, mfaSerial) => runOnTerminal(command, mfaSerial, env, runMfaProcess),
  });
  const cacheDir = sessionCacheDir(env);
  const pauseMs = Number(env.AWSMFA_TEST_CACHE_WRITE_PAUSE_MS ?? 0);
  const origin = typeof codeSource.origin === 'string' ? codeSource.origin : codeSource.origin.english;
  debug(`cache ${cacheDir}; sts endpoint ${endpoint ?? `AWS (${region})`}; code from ${origin}`);

  const result = await obtainSession({
    profile,
    profiles: profiles.profiles,
    openKeys: (of) => {
      debug(`opening the keys of profile ${of.name}`);
      return keys(of);
    },
    cacheDir,
    codeSource,
    issueSessionToken: async (request) => {
      debug(
        `GetSessionToken ${request.mfaSerial} for ${request.durationSeconds} s, signed by ${mask(request.credentials.accessKeyId)}`,
      );
      return issue(request);
    },
    roles: {
      assumeRole: (request) => {
        debug(
          `AssumeRole ${request.roleArn} as ${request.roleSessionName} for ${request.durationSeconds} s, signed by ${mask(request.credentials.accessKeyId)}`,
        );
        return roles.assumeRole(request);
      },
      callerArn: roles.callerArn,
    },
    duration: args.duration,
    refresh: args.refresh,
    forceMfa: args.mfa,
    refreshWindowSeconds: refreshWindowFor(purpose),
    publicIp: publicIpLookup(env, endpoint),
    waitForNextCode: prompt.waitForNextCode,
    notify: say,
    clockSkewSeconds: () => skew,
    endpoint,
    // For the end-to-end crash test only: holds the process between writing and renaming the entry.
    beforeCacheRename: pauseMs > 0 ? () => sleepSync(pauseMs) : undefined,
  });
  // env says so in its success line (which --quiet drops); exec and credential-process here.
  if (result.kind === 'trusted') {
    if (purpose !== 'env') {
      say(sessionCliText.trustedNetwork({ ip: result.ip, cidr: result.cidr, profile: profile.name }));
    }
  } else {
    if (result.trustedNetwork && result.source === 'sts' && purpose !== 'env') {
      const { ip, cidr } = result.trustedNetwork;
      say(sessionCliText.trustedRole({ ip, cidr, profile: profile.name, user: user.name }));
    }
    debug(
      `session ${mask(result.session.accessKeyId)} from ${result.source}, expires ${result.session.expiration}`,
    );
  }
  const storedKeys = result.kind === 'trusted' ? await storedKeysOf(profile, keys) : undefined;
  return { result, profile, region: globals.region ?? profile.region, keys, storedKeys };
}

/**
 * A user who has not enrolled yet (no `mfa_serial`) is on the trusted network's long-term profile
 * all the same: the network is checked before the device lookup, which IAM would refuse or find
 * nothing for. Undefined when that does not apply or the network is not trusted.
 */
async function trustedBeforeEnrolment(
  profile: Profile,
  args: SessionArgs,
  env: Readonly<Record<string, string | undefined>>,
  stsEndpoint: string | undefined,
): Promise<Extract<SessionResult, { kind: 'trusted' }> | undefined> {
  if (profile.mfaSerial || profile.roleArn || args.mfa || profile.trustedCidrs.length === 0) return undefined;
  // Without long-term keys the usual errors say what is missing.
  if (!hasLongTermKeys(profile)) return undefined;
  const { lookup, source } = publicIpLookup(env, stsEndpoint);
  const state = await checkTrustedNetwork({
    cidrs: profile.trustedCidrs,
    lookup,
    source,
    cacheDir: sessionCacheDir(env),
    nowMs: Date.now(),
  });
  return state.trusted ? { kind: 'trusted', ip: state.ip, cidr: state.cidr } : undefined;
}

/**
 * A user profile with keys but no `mfa_serial` gets its IAM user's only MFA device, said on
 * stderr (with several the error lists them). Role profiles are left alone: without any
 * `mfa_serial` in their chain they are assumed with the long-term keys, as the AWS CLI does.
 */
async function withSoleMfaDevice(
  profile: Profile,
  args: SessionArgs,
  terminal: Terminal,
  say: (line: Message) => void,
): Promise<Profile> {
  const lookable = hasLongTermKeys(profile);
  if (profile.mfaSerial || profile.roleArn || profile.credentialSource || !lookable) return profile;
  const { api } = await openMfaDeviceApi(args, terminal);
  const { serialNumber, userName } = await soleMfaDevice({ api, profile: profile.name });
  say(sessionCliText.soleDevice({ profile: profile.name, serial: serialNumber, user: userName }));
  return { ...profile, mfaSerial: serialNumber };
}

/** The long-term keys of a profile kept in a key store, which the AWS CLI cannot find by its name. */
async function storedKeysOf(
  profile: Profile,
  keys: OpenedProfile['keys'],
): Promise<AwsCredentials | undefined> {
  return profileKeyStore(profile) === 'file' ? undefined : keys(profile);
}

function hasLongTermKeys(profile: Profile): boolean {
  // A key store holds long-term keys only; in the credentials file they must not be a session's.
  if (profileKeyStore(profile) !== 'file') return true;
  const { accessKeyId, secretAccessKey, sessionToken } = profile;
  return Boolean(accessKeyId && secretAccessKey && !sessionToken && !accessKeyId.startsWith('ASIA'));
}

/** The --code/--duration/--refresh/--mfa options of env, exec and credential-process. */
export function sessionOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('code', { type: 'string', describe: userText(sessionHelpText.code()) })
    .option('duration', { type: 'string', describe: userText(sessionHelpText.duration()) })
    .option('refresh', { type: 'boolean', default: false, describe: userText(sessionHelpText.refresh()) })
    .option('mfa', { type: 'boolean', default: false, describe: userText(sessionHelpText.mfa()) });
}

// mfa_process writes its own prompts ("touch your YubiKey") to stderr, which credential_process
// callers capture: give it the terminal when there is one (aws-vault#1267).
async function runOnTerminal(
  command: string,
  mfaSerial: string,
  env: Readonly<Record<string, string | undefined>>,
  run: typeof runMfaProcess,
): Promise<string> {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/tty', 'w');
  } catch {}
  try {
    return await run(command, { mfaSerial, env, stderr: fd ?? 'inherit' });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
