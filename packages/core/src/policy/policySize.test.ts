import { describe, expect, it } from 'vitest';
import { AwsMfaError } from '../errors.js';
import { buildMfaPolicy, policyToJson } from './buildMfaPolicy.js';
import { assertWithinGroupQuota, groupInlinePolicyQuota, policySize } from './policySize.js';

function errorOf(run: () => unknown): AwsMfaError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsMfaError) return error;
    throw error;
  }
  throw new Error('expected an AwsMfaError');
}

/** `n` distinct /32 addresses that cannot be merged (every other address). */
const scattered = (n: number) => Array.from({ length: n }, (_, i) => `10.${i >> 7}.${(i & 127) * 2}.1/32`);
/** `n` adjacent /32 addresses that merge into a few blocks. */
const adjacent = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${i >> 8}.${i & 255}/32`);

describe(policySize.name, () => {
  it('counts_non_whitespace_characters', () => {
    expect(policySize(['{ "Version": "2012-10-17" }'])).toBe(24);
    expect(policySize([' \n\t{}\r\n', 'ab c'])).toBe(5);
    expect(policySize([])).toBe(0);
  });
  it('pretty_and_compact_json_count_the_same', () => {
    const document = buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] });
    expect(policySize([document])).toBe(policySize([policyToJson(document)]));
    expect(policySize([document])).toBe(JSON.stringify(document).length);
  });
  it('counts_code_points', () => {
    expect(policySize(['"é😀"'])).toBe(4);
  });
});

describe(assertWithinGroupQuota.name, () => {
  it('the_generated_policy_fits_with_a_normal_list', () => {
    expect(() => assertWithinGroupQuota([buildMfaPolicy({ trustedCidrs: scattered(20) })])).not.toThrow();
  });
  it('exactly_at_the_quota_is_fine', () => {
    expect(() => assertWithinGroupQuota(['x'.repeat(groupInlinePolicyQuota)])).not.toThrow();
    expect(() => assertWithinGroupQuota(['x'.repeat(groupInlinePolicyQuota + 1)])).toThrow(
      /5,121 characters/,
    );
  });
  it('a_long_unmergeable_list_is_refused_with_the_count', () => {
    const document = buildMfaPolicy({ trustedCidrs: scattered(300) });
    const error = errorOf(() => assertWithinGroupQuota([document], { groupName: 'MyUsers' }));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toBe(
      `The inline policies of group MyUsers are ${policySize([document]).toLocaleString('en-US')} characters (IAM allows 5,120 for a group's inline policies).`,
    );
    expect(error.hint).toContain('shorten the trusted-IP list');
  });
  it('a_mergeable_list_gets_the_merge_in_the_hint', () => {
    const document = policyToJson(buildMfaPolicy({ trustedCidrs: adjacent(256) }));
    const error = errorOf(() => assertWithinGroupQuota([document]));
    expect(error.message).toMatch(/^The group's inline policies are [\d,]+ characters/);
    expect(error.hint).toMatch(
      /^merge CIDRs: merged 10\.0\.0\.0\/32, .* into 10\.0\.0\.0\/24 \([\d,]+ characters afterwards, fits\)$/,
    );
  });
  it('all_policies_of_the_group_count_together', () => {
    const half = 'x'.repeat(groupInlinePolicyQuota / 2 + 1);
    expect(() => assertWithinGroupQuota([half, half])).toThrow(AwsMfaError);
  });
});
