import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsMfaError } from '../errors.js';
import {
  aggregateCidrs,
  cidrContains,
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
  validateTrustedCidr,
} from './cidr.js';

function errorOf(run: () => unknown): AwsMfaError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsMfaError) return error;
    throw error;
  }
  throw new Error('expected an AwsMfaError');
}

describe(parseIp.name, () => {
  it.each([
    ['192.0.2.1', 4, 0xc0000201n],
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:DB8::1', 6, 0x20010db8000000000000000000000001n],
    ['1:2:3:4:5:6:7:8', 6, 0x00010002000300040005000600070008n],
    ['::ffff:192.0.2.1', 6, 0xffffc0000201n],
    ['fe80::1%eth0', 6, 0xfe800000000000000000000000000001n],
    [' 10.1.2.3 ', 4, 0x0a010203n],
  ])('parses %s', (text, family, value) => {
    expect(parseIp(text)).toEqual({ family, value });
  });

  it.each([
    ['empty', ''],
    ['five_octets', '1.2.3.4.5'],
    ['octet_over_255', '1.2.3.256'],
    ['octal_looking_leading_zero', '010.0.0.1'],
    ['negative', '-1.0.0.0'],
    ['two_double_colons', '1::2::3'],
    ['nine_groups', '1:2:3:4:5:6:7:8:9'],
    ['seven_groups_without_compression', '1:2:3:4:5:6:7'],
    ['group_too_long', '12345::'],
    ['embedded_ipv4_not_last', '::1.2.3.4:5'],
    ['cidr_is_not_an_ip', '10.0.0.0/8'],
    ['shell_injection', '$(reboot)'],
    ['newline', '1.2.3.4\n5.6.7.8'],
    ['unicode_digits', '١.٢.٣.٤'],
    ['quote', "1.2.3.4'"],
  ])('rejects %s', (_name, text) => {
    const error = errorOf(() => parseIp(text));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.hint).toContain('IPv4');
    expect(error.message).not.toContain('\n');
  });
});

describe(parseCidr.name, () => {
  it('bare_ipv4_is_a_single_host', () => {
    expect(parseCidr('192.0.2.1')).toEqual({
      family: 4,
      network: 0xc0000201n,
      prefix: 32,
      hostBitsSet: false,
    });
  });
  it('bare_ipv6_is_a_single_host', () => {
    expect(parseCidr('2001:db8::1').prefix).toBe(128);
  });
  it('host_bits_are_cleared_and_reported', () => {
    expect(parseCidr('10.0.0.1/8')).toEqual({
      family: 4,
      network: 0x0a000000n,
      prefix: 8,
      hostBitsSet: true,
    });
  });
  it.each([
    ['prefix_over_32', '10.0.0.0/33'],
    ['prefix_over_128', '2001:db8::/129'],
    ['empty_prefix', '10.0.0.0/'],
    ['prefix_leading_zero', '10.0.0.0/08'],
    ['prefix_not_a_number', '10.0.0.0/x'],
    ['two_slashes', '10.0.0.0/8/8'],
    ['slash_only', '/8'],
  ])('rejects %s', (_name, text) => {
    const error = errorOf(() => parseCidr(text));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.hint).toBeTruthy();
  });
});

describe(formatCidr.name, () => {
  it.each([
    ['192.0.2.1', '192.0.2.1/32'],
    ['10.0.0.1/8', '10.0.0.0/8'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1/128'],
    ['2001:db8:0:0:1:0:0:1/128', '2001:db8::1:0:0:1/128'],
    ['0:0:0:0:0:0:0:0/0', '::/0'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3/128'],
    ['1:2:3:4:5:6:7:0', '1:2:3:4:5:6:7:0/128'],
    ['::ffff:c000:0201', '::ffff:192.0.2.1/128'],
  ])('%s → %s', (text, expected) => {
    expect(formatCidr(parseCidr(text))).toBe(expected);
  });

  it('formatting_round_trips_every_address', () => {
    const v4 = fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }).map((value) => ({ family: 4 as const, value }));
    const v6 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map((value) => ({ family: 6 as const, value }));
    fc.assert(
      fc.property(fc.oneof(v4, v6), (address) => {
        expect(parseIp(formatIp(address))).toEqual(address);
      }),
    );
  });
});

describe(cidrContains.name, () => {
  it.each([
    ['192.0.2.0/24', '192.0.2.77', true],
    ['192.0.2.0/24', '192.0.3.1', false],
    ['192.0.2.7', '192.0.2.7', true],
    ['192.0.2.7', '192.0.2.8', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['10.0.0.1/8', '10.200.1.1', true],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['192.0.2.0/24', '2001:db8::1', false],
    ['2001:db8::/32', '192.0.2.1', false],
    ['127.0.0.1/32', '::ffff:127.0.0.1', true],
    ['::/0', '10.0.0.1', false],
  ])('%s contains %s: %s', (cidr, ip, expected) => {
    expect(cidrContains(cidr, ip)).toBe(expected);
  });

  it('accepts_a_parsed_cidr', () => {
    expect(cidrContains(parseCidr('10.0.0.0/8'), '10.1.1.1')).toBe(true);
  });

  it('agrees with a string prefix comparison of the binary forms', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.nat({ max: 0xffffffff }),
        fc.nat({ max: 32 }),
        (a, b, prefix) => {
          const ip = (n: number) => formatIp({ family: 4, value: BigInt(n) });
          const bits = (n: number) => n.toString(2).padStart(32, '0').slice(0, prefix);
          expect(cidrContains(`${ip(a)}/${prefix}`, ip(b))).toBe(bits(a) === bits(b));
        },
      ),
    );
  });
});

