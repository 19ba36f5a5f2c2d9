import type { Translation } from '../defineMessages.js';
import type { durationText } from '../en/duration.js';

export const duration: Translation<typeof durationText> = {
  notADuration: (p) => `${p.source} の値 ${p.value} は期間として読めません。`,
  notADurationHint: '秒数（3600）か単位付き（1h、90m、1h30m）で指定してください',
  outOfRange: (p) =>
    `${p.source} の値 ${p.value} は ${p.seconds} 秒で、AWS が${p.role ? 'ロールのセッションに許す範囲（900 秒～12 時間）' : ' MFA セッションに許す範囲（900 秒～36 時間）'}の外です。`,
  outOfRangeHint: (p) => `15m から ${p.hours}h の間で指定してください。awsmfa のデフォルトは 1h です`,
  sessionDurationOf: (p) => `プロファイル ${p.profile} の awsmfa_session_duration`,
  durationSecondsOf: (p) => `プロファイル ${p.profile} の duration_seconds`,
  theDefault: 'デフォルトの 1 時間',
};
