import type { AwsCredentials } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { openProfile } from '../openProfile.js';
import { publicIpLookup } from '../publicIpLookup.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface StatusArgs extends GlobalArgs {
  json: boolean;
}

/** `awsmfa status`: who am I, the cached session, the device, the network, the clock. */
export const statusCommand: CommandModule<object, StatusArgs> = {
  command: 'status',
  describe: 'Show the identity, cached MFA session, device, trusted-network state and clock skew',
  builder: (yargs) =>
    yargs.option('json', { type: 'boolean', default: false, describe: 'Print JSON' }) as never,
  handler: (args) => runStatus(args, processTerminal()),
};

/** The facts `status` reports (also its JSON). Secrets never appear: keys are masked. */
export interface StatusReport {
  profile: string;
  mfaSerial: string | null;
  identity: { arn: string; account: string; userId: string; via: 'session' | 'long-term keys' } | null;
  identityError: string | null;
  session: { accessKeyId: string; expiration: string; secondsLeft: number } | null;
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
  const { globals, profile, region, keys } = openProfile(args, env);
  const cacheDir = core.sessionCacheDir(env);
  const now = Date.now();
  const cached = core.lookupCachedSession(profile, { cacheDir, nowMs: now });
  const session = cached?.hit ? cached.session : undefined;
  if (cached && !cached.hit && cached.warning) terminal.stderr.write(`awsmfa: ${cached.warning}\n`);

  let skew: number | undefined;
  let identity: StatusReport['identity'] = null;
  let identityError: string | null = null;
  let credentials: AwsCredentials | undefined = session && {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
  };
  if (!credentials) {
    try {
      credentials = keys();
    } catch (error) {
      if (!core.isAwsMfaError(error)) throw error;
      identityError = error.message;
    }
  }
  if (credentials) {
    const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const sts = core.createStsClient({
      region,
      endpoint: globals.endpoints.sts,
      credentials,
      maxAttempts: 2,
      onServerDate: (server, local) => {
        skew = core.clockSkewSeconds(server, local);
      },
    });
    try {
      const out = await sts.send(new GetCallerIdentityCommand({}));
      identity = {
        arn: out.Arn ?? '',
        account: out.Account ?? '',
        userId: out.UserId ?? '',
        via: session ? 'session' : 'long-term keys',
      };
    } catch (error) {
      identityError = core.translateAwsError(error, {
        profile: profile.name,
        endpoint: globals.endpoints.sts,
        accessKeyId: credentials.accessKeyId,
        operation: 'GetCallerIdentity',
      }).message;
    } finally {
      sts.destroy();
    }
  }

  let trustedNetwork: StatusReport['trustedNetwork'] = { configured: false };
  if (profile.trustedCidrs.length > 0) {
    const state = await core.checkTrustedNetwork({
      cidrs: profile.trustedCidrs,
      ...publicIpLookup(env),
      cacheDir,
      nowMs: now,
    });
    trustedNetwork = {
      configured: true,
      cidrs: profile.trustedCidrs,
      trusted: state.trusted,
      ip: state.ip ?? null,
      cidr: state.trusted ? state.cidr : null,
      error: 'error' in state ? state.error : null,
    };
  }

  const report: StatusReport = {
    profile: profile.name,
    mfaSerial: profile.mfaSerial ?? null,
    identity,
    identityError,
    session: session
      ? {
          accessKeyId: core.mask(session.accessKeyId),
          expiration: session.expiration,
          secondsLeft: core.secondsLeft(session, now),
        }
      : null,
    trustedNetwork,
    clockSkewSeconds: skew ?? null,
  };
  terminal.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report, core.describeClockSkew),
  );
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
  rows.push(['mfa device', report.mfaSerial ?? 'none (awsmfa enroll)']);
  rows.push([
    'session',
    report.session
      ? `${report.session.accessKeyId}, expires ${report.session.expiration} (${formatLeft(report.session.secondsLeft)} left)`
      : 'none cached',
  ]);
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

function formatLeft(seconds: number): string {
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)} min`;
  return `${Math.max(0, seconds)} s`;
}
