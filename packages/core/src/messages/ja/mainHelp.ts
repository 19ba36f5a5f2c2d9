import type { Translation } from '../defineMessages.js';
import type { mainHelpText } from '../en/mainHelp.js';

export const mainHelp: Translation<typeof mainHelpText> = {
  usage:
    'AWS CLI のための MFA: 仮想 MFA デバイスを登録し、6 桁のコードで一時的なセッションを取得して、シェルに設定します。',
  exampleImport: 'IAM コンソールでダウンロードしたアクセスキーの CSV を取り込む',
  exampleEnroll: '仮想 MFA デバイスを設定する: QR コードを読み取り、コードを 2 つ入力',
  exampleEnv: '1 時間有効な MFA セッションをこのシェルに設定する（bash/zsh）',
  exampleCredentialProcess: '`aws --profile cli-user-mfa …` が自分で MFA コードを尋ねるようにする',
  exampleHook: '~/.bashrc に: 期限が切れる前にプロンプトでセッションを更新する',
  exampleAdminSetup: '管理者向け: グループ、ユーザー、アクセスキー、MFA 必須のポリシーを一度に設定',
  exampleSandbox: 'AWS アカウントなしで、ローカルの IAM + STS エンドポイントを相手にすべてを試す',
  exampleCompletion: '~/.bashrc に: タブ補完（zsh、fish、pwsh も）',
  epilogue: '終了コードとドキュメント: https://github.com/awsmfa/awsmfa/blob/main/README.ja.md#終了コード',
  nameACommand: 'コマンドを指定してください。一覧は awsmfa --help で表示されます。',
  invalidUsage: '使い方が正しくありません。',
  optionsHeading: 'オプション（2 回指定すると後の値が有効）:',
  profileOption:
    '~/.aws/config と ~/.aws/credentials のプロファイル [環境変数: AWS_PROFILE、なければ AWSMFA_PROFILE（awsmfa env が設定）。デフォルト: default]',
  regionOption:
    'AWS リージョン [環境変数: AWS_REGION, AWS_DEFAULT_REGION。なければプロファイルの設定、なければ us-east-1]',
  endpointUrlOption:
    'IAM と STS（と Organizations）へのリクエストの送信先。例: サンドボックス [環境変数: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_ORGANIZATIONS]',
  debugOption: 'リクエストと判定を stderr に記録し（シークレットは伏せる）、スタックを表示します',
};
