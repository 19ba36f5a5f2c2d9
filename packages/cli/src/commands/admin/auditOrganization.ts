// `admin audit --org`: the administrator's MFA session lists the organization's accounts, enters
// each with AssumeRole into one role name (the caller's own account with the session itself), and
// audits them a few at a time.
import {
  type AccountAudit,
  type AwsCredentials,
  auditText,
  type Endpoints,
  type Message,
  type RoleSource,
} from '@awsmfa/core';
import { resolveGlobals } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { openSession } from '../../openSession.js';
import { progressLine } from '../../progressLine.js';
import type { Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';
import type { AuditArgs } from './audit.js';

/** The role Organizations creates in the accounts it creates, and the default of `--role-name`. */
export const defaultAuditRoleName = 'OrganizationAccountAccessRole';

/** Organizations' account ids: twelve digits. */
const accountIdPattern = /^\d{12}$/;

/** `--accounts 111111111111,222222222222` (repeatable): the ids, checked; INVALID_INPUT otherwise. */
export async function parseAccountIds(values: readonly string[] | undefined): Promise<string[] | undefined> {
  if (values === undefined) return undefined;
  const { AwsMfaError } = await import('@awsmfa/core');
  const ids = values.flatMap((value) => String(value).split(',')).map((id) => id.trim());
  const bad = ids.filter((id) => !accountIdPattern.test(id));
  if (bad.length > 0 || ids.length === 0) {
    throw new AwsMfaError('INVALID_INPUT', auditText.notAccountId({ value: JSON.stringify(bad[0] ?? '') }), {
      hint: auditText.notAccountIdHint(),
    });
  }
  return [...new Set(ids)];
}

/**
 * Who signs the organization's audit, as `admin audit` opens the administrator: keys in
 * `AWS_ACCESS_KEY_ID` (without `--profile`/`AWS_PROFILE`), else the profile — through its MFA
 * session when it has an `mfa_serial` (the code from `--code`, `AWSMFA_CODE`, `mfa_process` or the
 * terminal; cached like every session), else its long-term keys, said on stderr.
 */
async function openAuditor(
  args: AuditArgs,
  terminal: Terminal,
): Promise<{ region: string; endpoints: Endpoints; profileName: string; source: RoleSource }> {
  const core = await import('@awsmfa/core');
  const { env } = terminal;
  const say = (message: Message) => terminal.stderr.write(`awsmfa: ${userText(message)}\n`);
  const fromKeys = (keys: AwsCredentials): RoleSource => ({
    ...keys,
    mfaSerial: '',
    sourceAccessKeyId: keys.accessKeyId,
  });
  if (args.profile === undefined && !env.AWS_PROFILE && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    const globals = resolveGlobals(args, env);
    if (!env.AWS_SESSION_TOKEN) {
      say(auditText.keysWithoutMfa());
    }
    return {
      region: core.resolveRegion({ region: globals.region, env }),
      endpoints: globals.endpoints,
      profileName: 'from AWS_ACCESS_KEY_ID',
      source: fromKeys({
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      }),
    };
  }
  const { globals, profile, region, keys } = openProfile(args, env);
  const opened = { region, endpoints: globals.endpoints, profileName: profile.name };
  if (!profile.mfaSerial && !profile.roleArn) {
    say(auditText.profileWithoutMfa({ profile: profile.name }));
    return { ...opened, source: fromKeys(await keys()) };
  }
  const session = await openSession(
    { ...args, duration: undefined, refresh: false, mfa: false },
    terminal,
    'exec',
  );
  return {
    ...opened,
    // On a trusted network (awsmfa_trusted_ips) the long-term keys, as every session command.
    source: session.result.kind === 'session' ? session.result.session : fromKeys(await keys()),
  };
}

/**
 * Audits the accounts of the caller's organization: the session (MFA, or the long-term keys on a
 * trusted network) signs ListAccounts and AssumeRole of `roleName` in each account but its own;
 * `--concurrency` accounts at a time, with a progress line on stderr.
 */
export async function auditOrganizationAccounts(
  args: AuditArgs & { roleName: string; concurrency: number },
  accountIds: string[] | undefined,
  terminal: Terminal,
): Promise<AccountAudit[]> {
  const core = await import('@awsmfa/core');
  const { createOrganizationsClient, listOrganizationAccounts } = await import('@awsmfa/core/organizations');
  const { region, endpoints, profileName, source } = await openAuditor(args, terminal);
  const credentials = keysOf(source);
  const sts = core.stsRoleAssumer({ region, endpoint: endpoints.sts });
  const organizations = createOrganizationsClient({
    // Organizations answers in us-east-1 only.
    region: 'us-east-1',
    endpoint: endpoints.organizations,
    credentials,
    env: terminal.env,
  });
  let accounts: Awaited<ReturnType<typeof listOrganizationAccounts>>;
  let callerAccount: string;
  try {
    [accounts, callerAccount] = await Promise.all([
      listOrganizationAccounts(organizations, {
        profile: profileName,
        endpoint: endpoints.organizations,
      }),
      sts.callerArn(credentials).then((arn) => arn.split(':')[4] ?? ''),
    ]);
  } finally {
    organizations.destroy();
  }
  const chosen = accountIds === undefined ? accounts : core.pickAccounts(accounts, accountIds);
  const iamFor = (signing: AwsCredentials) =>
    core.createIamClient({
      region,
      endpoint: endpoints.iam,
      // The keys alone: a session record's other fields (an ISO expiration) are not the SDK's.
      credentials: keysOf(signing),
      env: terminal.env,
      // More attempts than a single command's: an organization's audit is a burst IAM may throttle.
      maxAttempts: 5,
    });
  const line = progressLine(terminal.stderr);
  line.update(
    userText(auditText.auditingAccounts({ count: chosen.length, concurrency: args.concurrency })),
    'start',
  );
  try {
    return await core.auditOrganization({
      accounts: chosen,
      concurrency: args.concurrency,
      groupName: args.group,
      async openAccount(account) {
        if (account.id === callerAccount) return iamFor(credentials);
        const roleArn = `arn:aws:iam::${account.id}:role/${args.roleName}`;
        const session = await core.roleSessionProvider({
          profile: profileName,
          roleArn,
          roleSessionName: 'awsmfa-audit',
          durationSeconds: core.chainedRoleMaxSeconds,
          durationSource: 'admin audit --org',
          source: async () => source,
          sts,
          now: Date.now,
          notify: (message) => terminal.stderr.write(`awsmfa: ${userText(message)}\n`),
          endpoint: endpoints.sts,
        })();
        return iamFor(session);
      },
      onProgress: ({ done, total, usersSeen }) =>
        line.update(
          userText(auditText.auditedAccounts({ done, total, users: usersSeen })),
          `account-${done}`,
        ),
    });
  } finally {
    line.done();
  }
}

/** The access key, secret and session token of `credentials`, nothing else. */
function keysOf(credentials: AwsCredentials): AwsCredentials {
  return {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
  };
}
