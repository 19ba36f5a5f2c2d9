import {
  type AwsCredentials,
  type CredentialChain,
  type KeyStoreName,
  type Message,
  type StsSession,
  sessionCliText,
  statusText,
} from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import { displayWidth } from '../displayWidth.js';
import type { GlobalArgs } from '../globalOptions.js';
import { openProfile } from '../openProfile.js';
import { publicIpLookup } from '../publicIpLookup.js';
import { timeLeft } from '../sessionEnv.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface StatusArgs extends GlobalArgs {
  json: boolean;
}

/** `awsmfa status`: who am I, the session chain, the shell's session, the device, the network, the clock. */
export const statusCommand: CommandModule<object, StatusArgs> = {
  command: 'status',
  get describe() {
    return userText(statusText.describe());
  },
  builder: (yargs) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: userText(statusText.json()) })
      .example('eval "$(awsmfa env --profile cli-user)"; awsmfa status', userText(statusText.exampleShell()))
      .example('awsmfa status --profile prod', userText(statusText.exampleRole()))
      .epilogue(userText(statusText.epilogue())) as never,
  handler: (args) => runStatus(args, processTerminal()),
};

/** A cached session as status shows it: masked key and time left. */
export interface SessionFacts {
  accessKeyId: string;
  expiration: string;
  secondsLeft: number;
}

/** One step of the chain from the user's keys to the session handed out. */
export type ChainStep =
  | { step: 'keys'; profile: string; accessKeyId: string; store: KeyStoreName }
  | { step: 'mfa-session'; profile: string; mfaSerial: string; session: SessionFacts | null }
  | { step: 'role'; profile: string; roleArn: string; session: SessionFacts | null };

/** The facts `status` reports (also its JSON). Secrets never appear: keys are masked. */
export interface StatusReport {
  profile: string;
  mfaSerial: string | null;
  identity: {
    arn: string;
    account: string;
    userId: string;
    via: 'session' | 'source session' | 'long-term keys';
  } | null;
  identityError: string | null;
  /** The session handed out for the profile (its MFA session, or its role session). */
  session: SessionFacts | null;
  /** From the user's keys up; null when the profile cannot have a session. */
  chain: ChainStep[] | null;
  /** The session `awsmfa env` put into this shell (AWSMFA_PROFILE), if any. */
  shell:
    | {
        profile: string;
        kind: 'session';
        accessKeyId: string;
        expiration: string | null;
        secondsLeft: number | null;
      }
    | { profile: string; kind: 'long-term keys' }
    | null;
  trustedNetwork:
    | { configured: false }
    | {
        configured: true;
        cidrs: string[];
        trusted: boolean;
        ip: string | null;
        cidr: string | null;
        error: string | null;
      };
  clockSkewSeconds: number | null;
}

