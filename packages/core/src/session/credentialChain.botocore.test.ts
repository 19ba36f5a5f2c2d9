// The one profile reader and the role chains it implies, held against botocore (the AWS CLI v2's
// own parser and AssumeRoleProvider) on generated config + credentials files: the same profiles
// with the same settings, and for every role profile the same chain of source profiles, or a
// refusal in both (missing source, a circle, a source without credentials).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAwsProfiles } from '../profiles/loadProfile.js';
import { tempHome } from '../profiles/testing.js';
import { resolveCredentialChain, type SourceLink } from './credentialChain.js';

const hasAwsCli = existsSync('/usr/bin/aws');

// botocore's own functions decide: full_config (config merged with credentials) and, for each
// step of a role chain, AssumeRoleProvider's _get_role_config / _validate_source_profile, which
// raise on a missing source or a circle; a source with static keys ends the chain, as
// _resolve_credentials_from_profile does.
const botocoreChains = `
import json, sys
from awscli.botocore.session import Session
from awscli.botocore.credentials import AssumeRoleProvider
out = []
for config_file, credentials_file in json.load(sys.stdin):
    session = Session()
    session.set_config_variable('config_file', config_file)
    session.set_config_variable('credentials_file', credentials_file)
    config = session.full_config
    profiles = config['profiles']
    chains = {}
    for name, profile in profiles.items():
        if 'role_arn' not in profile:
            continue
        provider = AssumeRoleProvider(load_config=lambda: config, client_creator=None, cache={}, profile_name=name)
        provider._loaded_config = config
        steps, current = [], name
        try:
            while True:
                here = profiles[current]
                top = current == name
                if (not top and provider._has_static_credentials(here)) or not provider._has_assume_role_config_vars(here):
                    steps.append(['keys' if provider._has_static_credentials(here) else 'no-credentials', current])
                    break
                role = provider._get_role_config(current)
                steps.append(['role', current])
                source = role['source_profile']
                if source == current:
                    steps.append(['keys', current])
                    break
                provider._visited_profiles.append(source)
                current = source
            chains[name] = steps if steps[-1][0] == 'keys' else 'refused'
        except Exception:
            chains[name] = 'refused'
    out.append({'profiles': {n: dict(p) for n, p in profiles.items()}, 'chains': chains})
print(json.dumps(out))
`;

const names = ['default', 'a', 'b', 'c', 'd'] as const;
const roleArn = (name: string) => `arn:aws:iam::210987654321:role/${name}-role`;

/** One profile: where its sections are and what they hold. */
const profileArbitrary = fc.record({
  keys: fc.constantFrom('none', 'credentials', 'config'),
  role: fc.boolean(),
  source: fc.constantFrom(...names, 'missing'),
  mfa: fc.boolean(),
  extra: fc.subarray([
    'duration_seconds = 7200',
    'external_id = ext-1',
    'role_session_name = me',
    'region = eu-west-1',
  ]),
});

const filesArbitrary = fc
  .dictionary(fc.constantFrom(...names), profileArbitrary, { minKeys: 1 })
  .map((profiles) => {
    let config = '';
    let credentials = '';
    for (const [name, p] of Object.entries(profiles)) {
      const keys = `aws_access_key_id = AKIA${name.toUpperCase().padEnd(16, 'X')}\naws_secret_access_key = secret-${name}\n`;
      const settings = [
        p.role ? `role_arn = ${roleArn(name)}\nsource_profile = ${p.source}\n` : '',
        p.mfa ? `mfa_serial = arn:aws:iam::123456789012:mfa/${name}\n` : '',
        ...p.extra.map((line) => `${line}\n`),
        p.keys === 'config' ? keys : '',
      ].join('');
      config += `[${name === 'default' ? 'default' : `profile ${name}`}]\n${settings}\n`;
      if (p.keys === 'credentials') credentials += `[${name}]\n${keys}\n`;
    }
    return { config, credentials };
  });

/** Our chain as botocore's steps: the roles from the top down, then the profile whose keys sign. */
function steps(link: SourceLink): Array<[string, string]> {
  if (link.kind === 'keys') return [['keys', link.profile.name]];
  if (link.kind === 'mfa-session') return [['keys', link.profile.name]];
  return [['role', link.profile.name], ...steps(link.source)];
}

// CI installs the AWS CLI (.ci/run); there a missing one fails instead of skipping.
describe.skipIf(!hasAwsCli && !process.env.CI)('profiles and role chains as botocore reads them', () => {
  it('agree on generated files with role chains', () => {
    const { path } = tempHome();
    const samples = fc.sample(filesArbitrary, { numRuns: 120, seed: 1103 });
    const files = samples.map((sample, i) => {
      writeFileSync(path(`config-${i}`), sample.config);
      writeFileSync(path(`credentials-${i}`), sample.credentials);
      return [path(`config-${i}`), path(`credentials-${i}`)];
    });
    const botocore = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', botocoreChains], {
        input: JSON.stringify(files),
        env: { PATH: '/usr/bin:/bin', PYTHONUTF8: '1' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as Array<{ profiles: Record<string, Record<string, string>>; chains: Record<string, unknown> }>;
    let roleChains = 0;
    samples.forEach((sample, i) => {
      const ours = readAwsProfiles({
        env: { HOME: path('.'), AWS_CONFIG_FILE: files[i]![0], AWS_SHARED_CREDENTIALS_FILE: files[i]![1] },
      });
      const theirs = botocore[i]!;
      expect({
        sample,
        profiles: Object.fromEntries([...ours.profiles].map(([n, p]) => [n, p.settings])),
      }).toEqual({
        sample,
        profiles: theirs.profiles,
      });
      const chains: Record<string, unknown> = {};
      for (const [name, profile] of ours.profiles) {
        if (profile.roleArn === undefined) continue;
        try {
          chains[name] = steps(resolveCredentialChain(profile, ours.profiles));
          roleChains += 1;
        } catch {
          chains[name] = 'refused';
        }
      }
      expect({ sample, chains }).toEqual({ sample, chains: theirs.chains });
    });
    // The generator reaches real chains, not only refusals.
    expect(roleChains).toBeGreaterThan(50);
  });
});
