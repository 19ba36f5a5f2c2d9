import { defineMessages } from '../defineMessages.js';

/** `awsmfa profiles` and `awsmfa trusted-ip` (the user's side of the trusted networks). */
export const profilesCliText = defineMessages('profilesCli', {
  profilesDescribe:
    'List the AWS profiles: long-term keys, region, MFA device, role, cached session, trusted IPs',
  profilesJson: 'Print a JSON array on stdout',
  profilesExample: 'Table of profiles',
  profilesExampleNoMfa: 'Profiles without MFA',
  profilesEpilogue:
    'KEYS: long-term (aws_access_key_id + secret), session (with aws_session_token), awsmfa session of P (credential_process running awsmfa for profile P), credential_process (another program), - (none). ' +
    'MFA: mfa_serial is set (via P: through that awsmfa credential_process). ROLE/SOURCE: role_arn and the source_profile that assumes it. ' +
    'SESSION: time left of the cached MFA or role session. TRUSTED IPS: awsmfa_trusted_ips.',
  headingProfile: 'PROFILE',
  headingKeys: 'KEYS',
  headingRegion: 'REGION',
  headingMfa: 'MFA',
  headingRole: 'ROLE/SOURCE',
  headingSession: 'SESSION',
  headingTrustedIps: 'TRUSTED IPS',
  keysLongTerm: 'long-term',
  keysSession: 'session',
  keysAwsmfa: (p: { source: string }) => `awsmfa session of ${p.source}`,
  keysProcess: 'credential_process',
  mfaYes: 'yes',
  via: (p: { source: string }) => `via ${p.source}`,
  roleVia: (p: { role: string; source: string }) => `${p.role} via ${p.source}`,
  minutesLeft: (p: { minutes: number }) => `${p.minutes} min left`,
  noProfiles: (p: { config: string; credentials: string }) =>
    `No profiles in ${p.config} or ${p.credentials}.`,
  noProfilesNext: 'Next: awsmfa import <file.csv> (the access-key CSV from the IAM console)',
  /** trusted-ip. */
  trustedIpDescribe:
    'List or set the networks (CIDRs) from which this profile needs no MFA (awsmfa_trusted_ips)',
  setDescribe: "Replace the profile's trusted IPs with these",
  addDescribe: 'Trust more addresses from this profile',
  removeDescribe: 'Stop trusting addresses (--all: every one)',
  listDescribe: "Print the profile's trusted IPs (awsmfa_trusted_ips), one per line",
  listJson: 'Print a JSON array',
  cidrs: 'Addresses or CIDRs, IPv4 or IPv6; spaces or commas between them',
  force: 'Accept 0.0.0.0/0, ::/0 and CIDRs with host bits set',
  all: 'Remove every trusted IP',
  exampleSet: 'The office network, as in the MFA policy',
  exampleList: 'One CIDR per line',
  epilogue:
    "From an address in these CIDRs, awsmfa env/exec/credential-process use the profile's long-term keys without asking for a code. " +
    "They must match the trusted IPs of your administrator's MFA policy (the NotIpAddress list; awsmfa admin setup prints the command to run). " +
    'awsmfa finds your address with https://checkip.amazonaws.com/, or the endpoint itself when --endpoint-url / AWS_ENDPOINT_URL point at the sandbox.',
  trustsNothing: (p: { profile: string }) =>
    `Profile ${p.profile} trusts no network: awsmfa asks for MFA everywhere.`,
  trusts: (p: { profile: string; cidrs: readonly string[] }) =>
    `Profile ${p.profile} trusts ${p.cidrs.join(', ')}: from there awsmfa uses its long-term keys without MFA.`,
  allAndAddresses: 'Give either --all or addresses to remove, not both.',
  nameAddresses: 'Name the addresses to remove, or --all.',
  removeHint: 'awsmfa trusted-ip remove --profile cli-user 203.0.113.0/24 (see awsmfa trusted-ip list)',
  nothingToChange: (p: { file: string }) => `Nothing to change in ${p.file}.`,
  setting: (p: { profile: string; set: boolean; file: string }) =>
    `awsmfa_trusted_ips of profile ${p.profile} is ${p.set ? 'set' : 'removed'} in ${p.file}.`,
  alreadyTrusted: (p: { cidr: string }) => `${p.cidr} is already trusted`,
  wasNotInList: (p: { cidr: string }) => `${p.cidr} was not in the list`,
});
