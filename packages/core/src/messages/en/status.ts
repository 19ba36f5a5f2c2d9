import { defineMessages } from '../defineMessages.js';

/** `awsmfa status` and its --help. */
export const statusText = defineMessages('status', {
  describe:
    'Show the identity, the cached sessions (user → MFA session → role), the session this shell holds, device, network and clock',
  json: 'Print JSON',
  exampleShell: "describe this shell's session",
  exampleRole: 'a role profile: user → MFA session → role, each expiry',
  epilogue:
    'Without --profile (or AWS_PROFILE), status describes the profile whose session this shell holds (AWSMFA_PROFILE, set by awsmfa env).',
  /** Row names (padded to one column). */
  rowProfile: 'profile',
  rowIdentity: 'identity',
  rowChain: 'chain',
  rowMfaDevice: 'mfa device',
  rowSession: 'session',
  rowShell: 'shell',
  rowNetwork: 'network',
  rowClock: 'clock',
  identity: (p: { arn: string; account: string; via: 'session' | 'source session' | 'long-term keys' }) =>
    `${p.arn} (account ${p.account}, via ${p.via})`,
  unknownIdentity: (p: { error: string }) => `unknown: ${p.error}`,
  noDevice: 'none (awsmfa enroll)',
  session: (p: { key: string; expiration: string; left: string }) =>
    `${p.key}, expires ${p.expiration} (${p.left} left)`,
  noneCached: 'none cached',
  ofProfile: (p: { profile: string }) => `profile ${p.profile}`,
  ofOtherProfile: (p: { profile: string; current: string }) => `profile ${p.profile}, not ${p.current}`,
  shellLongTermKeys: (p: { whose: string }) => `uses the long-term keys of ${p.whose} (trusted network)`,
  shellExpired: (p: { whose: string; key: string }) =>
    `holds an expired session of ${p.whose} (${p.key}); renew it: eval "$(awsmfa env)"`,
  shellSession: (p: { whose: string; key: string; expiration: string | undefined; left: string }) =>
    `holds a session of ${p.whose} (${p.key}${p.expiration ? `, expires ${p.expiration}, ${p.left} left` : ''})`,
  noTrustedIps: 'no trusted IPs configured (awsmfa_trusted_ips)',
  trusted: (p: { ip: string; cidr: string }) => `trusted: ${p.ip} is in ${p.cidr}; no MFA needed`,
  notTrusted: (p: { ip: string; cidrs: readonly string[] }) =>
    `not trusted: ${p.ip} is outside ${p.cidrs.join(', ')}`,
  networkUnknown: (p: { error: string }) => `unknown (${p.error}); MFA will be used`,
  notMeasured: 'not measured',
  inSync: (p: { seconds: number }) => `in sync with AWS (${p.seconds} s)`,
  /** The chain, step by step. */
  keysStep: (p: { profile: string; key: string; store: string | undefined }) =>
    `${p.profile} (keys ${p.key}${p.store ? ` in the ${p.store}` : ''})`,
  mfaStep: (p: { left: string }) => `MFA session (${p.left})`,
  roleStep: (p: { role: string; profile: string; left: string }) =>
    `role ${p.role} of profile ${p.profile} (${p.left})`,
  leftUntil: (p: { left: string; until: string }) => `${p.left} left, until ${p.until}`,
});
