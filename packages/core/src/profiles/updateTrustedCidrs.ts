import { profilesCliText } from '../messages/en/profilesCli.js';
import type { Message } from '../messages/message.js';
import { validateTrustedCidr } from '../policy/cidr.js';
import { findProfile, readAwsProfiles } from './loadProfile.js';
import { updateProfile } from './updateProfile.js';

/** The profile setting that mirrors the policy's `NotIpAddress` list on the user's side. */
export const trustedIpsKey = 'awsmfa_trusted_ips';

/** One change to a profile's trusted CIDRs: replace the list, add to it, or remove from it. */
export type TrustedCidrsChange =
  | { set: readonly string[] }
  | { add: readonly string[] }
  | { remove: readonly string[] }
  | { clear: true };

export interface UpdateTrustedCidrsOptions {
  env: Readonly<Record<string, string | undefined>>;
  home?: string;
  profile: string;
  change: TrustedCidrsChange;
  /** Accept what validateTrustedCidr refuses (`0.0.0.0/0`, host bits set), as the admin side's `--force`. */
  force?: boolean;
}

export interface UpdateTrustedCidrsResult {
  before: string[];
  after: string[];
  /** The config file written (or that would have been, when nothing changed). */
  file: string;
  changed: boolean;
  /** Things worth saying: an address to remove that was not in the list, one added twice. */
  notes: Message[];
}

/**
 * Sets, adds to or removes from a profile's `awsmfa_trusted_ips` (the CIDRs from which awsmfa
 * uses the long-term keys without MFA), validated and written canonically as the admin side does
 * (`policy trusted-ip`). The value goes into the profile's own section of the config file, changing
 * only that line; a copy in the credentials file, which would win over it, is removed. An empty
 * list removes the setting. PROFILE_NOT_FOUND when neither file has the profile; INVALID_INPUT for
 * a bad CIDR, before anything is written.
 *
 * @example await updateTrustedCidrs({ env: process.env, profile: 'dev', change: { add: ['203.0.113.0/24'] } })
 */
export async function updateTrustedCidrs(
  options: UpdateTrustedCidrsOptions,
): Promise<UpdateTrustedCidrsResult> {
  const all = readAwsProfiles(options);
  const profile = findProfile(all, options.profile);
  const before = profile.trustedCidrs.map(canonical);
  const { change } = options;
  const notes: Message[] = [];
  const given = (list: readonly string[]) =>
    list.map((text) => validateTrustedCidr(text, { force: options.force }));
  let after: string[];
  if ('set' in change) after = unique(given(change.set));
  else if ('add' in change) {
    after = [...before];
    for (const cidr of given(change.add)) {
      if (after.includes(cidr)) notes.push(profilesCliText.alreadyTrusted({ cidr }));
      else after.push(cidr);
    }
  } else if ('remove' in change) {
    // Removing needs no --force: taking 0.0.0.0/0 out of the list is always welcome.
    const gone = unique(change.remove.map((text) => validateTrustedCidr(text, { force: true })));
    for (const cidr of gone) if (!before.includes(cidr)) notes.push(profilesCliText.wasNotInList({ cidr }));
    after = before.filter((cidr) => !gone.includes(cidr));
  } else after = [];

  const value = after.join(', ');
  const config = await updateProfile({
    env: options.env,
    home: options.home,
    file: 'config',
    profile: profile.name,
    ...(after.length > 0 ? { set: { [trustedIpsKey]: value } } : { unset: [trustedIpsKey] }),
  });
  const credentials = await updateProfile({
    env: options.env,
    home: options.home,
    file: 'credentials',
    profile: profile.name,
    unset: [trustedIpsKey],
  });
  return { before, after, file: config.file, changed: config.changed || credentials.changed, notes };
}

/** A list entry as validateTrustedCidr writes it; a hand-written entry it cannot read stays as it is. */
function canonical(text: string): string {
  try {
    return validateTrustedCidr(text, { force: true });
  } catch {
    return text;
  }
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
