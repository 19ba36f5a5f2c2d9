import { describe, expect, it } from 'vitest';
import { buildMfaPolicy } from '../policy/buildMfaPolicy.js';
import { powerUserAccessPolicy } from '../policy/managed/powerUserAccess.js';
import type { NamedPolicy, PolicyDocument, PolicyStatement } from '../policy/types.js';
import { assessMfaExposure, untrustedProbeIp } from './adminAudit.js';

const powerUser: NamedPolicy = {
  name: 'PowerUserAccess',
  source: { kind: 'managed', arn: powerUserAccessPolicy.arn, attachedTo: 'group MyUsers' },
  document: powerUserAccessPolicy.document,
};
const inline = (document: PolicyDocument): NamedPolicy => ({
  name: 'MyUsersPolicy',
  source: { kind: 'group-inline', groupName: 'MyUsers' },
  document,
});
const user = { accountId: '123456789012', userName: 'cli-user' };

/** The seed article's policy with the deny written with plain Bool, the classic mistake. */
function withPlainBool(): PolicyDocument {
  const document = buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] });
  const deny = (document.Statement as PolicyStatement[]).find((s) => s.Effect === 'Deny')!;
  deny.Condition = {
    Bool: { 'aws:MultiFactorAuthPresent': 'false' },
    NotIpAddress: deny.Condition!.NotIpAddress!,
  };
  return document;
}

describe(assessMfaExposure.name, () => {
  it.each([
    [
      'PowerUserAccess with the MFA policy',
      [powerUser, inline(buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }))],
      false,
    ],
    [
      'the MFA policy with IPv4 and IPv6 trusted',
      [powerUser, inline(buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24', '2001:db8::/32'] }))],
      false,
    ],
    ['PowerUserAccess alone (before step 2-5)', [powerUser], true],
    [
      'Bool instead of BoolIfExists: long-term keys carry no aws:MultiFactorAuthPresent',
      [powerUser, inline(withPlainBool())],
      true,
    ],
    [
      '0.0.0.0/0 and ::/0 trusted: no address is outside',
      [powerUser, inline(buildMfaPolicy({ trustedCidrs: ['0.0.0.0/0', '::/0'], force: true }))],
      true,
    ],
    ['no policies at all: nothing is allowed', [], false],
  ] as Array<[string, NamedPolicy[], boolean]>)('%s → can act without MFA: %s', (_, policies, exposed) => {
    expect(assessMfaExposure(policies, user).canActWithoutMfa).toBe(exposed);
  });

  it('probes from an address outside the trusted list and says which statement decided', () => {
    const result = assessMfaExposure(
      [powerUser, inline(buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }))],
      user,
    );
    expect(result.probeIp).toBe('198.51.100.77');
    expect(result.mfaPolicies).toEqual([
      { policy: 'group MyUsers inline MyUsersPolicy', trustedCidrs: ['203.0.113.0/24'] },
    ]);
    expect(result.explanation).toMatch(
      /^Denied explicitly by statement BlockMostAccessUnlessSignedInWithMFA/,
    );
  });
});

describe(untrustedProbeIp.name, () => {
  it('skips trusted candidates, falls back to IPv6, and gives up when everything is trusted', () => {
    expect(untrustedProbeIp([])).toBe('203.0.113.77');
    expect(untrustedProbeIp(['0.0.0.0/0'])).toBe('2001:db8::77');
    expect(untrustedProbeIp(['0.0.0.0/0', '::/0'])).toBeUndefined();
  });
});
