import type { Translation } from '../defineMessages.js';
import type { chainText } from '../en/chain.js';

export const chain: Translation<typeof chainText> = {
  noMfaSerial: (p) => `プロファイル ${p.profile} に mfa_serial がありません。`,
  runEnrollHint: (p) => `MFA デバイスを登録してください: awsmfa enroll --profile ${p.profile}`,
  credentialSource: (p) =>
    `プロファイル ${p.profile} は credential_source = ${p.source} から認証情報を得ますが、awsmfa はこれに対応していません。`,
  credentialSourceHint: (p) =>
    `[profile ${p.profile}] に source_profile = <IAM ユーザーのアクセスキーを持つプロファイル> を書くか、AWS CLI を直接 --profile ${p.profile} で呼び出してください`,
  notARoleArn: (p) => `プロファイル ${p.profile} の role_arn はロールの ARN ではありません: ${p.arn}。`,
  notARoleArnHint: 'ロールの ARN は arn:aws:iam::123456789012:role/NAME の形です',
  noSourceProfile: (p) => `プロファイル ${p.profile} に role_arn はありますが、source_profile がありません。`,
  noSourceProfileHint: (p) =>
    `[profile ${p.profile}] に source_profile = <IAM ユーザーのアクセスキーを持つプロファイル> を追加してください`,
  circle: (p) => `source_profile の設定が循環しています: ${p.path.join(' → ')}。`,
  circleHint: (p) =>
    `プロファイル ${p.profile} の source_profile を、IAM ユーザーのアクセスキーを持つプロファイルに向けてください`,
  sourceMissing: (p) =>
    `プロファイル ${p.profile} の source_profile ${p.source} はプロファイルとして存在しません。`,
  sourceMissingHint: (p) =>
    `ユーザーのアクセスキーを取り込んでください: awsmfa import <file.csv> --profile ${p.source}`,
  sessionCredentials: (p) =>
    `プロファイル ${p.profile} にあるのはセッションの認証情報（${p.key}）です。MFA セッションは長期的なアクセスキー（AKIA…）にしか発行されません。`,
  sessionCredentialsHint: (p) =>
    `credentials ファイルの [${p.profile}] にユーザーの長期的なアクセスキーを設定してください`,
};
