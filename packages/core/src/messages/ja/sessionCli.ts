import type { Translation } from '../defineMessages.js';
import type { sessionCliText } from '../en/sessionCli.js';

export const sessionCli: Translation<typeof sessionCliText> = {
  line: (p) => `awsmfa: ${p.text}`,
  trustedNetwork: (p) =>
    `信頼されたネットワークです（${p.ip} は ${p.cidr} の範囲内）。プロファイル ${p.profile} を MFA なしで使います。`,
  trustedRole: (p) =>
    `信頼されたネットワークです（${p.ip} は ${p.cidr} の範囲内）。プロファイル ${p.user} のアクセスキーで、MFA なしでプロファイル ${p.profile} のロールを引き受けました。`,
  soleDevice: (p) =>
    `プロファイル ${p.profile} に mfa_serial がないため、${p.user} の唯一の MFA デバイス ${p.serial} を使います（[profile ${p.profile}] に mfa_serial を設定すればこの確認を省けます）。`,
  askCode: (p) => `${p.serial} の MFA コード: `,
  nextCodeIn: (p) => `${p.reason}。次の MFA コードまであと ${p.seconds} 秒です。`,
  nextCodeCountdown: (p) => `${p.reason}。次の MFA コードまであと ${p.seconds} 秒…`,
  cancelledAtPrompt: 'MFA コードの入力で中止しました。何も変更していません。',
  cannotPrint: (p) => `${p.shell} 用に ${p.variable} を出力できません: ${p.error}`,
  cannotPrintHint: '--shell で別のシェルを選んでください',
  nameTheCommand: '実行するコマンドを指定してください。',
  nameTheCommandHint: '例: awsmfa exec --profile dev -- aws s3 ls',
  unsafeBatch: (p) =>
    `${p.value} をバッチファイル ${p.command} に安全に渡せません: cmd.exe が % や " を解釈してしまいます。`,
  unsafeBatchHint: 'バッチファイルが起動するプログラム（node とそのスクリプトなど）を直接実行してください',
  cannotRun: (p) => `${p.command} を実行できません: ${p.error ?? 'コマンドが見つかりません'}。`,
  cannotRunHint: 'コマンド名と PATH を確認してください',
  nameIsProfile: (p) =>
    `--name ${p.name} はプロファイル自身です。credential_process が自分自身を呼び出してしまいます。`,
  nameIsProfileHint: (p) => `別の名前を指定してください（例: --name ${p.profile}-mfa）`,
  profileHasKeys: (p) =>
    `プロファイル ${p.name} にはすでにアクセスキーがあります。AWS CLI は credential_process の代わりにそれを使ってしまいます。`,
  profileHasKeysHint: (p) => `別の --name を選ぶか、credentials ファイルから [${p.name}] を削除してください`,
  unquotable: (p) =>
    `${p.value} を credential_process の行に書き込めません: cmd.exe と AWS CLI が正しく読み戻せません（%、"、制御文字が含まれます）。`,
  unquotableHint: 'node と awsmfa を、それらの文字を含まないフォルダーにインストールしてください',
  wrote: (p) =>
    `${p.file} の [profile ${p.name}] を${p.changed ? '書き込みました' : '変更していません（同じ内容）'}`,
  useIt: '使い方:',
  anyProfile: 'すべてのプロファイル',
  ofProfile: (p) => `プロファイル ${p.profile}`,
  noCachedSession: (p) =>
    `${p.whose}${p.sources.length > 0 ? `とそのソース ${p.sources.join('、')}` : ''}にキャッシュされたセッションはありません。`,
  forgot: (p) =>
    `キャッシュされたセッションを ${p.count} 個削除しました（${p.whose}${p.sources.length > 0 ? `とそのソース ${p.sources.join('、')}` : ''}）。`,
  shellStillHolds: 'このシェルの環境変数にはまだセッションが残っています:',
};
