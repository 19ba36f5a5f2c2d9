// IPv4/IPv6 addresses and CIDR blocks as IAM's `IpAddress`/`NotIpAddress` operators read them, plus
// the checks `awsmfa policy` applies to a trusted-IP list before it goes into a policy.
import { AwsMfaError } from '../errors.js';
import { cidrText } from '../messages/en/cidr.js';
import type { Message } from '../messages/message.js';

export type IpFamily = 4 | 6;

/** One IP address as a number: 32 bits for IPv4, 128 for IPv6. */
export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

/** One CIDR block. `network` has the host bits cleared; `hostBitsSet` says whether the text had any. */
export interface Cidr {
  family: IpFamily;
  network: bigint;
  prefix: number;
  hostBitsSet: boolean;
}

const bitsOf = (family: IpFamily): number => (family === 4 ? 32 : 128);
const allOnes = (bits: number): bigint => (1n << BigInt(bits)) - 1n;
const hostMask = (family: IpFamily, prefix: number): bigint => allOnes(bitsOf(family) - prefix);

/** Shows user input in a message: quoted, control characters escaped, long values cut. */
function show(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(cut);
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are refused: some parsers read "010" as octal 8, so its meaning is ambiguous.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseHexGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups: bigint[] = [];
  const parts = text.split(':');
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return undefined;
      groups.push(BigInt(`0x${part}`));
    }
  }
  return groups;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseHexGroups(halves[0]!);
  const tail = halves.length === 2 ? parseHexGroups(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  // An embedded IPv4 address may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const groups = [...head, ...Array<bigint>(8 - count).fill(0n), ...tail];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

function parseAddress(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

/**
 * Parses one IPv4 or IPv6 address (an IPv6 zone such as `%eth0` is ignored).
 *
 * @example parseIp('2001:db8::1') // { family: 6, value: 0x20010db8000000000000000000000001n }
 */
export function parseIp(text: string): IpAddress {
  const trimmed = text.trim();
  const address = parseAddress(trimmed.replace(/%[0-9A-Za-z._~-]+$/, ''));
  if (address === undefined) {
    throw new AwsMfaError('INVALID_INPUT', cidrText.notAnAddress({ text: show(text) }), {
      hint: cidrText.addressHint(),
    });
  }
  return address;
}

/**
 * Parses a CIDR block; a bare address is a single-host block (/32 or /128), as IAM reads it.
 *
 * @example parseCidr('10.0.0.1/8') // { family: 4, network: 0x0a000000n, prefix: 8, hostBitsSet: true }
 */
export function parseCidr(text: string): Cidr {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? undefined : trimmed.slice(slash + 1);
  const address = parseAddress(addressText);
  if (address === undefined) {
    throw new AwsMfaError('INVALID_INPUT', cidrText.notAnAddressOrCidr({ text: show(text) }), {
      hint: cidrText.addressHint(),
    });
  }
  const bits = bitsOf(address.family);
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
      throw new AwsMfaError('INVALID_INPUT', cidrText.badPrefix({ text: show(text) }), {
        hint: cidrText.badPrefixHint({
          family: address.family,
          bits,
          example: address.family === 4 ? '192.0.2.0/24' : '2001:db8::/32',
        }),
      });
    }
    prefix = Number(prefixText);
  }
  const host = hostMask(address.family, prefix);
  return {
    family: address.family,
    network: address.value & ~host,
    prefix,
    hostBitsSet: (address.value & host) !== 0n,
  };
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

function formatIpv6(value: bigint): string {
  // RFC 5952: IPv4-mapped addresses keep their dotted tail.
  if (value >> 32n === 0xffffn) return `::ffff:${formatIpv4(value & 0xffffffffn)}`;
  const groups = Array.from({ length: 8 }, (_, index) => (value >> BigInt(112 - 16 * index)) & 0xffffn);
  // RFC 5952: compress the longest run (first on a tie) of two or more zero groups.
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0n) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0n) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Formats an address canonically (IPv6 lower-case and compressed as RFC 5952 says). */
export function formatIp(address: IpAddress): string {
  return address.family === 4 ? formatIpv4(address.value) : formatIpv6(address.value);
}

