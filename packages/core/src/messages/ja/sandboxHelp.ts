import type { Translation } from '../defineMessages.js';
import type { sandboxHelpText } from '../en/sandboxHelp.js';

export const sandboxHelp: Translation<typeof sandboxHelpText> = {
  ignoresGlobalOptions:
    'サンドボックス自身がエンドポイントで、専用の管理者アクセスキーとリージョンを持ちます',
  describe: 'ローカルの IAM + STS エンドポイントを起動し、AWS アカウントなしで MFA ポリシーを試します',
  port: '待ち受ける TCP ポート（--host も参照）。0 なら空いているポートを選びます',
  host: '待ち受けるアドレス',
  state: 'ユーザー、アクセスキー、MFA デバイスをこの JSON ファイル（0600）に保存し、再起動後も使います',
  json: '{endpoint, accountId, region, accessKeyId, secretAccessKey} を 1 行の JSON として stdout に出力します',
  users:
    '生成した IAM ユーザーをこの人数だけ追加します（MFA ポリシー付きのグループ MyUsers、各 1 つのアクセスキー、大半は MFA デバイスあり）。大規模な admin audit を試すためのものです',
  accounts:
    'この数のアカウントからなる AWS Organizations の組織を作ります（このアカウントが管理アカウント）。各メンバーは独自の IAM とロール OrganizationAccountAccessRole を持ち、--users はすべてのアカウントに適用されます',
  log: 'リクエストごとに 1 行をこのファイル（0600）に追記します。--debug なら stderr に出力します',
  exampleStart: '起動して、管理者アクセスキーの export 行を表示する',
  exampleDebug: '各リクエストも記録する: 時刻、送信元、呼び出し元、アクション、判定、ステータス',
  exampleJson: '空いているポートで起動し、接続情報を機械可読な形で出力する',
  exampleUsers: 'awsmfa admin audit 用に、ユーザー 10,000 人のアカウントを作る',
  exampleAccounts: 'awsmfa admin audit --org 用に、ユーザー 50 人ずつのアカウント 3 つからなる組織を作る',
  epilogue:
    'サンドボックスは AWS のクエリプロトコルと SigV4 を話し、TOTP コードを検証し、IAM ポリシーを評価します。Ctrl-C か SIGTERM まで動き続けます。--state を指定すると、変更のたびに状態を保存します。',
  badPort: (p) => `ポート ${p.port} は TCP ポートではありません。`,
  badPortHint: '空いているポートを使うには --port 0 を指定してください',
  badUsers: (p) => `--users ${p.users} は 0 から 100000 までの数ではありません。`,
  badUsersHint: '例: --users 1000',
  badAccounts: (p) => `--accounts ${p.accounts} は 1 から 100 までの数ではありません。`,
  badAccountsHint: '例: --accounts 3（管理アカウントとメンバー 2 つ）',
  portInUse: (p) => `${p.host} のポート ${p.port} は使用中です。`,
  portInUseHint:
    '空いているポートを使うには --port 0 を指定するか、もう一方のサンドボックスを停止してください',
  cannotListen: (p) => `${p.address} で待ち受けできません: ${p.reason}`,
  cannotListenHint: '別の --host か --port を指定してください',
  badStateFile: (p) => `サンドボックスの状態ファイル ${p.path} を使えません: ${p.reason}`,
  badStateFileHint: 'ファイルを修正するか削除するか、別の --state を指定してください',
  cannotLog: (p) => `サンドボックスのログ ${p.path} に書き込めません: ${p.reason}`,
  cannotLogHint: '--log には、書き込める既存のフォルダー内のファイルを指定してください',
  listening: (p) => `awsmfa sandbox は ${p.endpoint} で待ち受けています。Ctrl-C で停止します。`,
  listeningWithState: (p) =>
    `awsmfa sandbox は ${p.endpoint} で待ち受けています。状態は ${p.path} にあります。Ctrl-C で停止します。`,
  stopped: 'awsmfa sandbox を停止しました。',
  stoppedWithState: (p) => `awsmfa sandbox を停止しました。状態を ${p.path} に保存しました。`,
};