/** aggregateCidrs with its notes in English. */
const english = (result: ReturnType<typeof aggregateCidrs>) => ({
  cidrs: result.cidrs,
  notes: result.notes.map((note) => note.english),
});

describe(aggregateCidrs.name, () => {
  it('merges_adjacent_blocks_into_their_supernet', () => {
    expect(english(aggregateCidrs(['10.0.0.0/24', '10.0.1.0/24']))).toEqual({
      cidrs: ['10.0.0.0/23'],
      notes: ['merged 10.0.0.0/24, 10.0.1.0/24 into 10.0.0.0/23'],
    });
  });
  it('drops_duplicates_also_when_written_differently', () => {
    expect(english(aggregateCidrs(['192.0.2.1', '192.0.2.1/32', '192.0.2.1']))).toEqual({
      cidrs: ['192.0.2.1/32'],
      notes: ['dropped 192.0.2.1/32 (same as 192.0.2.1)', 'dropped duplicate 192.0.2.1'],
    });
  });
  it('drops_blocks_inside_others', () => {
    const { cidrs, notes } = aggregateCidrs(['10.0.0.0/8', '10.9.9.9']);
    expect(cidrs).toEqual(['10.0.0.0/8']);
    expect(notes.map((note) => note.english)).toEqual(['merged 10.0.0.0/8, 10.9.9.9 into 10.0.0.0/8']);
  });
  it('adjacent_but_unaligned_blocks_stay_apart', () => {
    expect(aggregateCidrs(['10.0.1.0/24', '10.0.2.0/24'])).toEqual({
      cidrs: ['10.0.1.0/24', '10.0.2.0/24'],
      notes: [],
    });
  });
  it('keeps_families_apart_and_sorts_ipv4_first', () => {
    expect(aggregateCidrs(['2001:db8::/33', '10.0.0.0/8', '2001:db8:8000::/33', '0.0.0.0/0']).cidrs).toEqual([
      '0.0.0.0/0',
      '2001:db8::/32',
    ]);
  });
  it('empty_list_stays_empty', () => {
    expect(aggregateCidrs([])).toEqual({ cidrs: [], notes: [] });
  });
  it('rejects_invalid_entries', () => {
    expect(errorOf(() => aggregateCidrs(['10.0.0.0/8', 'nope'])).code).toBe('INVALID_INPUT');
  });

  it('covers exactly the same addresses, with no overlapping blocks', () => {
    const block = fc
      .tuple(fc.nat({ max: 255 }), fc.integer({ min: 20, max: 32 }))
      .map(([host, prefix]) => `10.0.${host >> 4}.${host}/${prefix}`);
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 8 }),
        fc.array(fc.nat({ max: 4095 }), { maxLength: 20 }),
        (list, probes) => {
          const { cidrs } = aggregateCidrs(list);
          expect(cidrs.length).toBeLessThanOrEqual(list.length);
          for (const probe of probes) {
            const ip = `10.0.${probe >> 8}.${probe & 255}`;
            const before = list.some((cidr) => cidrContains(cidr, ip));
            const after = cidrs.filter((cidr) => cidrContains(cidr, ip)).length;
            expect(after).toBe(before ? 1 : 0);
          }
        },
      ),
    );
  });
});

describe(validateTrustedCidr.name, () => {
  it('returns_the_canonical_form', () => {
    expect(validateTrustedCidr(' 203.0.113.9 ')).toBe('203.0.113.9/32');
    expect(validateTrustedCidr('2001:DB8::/32')).toBe('2001:db8::/32');
  });
  it.each(['0.0.0.0/0', '::/0'])('refuses_whole_internet_%s', (text) => {
    const error = errorOf(() => validateTrustedCidr(text));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.hint).toContain('MFA would never be required');
    expect(validateTrustedCidr(text, { force: true })).toBe(text);
  });
  it('refuses_host_bits_and_suggests_both_meanings', () => {
    const error = errorOf(() => validateTrustedCidr('10.0.0.1/8'));
    expect(error.message).toBe('Trusted IP "10.0.0.1/8" has host bits set: it means all of 10.0.0.0/8.');
    expect(error.hint).toContain('10.0.0.0/8');
    expect(error.hint).toContain('10.0.0.1/32');
    expect(validateTrustedCidr('10.0.0.1/8', { force: true })).toBe('10.0.0.0/8');
  });
  it('force_does_not_accept_garbage', () => {
    expect(errorOf(() => validateTrustedCidr('10.0.0.0/40', { force: true })).code).toBe('INVALID_INPUT');
  });
  it('message_escapes_hostile_input', () => {
    const error = errorOf(() => validateTrustedCidr('1.2.3.4\n`rm -rf ~`'));
    expect(error.message).toContain('\\n');
    expect(error.message).not.toContain('\n');
  });
});
