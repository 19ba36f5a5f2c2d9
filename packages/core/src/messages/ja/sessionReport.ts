import type { Translation } from '../defineMessages.js';
import type { sessionReportText } from '../en/sessionReport.js';

export const sessionReport: Translation<typeof sessionReportText> = {
  trustedNetwork: (p) =>
    `awsmfa: 信頼されたネットワークです（${p.ip} は ${p.cidr} の範囲内）。プロファイル ${p.profile} を MFA なしで使います。`,
  session: (p) =>
    `awsmfa: プロファイル ${p.profile}: ${p.role ? `ロール ${p.role} のセッション` : 'MFA セッション'}は ${p.until} まで有効です（残り ${p.left}）` +
    `${p.trustedIp ? `。信頼されたネットワークのため MFA なしで引き受けました（${p.trustedIp} は ${p.trustedCidr} の範囲内）` : ''}。`,
  hoursLeft: (p) => `${p.hours} 時間 ${p.minutes} 分`,
  minutesLeft: (p) => `${p.minutes} 分`,
  secondsLeft: (p) => `${p.seconds} 秒`,
};