/** Runs `status`: never asks for a code and never starts a session. */
export async function runStatus(args: StatusArgs, terminal: Terminal): Promise<void> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const { globals, profiles, profile, region, keys } = openProfile(args, env);
  const cacheDir = core.sessionCacheDir(env);
  const now = Date.now();
  const facts = (session: StsSession): SessionFacts => ({
    accessKeyId: core.mask(session.accessKeyId),
    expiration: session.expiration,
    secondsLeft: core.secondsLeft(session, now),
  });

  // The JSON holds the English text (the same in every language); the terminal the user's.
  let identityError: Message | null = null;
  let chain: CredentialChain | undefined;
  try {
    chain = core.resolveCredentialChain(profile, profiles.profiles);
  } catch (error) {
    if (!core.isAwsMfaError(error)) throw error;
    identityError = error.text;
  }
  const sessions = chain ? core.chainSessions(chain, { cacheDir, nowMs: now }) : [];
  for (const { cached } of sessions) {
    if (!cached.hit && cached.warning)
      terminal.stderr.write(`${userText(sessionCliText.line({ text: cached.warning }))}\n`);
  }
  const cachedOf = (link: CredentialChain) => {
    const found = sessions.find((s) => s.link === link)?.cached;
    return found?.hit ? found.session : undefined;
  };
  const session = chain && cachedOf(chain);
  const sourceSession = [...sessions].reverse().find((s) => s.link !== chain && s.cached.hit)?.cached;
  const user = chain ? core.chainKeys(chain).profile : profile;

  // Who AWS sees: the profile's own session, else the best session under it, else the keys.
  let signer: { credentials: AwsCredentials; via: NonNullable<StatusReport['identity']>['via'] } | undefined;
  const asCredentials = (s: StsSession) => ({
    accessKeyId: s.accessKeyId,
    secretAccessKey: s.secretAccessKey,
    sessionToken: s.sessionToken,
  });
  if (session) signer = { credentials: asCredentials(session), via: 'session' };
  else if (sourceSession?.hit)
    signer = { credentials: asCredentials(sourceSession.session), via: 'source session' };
  else {
    try {
      signer = {
        credentials: await keys(chain ? core.chainKeys(chain).profile : profile),
        via: 'long-term keys',
      };
    } catch (error) {
      if (!core.isAwsMfaError(error)) throw error;
      identityError ??= error.text;
    }
  }

  let skew: number | undefined;
  let identity: StatusReport['identity'] = null;
  if (signer) {
    try {
      const caller = await core.queryCallerIdentity({
        region,
        endpoint: globals.endpoints.sts,
        credentials: signer.credentials,
        maxAttempts: 2,
        onServerDate: (server, local) => {
          skew = core.clockSkewSeconds(server, local);
        },
      });
      identity = { ...caller, via: signer.via };
      identityError = null;
    } catch (error) {
      identityError = core.translateAwsError(error, {
        profile: profile.name,
        endpoint: globals.endpoints.sts,
        accessKeyId: signer.credentials.accessKeyId,
        operation: 'GetCallerIdentity',
      }).text;
    }
  }

  let trustedNetwork: StatusReport['trustedNetwork'] = { configured: false };
  if (user.trustedCidrs.length > 0) {
    const state = await core.checkTrustedNetwork({
      cidrs: user.trustedCidrs,
      ...publicIpLookup(env, globals.endpoints.sts),
      cacheDir,
      nowMs: now,
    });
    trustedNetwork = {
      configured: true,
      cidrs: user.trustedCidrs,
      trusted: state.trusted,
      ip: state.ip ?? null,
      cidr: state.trusted ? state.cidr : null,
      error: 'error' in state ? state.error : null,
    };
  }

  const steps: ChainStep[] | null = chain
    ? [
        {
          step: 'keys',
          profile: user.name,
          accessKeyId: core.mask(core.chainKeys(chain).accessKeyId),
          store: core.chainKeys(chain).store,
        },
        ...sessions.map(({ link }): ChainStep => {
          const cached = cachedOf(link);
          return link.kind === 'mfa-session'
            ? {
                step: 'mfa-session',
                profile: link.profile.name,
                mfaSerial: link.mfaSerial,
                session: cached ? facts(cached) : null,
              }
            : {
                step: 'role',
                profile: link.profile.name,
                roleArn: link.roleArn,
                session: cached ? facts(cached) : null,
              };
        }),
      ]
    : null;

  const report: StatusReport = {
    profile: profile.name,
    mfaSerial: (chain && core.chainMfaSession(chain)?.mfaSerial) ?? profile.mfaSerial ?? null,
    identity,
    identityError: identityError?.english ?? null,
    session: session ? facts(session) : null,
    chain: steps,
    shell: shellSession(env, now, core.mask),
    trustedNetwork,
    clockSkewSeconds: skew ?? null,
  };
  terminal.stdout.write(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatStatus(report, { describeSkew: core.describeClockSkew, identityError }),
  );
}

/** What `awsmfa env` left in this environment: AWSMFA_PROFILE with session keys, or with AWS_PROFILE (trusted network). */
function shellSession(
  env: Readonly<Record<string, string | undefined>>,
  nowMs: number,
  mask: (secret: string) => string,
): StatusReport['shell'] {
  const profile = env.AWSMFA_PROFILE?.trim();
  if (!profile) return null;
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SESSION_TOKEN) {
    const epoch = Number(env.AWSMFA_SESSION_EXPIRES_EPOCH);
    const expiration = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000).toISOString() : null;
    return {
      profile,
      kind: 'session',
      accessKeyId: mask(env.AWS_ACCESS_KEY_ID),
      expiration,
      secondsLeft: expiration === null ? null : Math.floor(epoch - nowMs / 1000),
    };
  }
  return env.AWS_PROFILE?.trim() === profile ? { profile, kind: 'long-term keys' } : null;
}

