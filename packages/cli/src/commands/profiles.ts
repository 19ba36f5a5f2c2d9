import { type Message, type Profile, profilesCliText } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { renderTable } from '../renderTable.js';
import { userText } from '../userLanguage.js';

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
  header: () => Message;
  json: string;
  text: (listing: ProfileListing) => Message | string;
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
    return source ? profilesCliText.keysAwsmfa({ source }) : profilesCliText.keysProcess();
  }
  return profile.sessionToken ? profilesCliText.keysSession() : profilesCliText.keysLongTerm();
};
const t = profilesCliText;

/** The columns, in order. Add a column by adding an entry (and, if it needs data, a field to ProfileListing). */
export const profileColumns: ProfileColumn[] = [
  { header: t.headingProfile, json: 'name', text: (l) => l.profile.name, value: (l) => l.profile.name },
  {
    header: t.headingKeys,
    json: 'hasLongTermKeys',
    text: (l) => keyKind(l) ?? '-',
    value: (l) => keyKind(l)?.key === t.keysLongTerm().key,
  },
  {
    header: t.headingRegion,
    json: 'region',
    text: (l) => l.profile.region ?? '-',
    value: (l) => l.profile.region ?? null,
  },
  {
    header: t.headingMfa,
    json: 'mfaSerial',
    text: (l) => {
      if (l.profile.mfaSerial) return t.mfaYes();
      const source = awsmfaProcessSource(l.profile);
      return source ? t.via({ source }) : '-';
    },
    value: (l) => l.profile.mfaSerial ?? null,
  },
  {
    header: t.headingRole,
    json: 'role',
    text: (l) =>
      l.profile.roleArn
        ? t.roleVia({
            role: l.profile.roleArn.replace(/^.*:role\//, ''),
            source: l.profile.sourceProfile ?? '?',
          })
        : '-',
    value: (l) =>
      l.profile.roleArn ? { arn: l.profile.roleArn, sourceProfile: l.profile.sourceProfile ?? null } : null,
  },
  {
    header: t.headingSession,
    json: 'session',
    text: (l) =>
      l.session ? t.minutesLeft({ minutes: Math.max(1, Math.floor(l.session.secondsLeft / 60)) }) : '-',
    value: (l) => l.session ?? null,
  },
  {
    header: t.headingTrustedIps,
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
  get describe() {
    return userText(t.profilesDescribe());
  },
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: userText(t.profilesJson()) })
      .example('$0 profiles', userText(t.profilesExample()))
      .example(
        "$0 profiles --json | jq -r '.[] | select(.mfaSerial == null) | .name'",
        userText(t.profilesExampleNoMfa()),
      )
      .epilogue(userText(t.profilesEpilogue())) as unknown as Argv<ProfilesArgs>,
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
      const none = userText(t.noProfiles({ config: configFile, credentials: credentialsFile }));
      process.stderr.write(`${none}\n${userText(t.noProfilesNext())}\n`);
      return;
    }
    const cell = (value: Message | string) => (typeof value === 'string' ? value : userText(value));
    const header = profileColumns.map((c) => userText(c.header()));
    process.stdout.write(
      renderTable(
        header,
        listings.map((l) => profileColumns.map((c) => cell(c.text(l)))),
      ),
    );
  },
};
