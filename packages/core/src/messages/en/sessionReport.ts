import { defineMessages } from '../defineMessages.js';

/** The one line `env` prints on stderr when it worked; also on the cache-hit fast path. */
export const sessionReportText = defineMessages('sessionReport', {
  trustedNetwork: (p: { profile: string; ip: string; cidr: string }) =>
    `awsmfa: Trusted network (${p.ip} is in ${p.cidr}): using profile ${p.profile} without MFA.`,
  session: (p: {
    profile: string;
    role: string | undefined;
    until: string;
    left: string;
    trustedIp: string | undefined;
    trustedCidr: string | undefined;
  }) =>
    `awsmfa: profile ${p.profile}: ${p.role ? `role ${p.role}` : 'MFA session'} until ${p.until} (${p.left} left)` +
    `${p.trustedIp ? `, assumed without MFA on a trusted network (${p.trustedIp} is in ${p.trustedCidr})` : ''}.`,
  hoursLeft: (p: { hours: number; minutes: number }) => `${p.hours} h ${p.minutes} min`,
  minutesLeft: (p: { minutes: number }) => `${p.minutes} min`,
  secondsLeft: (p: { seconds: number }) => `${p.seconds} s`,
});
