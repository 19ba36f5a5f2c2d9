import { policyCliText } from '@awsmfa/core';
import { userText } from '../../userLanguage.js';

/**
 * What users run so that their side matches the policy's trusted IPs: awsmfa decides "no MFA
 * needed here" from the profile's `awsmfa_trusted_ips`, which nothing on the admin side can write.
 * One line per user (their profile is named after them, as `awsmfa import` names it), or one for
 * every user when none are named.
 *
 * @example userTrustHint(['203.0.113.0/24'], ['cli-user'])
 */
export function userTrustHint(trustedCidrs: readonly string[], userNames: readonly string[]): string {
  // Command lines, the same in every language.
  const command =
    trustedCidrs.length > 0
      ? (profile: string) => `  awsmfa trusted-ip set --profile ${profile} ${trustedCidrs.join(' ')}`
      : (profile: string) => `  awsmfa trusted-ip remove --profile ${profile} --all`;
  const what = userText(
    trustedCidrs.length > 0
      ? policyCliText.usersNoMfaFrom({ cidrs: trustedCidrs })
      : policyCliText.usersMfaEverywhere(),
  );
  const lines =
    userNames.length > 0 ? userNames.map(command) : [command(userText(policyCliText.theirProfile()))];
  return `${what}\n${lines.join('\n')}\n`;
}
