import type { Translation } from '../defineMessages.js';
import type { profilesCliText } from '../en/profilesCli.js';

export const profilesCli: Translation<typeof profilesCliText> = {
  profilesDescribe:
    'AWS のプロファイルを一覧します: 長期的なアクセスキー、リージョン、MFA デバイス、ロール、キャッシュされたセッション、信頼された IP',
  profilesJson: '標準出力に JSON の配列を出力する',
  profilesExample: 'プロファイルの一覧表',
  profilesExampleNoMfa: 'MFA のないプロファイル',
  profilesEpilogue:
    'アクセスキー: long-term（aws_access_key_id + シークレット）、session（aws_session_token あり）、awsmfa session of P（プロファイル P の awsmfa を実行する credential_process）、credential_process（ほかのプログラム）、-（なし）。' +
    'MFA: mfa_serial が設定済み（via P: その awsmfa の credential_process 経由）。ロール/ソース: role_arn とそれを引き受ける source_profile。' +
    'セッション: キャッシュされた MFA セッションまたはロールのセッションの残り時間。信頼された IP: awsmfa_trusted_ips。',
  headingProfile: 'プロファイル',
  headingKeys: 'アクセスキー',
  headingRegion: 'リージョン',
  headingMfa: 'MFA',
  headingRole: 'ロール/ソース',
  headingSession: 'セッション',
  headingTrustedIps: '信頼された IP',
  keysLongTerm: '長期',
  keysSession: 'セッション',
  keysAwsmfa: (p) => `${p.source} の awsmfa セッション`,
  keysProcess: 'credential_process',
  mfaYes: 'あり',
  via: (p) => `${p.source} 経由`,
  roleVia: (p) => `${p.role}（${p.source} 経由）`,
  minutesLeft: (p) => `残り ${p.minutes} 分`,
  noProfiles: (p) => `${p.config} にも ${p.credentials} にもプロファイルがありません。`,
  noProfilesNext: '次に: awsmfa import <file.csv>（IAM コンソールでダウンロードしたアクセスキーの CSV）',
  trustedIpDescribe:
    'このプロファイルで MFA が不要なネットワーク（CIDR）を一覧・設定します（awsmfa_trusted_ips）',
  setDescribe: 'プロファイルの信頼された IP をこれらで置き換える',
  addDescribe: 'このプロファイルで信頼するアドレスを追加する',
  removeDescribe: 'アドレスを信頼しないようにする（--all: すべて）',
  listDescribe: 'プロファイルの信頼された IP（awsmfa_trusted_ips）を 1 行に 1 つずつ出力します',
  listJson: 'JSON の配列で出力する',
  cidrs: 'アドレスまたは CIDR（IPv4 か IPv6）。空白かカンマで区切る',
  force: '0.0.0.0/0、::/0、ホスト部のビットが立った CIDR も受け付ける',
  all: '信頼された IP をすべて削除する',
  exampleSet: 'MFA ポリシーと同じオフィスのネットワーク',
  exampleList: '1 行に 1 つの CIDR',
  epilogue:
    'これらの CIDR に含まれるアドレスからは、awsmfa env/exec/credential-process がコードを尋ねずにプロファイルの長期的なアクセスキーを使います。' +
    '管理者の MFA ポリシーの信頼された IP（NotIpAddress のリスト。awsmfa admin setup が実行すべきコマンドを表示します）と一致させてください。' +
    'awsmfa は https://checkip.amazonaws.com/ で自分のアドレスを調べます。--endpoint-url / AWS_ENDPOINT_URL がサンドボックスを指すときはエンドポイント自身に尋ねます。',
  trustsNothing: (p) =>
    `プロファイル ${p.profile} が信頼するネットワークはありません: awsmfa はどこからでも MFA を求めます。`,
  trusts: (p) =>
    `プロファイル ${p.profile} は ${p.cidrs.join('、')} を信頼します: そこからは awsmfa が MFA なしで長期的なアクセスキーを使います。`,
  allAndAddresses: '--all か削除するアドレスのどちらか一方を指定してください。',
  nameAddresses: '削除するアドレスか --all を指定してください。',
  removeHint:
    '例: awsmfa trusted-ip remove --profile cli-user 203.0.113.0/24（awsmfa trusted-ip list で確認）',
  nothingToChange: (p) => `${p.file} に変更はありません。`,
  setting: (p) =>
    `${p.file} のプロファイル ${p.profile} の awsmfa_trusted_ips を${p.set ? '設定しました' : '削除しました'}。`,
  alreadyTrusted: (p) => `${p.cidr} はすでに信頼されています`,
  wasNotInList: (p) => `${p.cidr} はリストにありませんでした`,
};
