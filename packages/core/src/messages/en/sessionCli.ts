import { defineMessages } from '../defineMessages.js';

/** What env, exec, credential-process, setup-credential-process and logout say on the terminal. */
export const sessionCliText = defineMessages('sessionCli', {
  line: (p: { text: string }) => `awsmfa: ${p.text}`,
  trustedNetwork: (p: { ip: string; cidr: string; profile: string }) =>
    `Trusted network (${p.ip} is in ${p.cidr}): using profile ${p.profile} without MFA.`,
  trustedRole: (p: { ip: string; cidr: string; profile: string; user: string }) =>
    `Trusted network (${p.ip} is in ${p.cidr}): assumed the role of profile ${p.profile} with the keys of profile ${p.user}, without MFA.`,
  soleDevice: (p: { profile: string; serial: string; user: string }) =>
    `Profile ${p.profile} has no mfa_serial; using ${p.serial}, the only MFA device of ${p.user} (set mfa_serial in [profile ${p.profile}] to skip this lookup).`,
  /** The code prompt on the terminal. */
  askCode: (p: { serial: string }) => `MFA code for ${p.serial}: `,
  nextCodeIn: (p: { reason: string; seconds: number }) =>
    `${p.reason}; the next MFA code appears in ${p.seconds} s.`,
  nextCodeCountdown: (p: { reason: string; seconds: number }) =>
    `${p.reason}; the next MFA code appears in ${p.seconds} s…`,
  cancelledAtPrompt: 'Cancelled at the MFA code prompt; nothing was changed.',
  /** env, exec. */
  cannotPrint: (p: { variable: string; shell: string; error: string }) =>
    `Cannot print ${p.variable} for ${p.shell}: ${p.error}`,
  cannotPrintHint: 'choose another shell with --shell',
  nameTheCommand: 'Name the command to run.',
  nameTheCommandHint: 'awsmfa exec --profile dev -- aws s3 ls',
  unsafeBatch: (p: { value: string; command: string }) =>
    `Cannot pass ${p.value} to the batch file ${p.command} safely: cmd.exe would read % and " in it.`,
  unsafeBatchHint: 'run the program the batch file starts (e.g. node and its script) directly',
  cannotRun: (p: { command: string; error: string | undefined }) =>
    `Cannot run ${p.command}: ${p.error ?? 'command not found'}.`,
  cannotRunHint: 'check the command name and PATH',
  /** setup-credential-process. */
  nameIsProfile: (p: { name: string }) =>
    `--name ${p.name} is the profile itself; credential_process would call itself.`,
  nameIsProfileHint: (p: { profile: string }) => `pick another name, e.g. --name ${p.profile}-mfa`,
  profileHasKeys: (p: { name: string }) =>
    `Profile ${p.name} already has access keys; the AWS CLI would use them instead of credential_process.`,
  profileHasKeysHint: (p: { name: string }) =>
    `choose another --name, or remove [${p.name}] from the credentials file`,
  unquotable: (p: { value: string }) =>
    `Cannot write ${p.value} into a credential_process line: cmd.exe and the AWS CLI would not read it back (it holds %, " or a control character).`,
  unquotableHint: 'install node and awsmfa in folders without those characters',
  wrote: (p: { changed: boolean; name: string; file: string }) =>
    `${p.changed ? 'Wrote' : 'Unchanged:'} [profile ${p.name}] in ${p.file}`,
  useIt: 'Use it:',
  /** logout. */
  anyProfile: 'any profile',
  ofProfile: (p: { profile: string }) => `profile ${p.profile}`,
  noCachedSession: (p: { whose: string; sources: readonly string[] }) =>
    `No cached session for ${p.whose}${p.sources.length > 0 ? ` and its sources ${p.sources.join(', ')}` : ''}.`,
  forgot: (p: { count: number; whose: string; sources: readonly string[] }) =>
    `Forgot ${p.count === 1 ? '1 cached session' : `${p.count} cached sessions`} (${p.whose}${p.sources.length > 0 ? ` and its sources ${p.sources.join(', ')}` : ''}).`,
  shellStillHolds: 'This shell still holds a session in its environment:',
});
