import { defineMessages } from '../defineMessages.js';

/** IP addresses and CIDRs (cidr.ts; also on the fast path, which checks the trusted network). */
export const cidrText = defineMessages('cidr', {
  addressHint: 'write an IPv4 address (192.0.2.10), an IPv6 address (2001:db8::10), or a CIDR (192.0.2.0/24)',
  notAnAddress: (p: { text: string }) => `${p.text} is not an IP address.`,
  notAnAddressOrCidr: (p: { text: string }) => `${p.text} is not an IP address or CIDR.`,
  badPrefix: (p: { text: string }) => `${p.text} has an invalid prefix length.`,
  badPrefixHint: (p: { family: number; bits: number; example: string }) =>
    `an IPv${p.family} prefix length is a number from 0 to ${p.bits}, e.g. ${p.example}`,
  droppedDuplicate: (p: { cidr: string }) => `dropped duplicate ${p.cidr}`,
  droppedSame: (p: { cidr: string; earlier: string }) => `dropped ${p.cidr} (same as ${p.earlier})`,
  merged: (p: { cidrs: readonly string[]; into: string }) => `merged ${p.cidrs.join(', ')} into ${p.into}`,
  matchesEverything: (p: { text: string; family: number }) =>
    `Trusted IP ${p.text} matches every IPv${p.family} address.`,
  matchesEverythingHint:
    'MFA would never be required from anywhere; list your office/VPN addresses instead (or pass --force if you really mean it)',
  hostBits: (p: { text: string; canonical: string }) =>
    `Trusted IP ${p.text} has host bits set: it means all of ${p.canonical}.`,
  hostBitsHint: (p: { canonical: string; single: string }) =>
    `write ${p.canonical} if you mean the whole network, or ${p.single} for that one address (--force keeps it as ${p.canonical})`,
});
