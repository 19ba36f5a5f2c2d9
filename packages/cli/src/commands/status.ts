import type { AwsCredentials, CredentialChain, KeyStoreName, StsSession } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { openProfile } from '../openProfile.js';
import { publicIpLookup } from '../publicIpLookup.js';
import { formatLeft } from '../sessionEnv.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface StatusArgs extends GlobalArgs {
  json: boolean;
}

/** `awsmfa status`: who am I, the session chain, the shell's session, the device, the network, the clock. */
export const statusCommand: CommandModule<object, StatusArgs> = {
  command: 'status',
  describe:
    'Show the identity, the cached sessions (user → MFA session → role), the session this shell holds, device, network and clock',
  builder: (yargs) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' })
      .example('eval "$(awsmfa env --profile cli-user)"; awsmfa status', "describe this shell's session")
      .example('awsmfa status --profile prod', 'a role profile: user → MFA session → role, each expiry')
      .epilogue(
        'Without --profile (or AWS_PROFILE), status describes the profile whose session this shell holds (AWSMFA_PROFILE, set by awsmfa env).',
      ) as never,
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

  let identityError: string | null = null;
  let chain: CredentialChain | undefined;
  try {
    chain = core.resolveCredentialChain(profile, profiles.profiles);
  } catch (error) {
    if (!core.isAwsMfaError(error)) throw error;
    identityError = error.message;
  }
  const sessions = chain ? core.chainSessions(chain, { cacheDir, nowMs: now }) : [];
  for (const { cached } of sessions) {
    if (!cached.hit && cached.warning) terminal.stderr.write(`awsmfa: ${cached.warning}\n`);
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
      identityError ??= error.message;
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
      }).message;
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
    identityError,
    session: session ? facts(session) : null,
    chain: steps,
    shell: shellSession(env, now, core.mask),
    trustedNetwork,
    clockSkewSeconds: skew ?? null,
  };
  terminal.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report, core.describeClockSkew),
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

/** The human-readable form, one fact per line. */
export function formatStatus(
  report: StatusReport,
  describeSkew: (seconds: number) => string | undefined,
): string {
  const rows: Array<[string, string]> = [['profile', report.profile]];
  rows.push([
    'identity',
    report.identity
      ? `${report.identity.arn} (account ${report.identity.account}, via ${report.identity.via})`
      : `unknown: ${report.identityError}`,
  ]);
  if (report.chain && report.chain.length > 2) rows.push(['chain', formatChain(report.chain)]);
  rows.push(['mfa device', report.mfaSerial ?? 'none (awsmfa enroll)']);
  rows.push([
    'session',
    report.session
      ? `${report.session.accessKeyId}, expires ${report.session.expiration} (${formatLeft(report.session.secondsLeft)} left)`
      : 'none cached',
  ]);
  const shell = report.shell;
  if (shell) {
    const whose =
      shell.profile === report.profile
        ? `profile ${shell.profile}`
        : `profile ${shell.profile}, not ${report.profile}`;
    rows.push([
      'shell',
      shell.kind === 'long-term keys'
        ? `uses the long-term keys of ${whose} (trusted network)`
        : shell.secondsLeft !== null && shell.secondsLeft <= 0
          ? `holds an expired session of ${whose} (${shell.accessKeyId}); renew it: eval "$(awsmfa env)"`
          : `holds a session of ${whose} (${shell.accessKeyId}${shell.expiration ? `, expires ${shell.expiration}, ${formatLeft(shell.secondsLeft ?? 0)} left` : ''})`,
    ]);
  }
  const net = report.trustedNetwork;
  rows.push([
    'network',
    !net.configured
      ? 'no trusted IPs configured (awsmfa_trusted_ips)'
      : net.trusted
        ? `trusted: ${net.ip} is in ${net.cidr}; no MFA needed`
        : net.ip
          ? `not trusted: ${net.ip} is outside ${net.cidrs.join(', ')}`
          : `unknown (${net.error}); MFA will be used`,
  ]);
  rows.push([
    'clock',
    report.clockSkewSeconds === null
      ? 'not measured'
      : (describeSkew(report.clockSkewSeconds) ?? `in sync with AWS (${report.clockSkewSeconds} s)`),
  ]);
  return rows.map(([key, value]) => `${key.padEnd(11)} ${value}\n`).join('');
}

/** `dev (keys AKIA****) → MFA session (52 min left) → role Admin of prod (52 min left)`. */
function formatChain(chain: ChainStep[]): string {
  const left = (session: SessionFacts | null) =>
    session ? `${formatLeft(session.secondsLeft)} left, until ${session.expiration}` : 'none cached';
  return chain
    .map((step) => {
      if (step.step === 'keys') {
        const where = step.store === 'file' ? '' : ` in the ${step.store}`;
        return `${step.profile} (keys ${step.accessKeyId || '?'}${where})`;
      }
      if (step.step === 'mfa-session') return `MFA session (${left(step.session)})`;
      return `role ${step.roleArn.replace(/^.*:role\//, '')} of profile ${step.profile} (${left(step.session)})`;
    })
    .join(' → ');
}
