import { defineMessages } from '../defineMessages.js';

/** Session lengths (parseDuration; also on the fast path). */
export const durationText = defineMessages('duration', {
  notADuration: (p: { source: string; value: string }) => `${p.source} ${p.value} is not a duration.`,
  notADurationHint: 'use seconds (3600) or units: 1h, 90m, 1h30m',
  outOfRange: (p: { source: string; value: string; seconds: number; role: boolean }) =>
    `${p.source} ${p.value} is ${p.seconds} s, outside AWS's range for ${p.role ? 'role sessions (900 s to 12 h)' : 'MFA sessions (900 s to 36 h)'}.`,
  outOfRangeHint: (p: { hours: number }) => `pick a duration from 15m to ${p.hours}h; awsmfa defaults to 1h`,
  sessionDurationOf: (p: { profile: string }) => `awsmfa_session_duration of profile ${p.profile}`,
  durationSecondsOf: (p: { profile: string }) => `duration_seconds of profile ${p.profile}`,
  theDefault: 'the default of 1 h',
});
