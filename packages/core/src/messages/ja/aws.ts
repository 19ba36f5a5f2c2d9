import type { Translation } from '../defineMessages.js';
import type { awsText } from '../en/aws.js';

const at = (endpoint: string | undefined) => (endpoint ? `（${endpoint}）` : '');
const from = (source: string | undefined) => (source ? `（${source}）` : '');

export const aws: Translation<typeof awsText> = {
  call: (p) => (p.operation ? `プロファイル ${p.profile} の ${p.operation}` : `プロファイル ${p.profile}`),
  theMfaDevice: 'MFA デバイス',
  badHeaderCharacter: (p) =>
    `${p.call}: ${p.header}に HTTP ヘッダーに使えない文字（ASCII 以外か制御文字）が含まれます。`,
  aHeader: 'ヘッダー',
  badHeaderCharacterHint:
    'プロファイルのアクセスキー ID、セッショントークン、リージョンを確認してください（使えるのは英数字と - のみ）',
  notHttpEndpoint: (p) => `${p.call}: エンドポイントが http(s) の URL ではありません。`,
  notHttpEndpointHint:
    '--endpoint-url / AWS_ENDPOINT_URL を確認してください（http://ホスト:ポート または https://ホスト）',
  timedOut: (p) => `${p.call} がタイムアウトしました${at(p.endpoint)}。`,
  timedOutHint:
    'ネットワークかエンドポイントを確認してから再実行してください（タイムアウトの設定: AWSMFA_CONNECT_TIMEOUT_MS、AWSMFA_REQUEST_TIMEOUT_MS）',
  unreachable: (p) => `${p.call} のために ${p.endpoint ?? 'AWS'} に接続できません（${p.code}）。`,
  unreachableEndpointHint:
    '--endpoint-url / AWS_ENDPOINT_URL と、そのエンドポイントが動いていることを確認してください',
  unreachableAwsHint: 'ネットワーク接続とプロキシの設定を確認してください',
  codeRejected: (p) => `${p.serial}${from(p.serialSource)} の MFA コードが AWS に拒否されました。`,
  codeRejectedHint:
    'そのデバイスの現在のコードを入力してください。各コードは 1 回しか使えないので、使用済みなら次のコードを待ってください。失敗が続くときは、デバイスとこのコンピューターの時計を確認してください',
  serialIsUserArn: (p) =>
    `mfa_serial ${p.serial}${from(p.serialSource)} はユーザーの ARN で、MFA デバイスの ARN ではありません。`,
  serialIsUserArnHint: (p) =>
    `mfa_serial にデバイスの ARN（通常は ${p.fixed}）を設定してください（awsmfa device list --profile ${p.profile} で確認できます）`,
  cannotValidate: (p) =>
    `AWS が ${p.serial}${from(p.serialSource)} のコードを検証できません: デバイスが存在しないか、有効化されていないか、このユーザーに関連付けられていません。`,
  cannotValidateHint: (p) =>
    `mfa_serial を確認するか、デバイスを登録してください: awsmfa enroll --profile ${p.profile}`,
  needsSerialAndCode: (p) => `${p.call}: AWS には MFA デバイスのシリアル番号とコードの両方が必要です。`,
  needsSerialAndCodeHint: 'プロファイルに mfa_serial を設定してください',
  authenticationCodesRejected: (p) => `${p.serial} の認証コードが AWS に拒否されました。`,
  authenticationCodesRejectedHint:
    '連続する 2 つのコードを、それぞれ表示されたらすぐに入力してください。スマートフォンの時計も確認してください',
  sessionCredentials: (p) =>
    `プロファイル ${p.profile} はセッションの認証情報${p.key ? `（キー ${p.key}）` : ''}で署名していますが、AWS が MFA セッションを発行するのは長期的なアクセスキー（AKIA…）に対してだけです。`,
  sessionCredentialsHint:
    'プロファイルに長期的なアクセスキーを設定してください。このシェルに AWS_ACCESS_KEY_ID/AWS_SESSION_TOKEN（ASIA…）が設定されていれば削除してください: eval "$(awsmfa env --unset)"',
  sessionExpired: (p) => `プロファイル ${p.profile} のセッションの認証情報は期限切れです。`,
  sessionExpiredHint: (p) =>
    `新しいセッションを取得してください: awsmfa env --profile ${p.profile} --refresh`,
  clockSkew: (p) =>
    `${p.call} のリクエスト時刻が AWS に拒否されました: このコンピューターの時計がずれています。`,
  clockSkewHint: '時計を同期してください（timedatectl set-ntp true、または OS の日時設定）',
  credentialsRejected: (p) =>
    `プロファイル ${p.profile} の認証情報${p.key ? `（キー ${p.key}）` : ''}が AWS に拒否されました: ${
      p.secretMismatch
        ? 'シークレットアクセスキーがアクセスキーと一致しません'
        : 'アクセスキーが存在しないか、削除されたか、無効になっています'
    }。`,
  credentialsRejectedHint: (p) =>
    `有効なアクセスキーを取り込んでください: awsmfa import --profile ${p.profile} <file.csv>`,
  regionDisabled: (p) => `${p.call}: このリージョンでは STS が有効になっていません。`,
  regionDisabledHint:
    '--region us-east-1 を使うか、IAM のアカウント設定でこのリージョンの STS を有効にしてください',
  accessDenied: (p) => `${p.call} のアクセスが拒否されました: ${p.message}`,
  accessDeniedHint:
    'ポリシーがこのリクエストを拒否しています。管理者に相談するか、先に MFA セッションを取得してください: awsmfa env',
  awsSays: (p) => `${p.call}: ${p.message}`,
  requestRefused: (p) => `${p.call} のリクエストが AWS に拒否されました: ${p.message}`,
  throttledMfa: (p) =>
    `再試行しても ${p.call} が AWS にスロットリングされました${at(p.endpoint)}。AWS は間違ったコードが続くと MFA デバイス（${p.serial}）をスロットリングします。`,
  throttledMfaHint:
    '数分待ってから、現在のコードを 1 回だけ入力してください。間違ったコードはすべてスロットリングの回数に数えられます',
  throttled: (p) => `再試行しても ${p.call} が AWS にスロットリングされました${at(p.endpoint)}。`,
  throttledHint: '1 分ほど待ってから再実行してください',
  serviceFailing: (p) =>
    `再試行しても ${p.call} で AWS のエラーが続きました${at(p.endpoint)}（HTTP ${p.status}）。`,
  serviceFailingHint: '時間をおいて再実行してください。AWS の稼働状況: https://health.aws.amazon.com',
  serviceRefused: (p) => `${p.call} が AWS に拒否されました（${p.name}、HTTP ${p.status}）: ${p.message}`,
  unexpected: (p) => `${p.call} の実行中に予期しないエラーが発生しました: ${p.message}`,
  unexpectedHint: '--debug を付けて再実行し、結果を報告してください',
  codeReused: (p) => `${p.serial} の MFA コードは使用済みです。AWS は各コードを 1 回しか受け付けません。`,
  codeReusedHint: '次のコードを待ってから（新しいコードは 30 秒ごとに表示されます）再実行してください',
  profileWho: (p) => `プロファイル ${p.profile}`,
  notAllowed: (p) =>
    `${p.who} には ${p.resource ? `${p.resource} に対する ` : ''}${p.action} の呼び出しが許可されていません${p.explicit ? '（明示的な Deny が適用されています）' : ''}。`,
  explicitDenyHint: (p) =>
    `ポリシーが MFA なしの ${p.action} を拒否しています。許可するか代わりに実行するよう管理者に依頼してください`,
  notAllowedHint: (p) =>
    `ユーザーの IAM ポリシーで ${p.resource ? `${p.resource} に対する ` : ''}${p.action} を許可する必要があります。管理者に依頼してください（AWS のポリシー例「IAM: IAM ユーザーに MFA デバイスの自己管理を許可する」に含まれています）`,
};
