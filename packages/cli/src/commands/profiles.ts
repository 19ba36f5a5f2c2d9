import type { Profile } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { renderTable } from '../renderTable.js';

interface ProfilesArgs extends GlobalArgs {
  json: boolean;
}

/** What `awsmfa profiles` knows about one profile; later columns (e.g. a cached session) add fields here. */
export interface ProfileListing {
  profile: Profile;
  /** The cached MFA session of the profile, if one is valid (see awsmfa env). */
  session?: { expiration: string; secondsLeft: number } | undefined;
}

/** One column of `awsmfa profiles`: its table header, its text cell, and its JSON member. */
export interface ProfileColumn {
  header: string;
  json: string;
  text: (listing: ProfileListing) => string;
  value: (listing: ProfileListing) => unknown;
}

/**
 * The profile whose MFA session an awsmfa `credential_process` line hands out (what
 * `setup-credential-process` writes: `… credential-process --profile dev …`), if it is one.
 */
export function awsmfaProcessSource(profile: Profile): string | undefined {
  const line = profile.settings.credential_process;
  if (!line) return undefined;
  const match = /\scredential-process\s(?:.*\s)?--profile(?:=|\s+)(?:'([^']*)'|"([^"]*)"|(\S+))/.exec(line);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const keyKind = ({ profile }: ProfileListing) => {
  if (!profile.accessKeyId || !profile.secretAccessKey) {
    if (!profile.settings.credential_process) return undefined;
    const source = awsmfaProcessSource(profile);
    // Keys come from a program: awsmfa's own (an MFA session of another profile), or another one.
    return source ? `awsmfa session of ${source}` : 'credential_process';
  }
  return profile.sessionToken ? 'session' : 'long-term';
};

/** The columns, in order. Add a column by adding an entry (and, if it needs data, a field to ProfileListing). */
export const profileColumns: ProfileColumn[] = [
  { header: 'PROFILE', json: 'name', text: (l) => l.profile.name, value: (l) => l.profile.name },
  {
    header: 'KEYS',
    json: 'hasLongTermKeys',
    text: (l) => keyKind(l) ?? '-',
    value: (l) => keyKind(l) === 'long-term',
  },
  {
    header: 'REGION',
    json: 'region',
    text: (l) => l.profile.region ?? '-',
    value: (l) => l.profile.region ?? null,
  },
  {
    header: 'MFA',
    json: 'mfaSerial',
    text: (l) => {
      if (l.profile.mfaSerial) return 'yes';
      const source = awsmfaProcessSource(l.profile);
      return source ? `via ${source}` : '-';
    },
    value: (l) => l.profile.mfaSerial ?? null,
  },
  {
    header: 'ROLE/SOURCE',
    json: 'role',
    text: (l) =>
      l.profile.roleArn
        ? `${l.profile.roleArn.replace(/^.*:role\//, '')} via ${l.profile.sourceProfile ?? '?'}`
        : '-',
    value: (l) =>
      l.profile.roleArn ? { arn: l.profile.roleArn, sourceProfile: l.profile.sourceProfile ?? null } : null,
  },
  {
    header: 'SESSION',
    json: 'session',
    text: (l) => (l.session ? `${Math.max(1, Math.floor(l.session.secondsLeft / 60))} min left` : '-'),
    value: (l) => l.session ?? null,
  },
  {
    header: 'TRUSTED IPS',
    json: 'trustedCidrs',
    text: (l) => (l.profile.trustedCidrs.length > 0 ? l.profile.trustedCidrs.join(',') : '-'),
    value: (l) => l.profile.trustedCidrs,
  },
];

/**
 * `awsmfa profiles`: every profile of ~/.aws/config and ~/.aws/credentials with what awsmfa knows
 * of it. Never prints keys.
 *
 * @example awsmfa profiles --json
 */
export const profilesCommand: CommandModule<GlobalArgs, ProfilesArgs> = {
  command: 'profiles',
  describe: 'List the AWS profiles: long-term keys, region, MFA device, role, cached session, trusted IPs',
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: 'Print a JSON array on stdout' })
      .example('$0 profiles', 'Table of profiles')
      .example(
        "$0 profiles --json | jq -r '.[] | select(.mfaSerial == null) | .name'",
        'Profiles without MFA',
      )
      .epilogue(
        'KEYS: long-term (aws_access_key_id + secret), session (with aws_session_token), awsmfa session of P (credential_process running awsmfa for profile P), credential_process (another program), - (none). ' +
          'MFA: mfa_serial is set (via P: through that awsmfa credential_process). ROLE/SOURCE: role_arn and the source_profile that assumes it. ' +
          'SESSION: time left of the cached MFA or role session. TRUSTED IPS: awsmfa_trusted_ips.',
      ) as unknown as Argv<ProfilesArgs>,
  handler: async (args) => {
    const { lookupCachedSession, readAwsProfiles, resolveAwsFiles, secondsLeft, sessionCacheDir } =
      await import('@awsmfa/core');
    const env = process.env;
    const now = Date.now();
    const files = readAwsProfiles({ env });
    const cachedSession = (profile: Profile): ProfileListing['session'] => {
      const cached = lookupCachedSession(profile, files.profiles, {
        cacheDir: sessionCacheDir(env),
        nowMs: now,
      });
      return cached?.hit
        ? { expiration: cached.session.expiration, secondsLeft: secondsLeft(cached.session, now) }
        : undefined;
    };
    const listings: ProfileListing[] = [...files.profiles.values()].map((profile) => ({
      profile,
      session: cachedSession(profile),
    }));
    if (args.json) {
      const rows = listings.map((l) => Object.fromEntries(profileColumns.map((c) => [c.json, c.value(l)])));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    if (listings.length === 0) {
      const { configFile, credentialsFile } = resolveAwsFiles(env);
      process.stderr.write(
        `No profiles in ${configFile} or ${credentialsFile}.\nNext: awsmfa import <file.csv> (the access-key CSV from the IAM console)\n`,
      );
      return;
    }
    const header = profileColumns.map((c) => c.header);
    process.stdout.write(
      renderTable(
        header,
        listings.map((l) => profileColumns.map((c) => c.text(l))),
      ),
    );
  },
};
