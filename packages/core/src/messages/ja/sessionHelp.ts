import type { Translation } from '../defineMessages.js';
import type { sessionHelpText } from '../en/sessionHelp.js';

export const sessionHelp: Translation<typeof sessionHelpText> = {
  code: '6 桁の MFA コード [環境変数: AWSMFA_CODE。なければ mfa_process、なければターミナルで入力]',
  duration:
    'セッションの長さ: 3600、1h、90m（15m～36h）[プロファイル: awsmfa_session_duration。デフォルトは aws-vault と同じ 1h、AWS 自体のデフォルトは 12h]',
  refresh: 'キャッシュに有効なセッションがあっても新しいセッションを取得する',
  mfa: '信頼されたネットワーク（awsmfa_trusted_ips）でも MFA セッションを取得する',
  envDescribe: 'MFA セッションを環境変数に設定するシェルのコードを出力します（eval "$(awsmfa env)"）',
  envShell:
    '出力するシェルまたは形式 [デフォルト: awsmfa を実行しているシェル（npm/pnpm/npx の先まで調べる）、なければ $SHELL]',
  envUnset: 'セッションの環境変数を削除するコードを出力する',
  envQuiet: '成功したときの標準エラー出力の 1 行（プロファイル、期限、残り時間）を出さない',
  envExampleBash: 'bash/zsh: このシェルにセッションを設定',
  envExampleFish: 'fish の場合',
  envExamplePwsh: 'PowerShell の場合',
  envExampleRole: 'ロールのプロファイル（role_arn + source_profile）: そのロールのセッション',
  envExampleUnset: 'セッションを削除する',
  envEpilogue:
    '成功すると env は標準エラー出力に 1 行（プロファイル、現地時刻での期限、残り時間）を出します（--quiet で省略）。' +
    '--profile がなければ AWS_PROFILE、次に AWSMFA_PROFILE（このシェルが持つセッション）、最後に default を使います。',
  execDescribe: 'MFA セッションを環境変数に入れてコマンドを実行します: awsmfa exec -- CMD ARGS…',
  execExample: 'セッション付きでコマンドを 1 つ実行',
  execExampleRole: 'ロールのプロファイル: ロールのセッションで実行',
  credentialProcessDescribe:
    'MFA セッションを credential_process 用の JSON で出力します（setup-credential-process を参照）',
  setupDescribe: 'credential_process で MFA セッションを取得するプロファイル（P-mfa）を追加します',
  setupName: '新しいプロファイルの名前 [デフォルト: <profile>-mfa]',
  setupExample: 'その後: aws --profile dev-mfa s3 ls',
  setupExampleRole: 'ロールのプロファイル: aws --profile prod-mfa …',
  logoutDescribe: 'プロファイルのキャッシュされたセッションを削除します（--all ですべて）',
  logoutAll: 'すべてのプロファイルのセッションを削除する',
  logoutSource:
    'ロールのプロファイルの場合、その下のセッション（ソースプロファイルの MFA セッション、下位のロール）も削除する',
  logoutExampleRole: 'prod のロールのセッションを削除。ソースの MFA セッションは残る',
  logoutExampleSource: 'その下の MFA セッションも削除',
  logoutExampleAll: 'キャッシュされたセッションをすべて削除',
};