/**
 * Formats a CIDR canonically: network address (host bits cleared) and prefix, always with `/`.
 *
 * @example formatCidr(parseCidr('2001:DB8:0:0::1')) // '2001:db8::1/128'
 */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp({ family: cidr.family, value: cidr.network })}/${cidr.prefix}`;
}

/** Reads an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, as Node reports IPv4 peers on dual-stack sockets) as IPv4. */
function unmapIpv4(address: IpAddress): IpAddress {
  if (address.family === 6 && address.value >> 32n === 0xffffn) {
    return { family: 4, value: address.value & 0xffffffffn };
  }
  return address;
}

/**
 * True when `ip` lies in `cidr`. An IPv4-mapped IPv6 address counts as its IPv4 address, so a
 * dual-stack server's `::ffff:127.0.0.1` peer matches `127.0.0.1/32`. Throws INVALID_INPUT on bad input.
 *
 * @example cidrContains('192.0.2.0/24', '192.0.2.77') // true
 */
export function cidrContains(cidr: string | Cidr, ip: string): boolean {
  const block = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  // IPv4 requests never match IPv6 blocks (not even ::/0), as in IAM; only the mapped form is unmapped.
  const address = block.family === 4 ? unmapIpv4(parseIp(ip)) : parseIp(ip);
  if (address.family !== block.family) return false;
  return (address.value & ~hostMask(block.family, block.prefix)) === block.network;
}

interface Range {
  family: IpFamily;
  first: bigint;
  last: bigint;
}

/** Splits an address range into the fewest CIDR blocks that cover exactly it. */
function rangeToCidrs(range: Range): Cidr[] {
  const bits = bitsOf(range.family);
  const blocks: Cidr[] = [];
  let start = range.first;
  while (start <= range.last) {
    let size = start === 0n ? 1n << BigInt(bits) : start & -start;
    while (start + size - 1n > range.last) size >>= 1n;
    const prefix = bits - (size.toString(2).length - 1);
    blocks.push({ family: range.family, network: start, prefix, hostBitsSet: false });
    start += size;
  }
  return blocks;
}

/**
 * Shortens a CIDR list without changing which addresses it covers: duplicates are dropped and
 * overlapping or adjacent blocks merged, per address family. `notes` says what changed, one line each.
 *
 * @example aggregateCidrs(['10.0.0.0/24', '10.0.1.0/24', '10.0.0.7']).notes[0].english // 'merged 10.0.0.0/24, 10.0.1.0/24, 10.0.0.7 into 10.0.0.0/23'
 */
export function aggregateCidrs(list: readonly string[]): { cidrs: string[]; notes: Message[] } {
  const notes: Message[] = [];
  const seen = new Map<string, string>();
  const inputs: Array<{ text: string; cidr: Cidr }> = [];
  for (const text of list) {
    const cidr = parseCidr(text);
    const key = formatCidr(cidr);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      notes.push(
        earlier === text.trim()
          ? cidrText.droppedDuplicate({ cidr: earlier })
          : cidrText.droppedSame({ cidr: text.trim(), earlier }),
      );
      continue;
    }
    seen.set(key, text.trim());
    inputs.push({ text: text.trim(), cidr });
  }
  const ranges: Range[] = inputs
    .map(({ cidr }) => ({
      family: cidr.family,
      first: cidr.network,
      last: cidr.network | hostMask(cidr.family, cidr.prefix),
    }))
    .sort((a, b) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged: Range[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && previous.family === range.family && range.first <= previous.last + 1n) {
      if (range.last > previous.last) previous.last = range.last;
    } else {
      merged.push({ ...range });
    }
  }
  const blocks = merged.flatMap(rangeToCidrs);
  for (const block of blocks) {
    const covered = inputs.filter(
      ({ cidr }) =>
        cidr.family === block.family &&
        cidr.prefix >= block.prefix &&
        (cidr.network & ~hostMask(block.family, block.prefix)) === block.network,
    );
    if (covered.length > 1) {
      notes.push(cidrText.merged({ cidrs: covered.map((input) => input.text), into: formatCidr(block) }));
    }
  }
  return { cidrs: blocks.map(formatCidr), notes };
}

/**
 * Checks one trusted-IP entry for the MFA policy and returns it canonically. Refuses, unless
 * `force`, what is almost surely a mistake: a block that trusts the whole internet (`0.0.0.0/0`,
 * `::/0`: MFA would never be required) and host bits set (`10.0.0.1/8` means all of 10.0.0.0/8).
 *
 * @example validateTrustedCidr('203.0.113.9') // '203.0.113.9/32'
 */
export function validateTrustedCidr(text: string, options: { force?: boolean } = {}): string {
  const cidr = parseCidr(text);
  const canonical = formatCidr(cidr);
  if (options.force) return canonical;
  if (cidr.prefix === 0) {
    throw new AwsMfaError(
      'INVALID_INPUT',
      cidrText.matchesEverything({ text: show(text), family: cidr.family }),
      {
        hint: cidrText.matchesEverythingHint(),
      },
    );
  }
  if (cidr.hostBitsSet) {
    const single = formatCidr({
      ...cidr,
      prefix: bitsOf(cidr.family),
      network: parseAddress(text.trim().split('/')[0]!)!.value,
    });
    throw new AwsMfaError('INVALID_INPUT', cidrText.hostBits({ text: show(text), canonical }), {
      hint: cidrText.hostBitsHint({ canonical, single }),
    });
  }
  return canonical;
}
