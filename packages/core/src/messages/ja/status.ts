import type { Translation } from '../defineMessages.js';
import type { statusText } from '../en/status.js';

const via = {
  session: 'セッション',
  'source session': 'ソースのセッション',
  'long-term keys': '長期的なアクセスキー',
};

export const status: Translation<typeof statusText> = {
  describe:
    'ID、キャッシュされたセッション（ユーザー → MFA セッション → ロール）、このシェルのセッション、デバイス、ネットワーク、時計を表示します',
  json: 'JSON で出力する',
  exampleShell: 'このシェルのセッションを表示',
  exampleRole: 'ロールのプロファイル: ユーザー → MFA セッション → ロールとそれぞれの期限',
  epilogue:
    '--profile（または AWS_PROFILE）がなければ、このシェルが持つセッションのプロファイル（awsmfa env が設定する AWSMFA_PROFILE）を表示します。',
  rowProfile: 'プロファイル',
  rowIdentity: 'ID',
  rowChain: '経路',
  rowMfaDevice: 'MFA デバイス',
  rowSession: 'セッション',
  rowShell: 'シェル',
  rowNetwork: 'ネットワーク',
  rowClock: '時計',
  identity: (p) => `${p.arn}（アカウント ${p.account}、${via[p.via] ?? p.via}で確認）`,
  unknownIdentity: (p) => `不明: ${p.error}`,
  noDevice: 'なし（awsmfa enroll）',
  session: (p) => `${p.key}、期限 ${p.expiration}（残り ${p.left}）`,
  noneCached: 'キャッシュなし',
  ofProfile: (p) => `プロファイル ${p.profile}`,
  ofOtherProfile: (p) => `プロファイル ${p.profile}（${p.current} ではありません）`,
  shellLongTermKeys: (p) => `${p.whose} の長期的なアクセスキーを使用中（信頼されたネットワーク）`,
  shellExpired: (p) =>
    `${p.whose} の期限切れのセッション（${p.key}）を保持。更新してください: eval "$(awsmfa env)"`,
  shellSession: (p) =>
    `${p.whose} のセッション（${p.key}${p.expiration ? `、期限 ${p.expiration}、残り ${p.left}` : ''}）を保持`,
  noTrustedIps: '信頼された IP は未設定（awsmfa_trusted_ips）',
  trusted: (p) => `信頼されています: ${p.ip} は ${p.cidr} の範囲内。MFA は不要`,
  notTrusted: (p) => `信頼されていません: ${p.ip} は ${p.cidrs.join('、')} の範囲外`,
  networkUnknown: (p) => `不明（${p.error}）。MFA を使います`,
  notMeasured: '未測定',
  inSync: (p) => `AWS と一致（${p.seconds} 秒）`,
  keysStep: (p) => `${p.profile}（アクセスキー ${p.key}${p.store ? `、保存先 ${p.store}` : ''}）`,
  mfaStep: (p) => `MFA セッション（${p.left}）`,
  roleStep: (p) => `プロファイル ${p.profile} のロール ${p.role}（${p.left}）`,
  leftUntil: (p) => `残り ${p.left}、${p.until} まで`,
};
