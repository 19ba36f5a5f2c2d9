// Property: for random trusted-IP lists, awsmfa's local simulation (`policy simulate`) decides a
// long-term key's S3 ListBuckets from 127.0.0.1 exactly as the emulator does when the request is
// really made. The emulator always sees 127.0.0.1 as the source, so the trusted list varies:
// random IPv4/IPv6 blocks, some of which cover 127.0.0.1.
import { formatCidr, parseCidr } from '@awsmfa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adminHome,
  createGroupMember,
  createPowerUserGroup,
  iamClient,
  listBucketsStatus,
  runAdmin,
} from './support/adminScenario.js';
import { useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

const canonical = (text: string) => formatCidr(parseCidr(text));

const ipv4Block = fc
  .tuple(fc.ipV4(), fc.integer({ min: 1, max: 32 }))
  .map(([ip, prefix]) => canonical(`${ip}/${prefix}`));
const ipv6Block = fc
  .tuple(fc.ipV6(), fc.integer({ min: 1, max: 128 }))
  .map(([ip, prefix]) => canonical(`${ip}/${prefix}`));
// Blocks that hold 127.0.0.1, and near misses that do not.
const loopbackish = fc.constantFrom(
  '127.0.0.1/32',
  '127.0.0.0/8',
  '127.0.0.0/31',
  '0.0.0.0/1',
  '127.0.0.2/32',
  '127.0.0.0/32',
  '128.0.0.0/1',
  '::1/128',
);
const trustedList = fc.array(fc.oneof(ipv4Block, ipv6Block, loopbackish), { maxLength: 5 });

describe('policy simulate agrees with the emulator', () => {
  it('for random trusted-IP lists, the local decision for 127.0.0.1 is what a real request gets', async () => {
    const { emulator } = scenario;
    const iam = iamClient(emulator);
    await createPowerUserGroup(iam, 'Prop');
    const keys = await createGroupMember(iam, 'Prop', 'prop-user');
    const home = adminHome(emulator);
    const seen = { allowed: 0, denied: 0 };

    await fc.assert(
      fc.asyncProperty(trustedList, async (cidrs) => {
        const applied = await runAdmin(emulator, home, [
          'policy',
          'apply',
          '--group',
          'Prop',
          ...cidrs.flatMap((cidr) => ['--trusted-ip', cidr]),
          '--yes',
        ]);
        expect(applied.stderr).not.toContain('error');
        expect(applied.status).toBe(0);
        const simulated = await runAdmin(emulator, home, [
          'policy',
          'simulate',
          '--group',
          'Prop',
          '--action',
          's3:ListAllMyBuckets',
          '--source-ip',
          '127.0.0.1',
          '--json',
        ]);
        expect(simulated.status).toBe(0);
        const [local] = JSON.parse(simulated.stdout) as Array<{ decision: string }>;
        const status = await listBucketsStatus(emulator, keys);
        expect({ cidrs, real: status === 200 ? 'allowed' : 'denied' }).toEqual({
          cidrs,
          real: local!.decision === 'allowed' ? 'allowed' : 'denied',
        });
        seen[status === 200 ? 'allowed' : 'denied'] += 1;
      }),
      { numRuns: 30, seed: 20261129, endOnFailure: true },
    );
    // Both outcomes occurred, so the property compared something.
    expect(seen.allowed).toBeGreaterThan(0);
    expect(seen.denied).toBeGreaterThan(0);
  }, 180_000);
});