/** The human-readable form, one fact per line, in the user's language. */
export function formatStatus(
  report: StatusReport,
  texts: {
    describeSkew: (seconds: number) => Message | undefined;
    /** The identity's error in the user's language; else the report's English. */
    identityError?: Message | null;
  },
): string {
  const t = statusText;
  const rows: Array<[Message, string | Message]> = [[t.rowProfile(), report.profile]];
  rows.push([
    t.rowIdentity(),
    report.identity
      ? t.identity(report.identity)
      : t.unknownIdentity({ error: texts.identityError ?? report.identityError ?? '' }),
  ]);
  if (report.chain && report.chain.length > 2) rows.push([t.rowChain(), formatChain(report.chain)]);
  rows.push([t.rowMfaDevice(), report.mfaSerial ?? t.noDevice()]);
  rows.push([
    t.rowSession(),
    report.session
      ? t.session({
          key: report.session.accessKeyId,
          expiration: report.session.expiration,
          left: timeLeft(report.session.secondsLeft),
        })
      : t.noneCached(),
  ]);
  const shell = report.shell;
  if (shell) {
    const whose =
      shell.profile === report.profile
        ? t.ofProfile({ profile: shell.profile })
        : t.ofOtherProfile({ profile: shell.profile, current: report.profile });
    rows.push([
      t.rowShell(),
      shell.kind === 'long-term keys'
        ? t.shellLongTermKeys({ whose })
        : shell.secondsLeft !== null && shell.secondsLeft <= 0
          ? t.shellExpired({ whose, key: shell.accessKeyId })
          : t.shellSession({
              whose,
              key: shell.accessKeyId,
              expiration: shell.expiration ?? undefined,
              left: timeLeft(shell.secondsLeft ?? 0),
            }),
    ]);
  }
  const net = report.trustedNetwork;
  rows.push([
    t.rowNetwork(),
    !net.configured
      ? t.noTrustedIps()
      : net.trusted
        ? t.trusted({ ip: net.ip ?? '', cidr: net.cidr ?? '' })
        : net.ip
          ? t.notTrusted({ ip: net.ip, cidrs: net.cidrs })
          : t.networkUnknown({ error: net.error ?? '' }),
  ]);
  rows.push([
    t.rowClock(),
    report.clockSkewSeconds === null
      ? t.notMeasured()
      : (texts.describeSkew(report.clockSkewSeconds) ?? t.inSync({ seconds: report.clockSkewSeconds })),
  ]);
  const text = (value: string | Message) => (typeof value === 'string' ? value : userText(value));
  // One column of names, as wide as the widest in the user's language (terminal columns).
  const width = Math.max(11, ...rows.map(([key]) => displayWidth(text(key))));
  return rows
    .map(([key, value]) => `${text(key)}${' '.repeat(width - displayWidth(text(key)))} ${text(value)}\n`)
    .join('');
}

/** `dev (keys AKIA****) → MFA session (52 min left) → role Admin of prod (52 min left)`. */
function formatChain(chain: ChainStep[]): string {
  const left = (session: SessionFacts | null) =>
    session
      ? statusText.leftUntil({ left: timeLeft(session.secondsLeft), until: session.expiration })
      : statusText.noneCached();
  return chain
    .map((step) => {
      if (step.step === 'keys') {
        const store = step.store === 'file' ? undefined : step.store;
        return userText(statusText.keysStep({ profile: step.profile, key: step.accessKeyId || '?', store }));
      }
      if (step.step === 'mfa-session') return userText(statusText.mfaStep({ left: left(step.session) }));
      const role = step.roleArn.replace(/^.*:role\//, '');
      return userText(statusText.roleStep({ role, profile: step.profile, left: left(step.session) }));
    })
    .join(' → ');
}
