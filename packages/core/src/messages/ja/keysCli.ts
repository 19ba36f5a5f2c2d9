import type { Translation } from '../defineMessages.js';
import type { keysCliText } from '../en/keysCli.js';

export const keysCli: Translation<typeof keysCliText> = {
  describe:
    '長期的なアクセスキーの保存場所の管理（一覧、OS のキーリングや暗号化ファイルへの移動、削除）とローテーション',
  nameASubcommand: 'サブコマンドを指定してください: list、move、remove、rotate。',
  exampleList: '各プロファイルのアクセスキーの保存場所',
  exampleMove: '~/.aws/credentials から OS のキーリングへ移す',
  exampleEncrypted: 'キーリングのないサーバー',
  exampleRotate: '古いアクセスキーを新しいものに置き換える',
  epilogue:
    'ストアのアクセスキーはリクエストに必要なときだけ開きます。キャッシュされたセッションではストアに触れません。' +
    'AWS CLI はストアを読めません。aws --profile には awsmfa setup-credential-process --profile NAME を使ってください。' +
    'README.ja.md「アクセスキーの保存場所」を参照してください。',
  listDescribe: '各プロファイルの長期的なアクセスキーの保存場所（file、keyring、encrypted-file）を表示します',
  listJson: '一覧を標準出力に JSON で出力する',
  listExample: 'プロファイルごとに 1 行: 保存場所とアクセスキー ID',
  listEpilogue:
    '~/.aws/config と ~/.aws/credentials だけを読みます。キーリングのロック解除もパスフレーズの入力もありません。',
  noProfiles:
    'プロファイルはまだありません。アクセスキーを取り込んでください: awsmfa import <file.csv> --store keyring',
  headingProfile: 'プロファイル',
  headingKeysIn: '保存場所',
  headingAccessKeyId: 'アクセスキー ID',
  plaintextCopy: (p) =>
    `プロファイル ${p.profile} のアクセスキーは ${p.store} にありますが、~/.aws/credentials にまだ平文のアクセスキーが残っています: awsmfa keys move --profile ${p.profile} --to ${p.store} で削除できます。`,
  plaintextAdvice:
    'file のアクセスキーは平文です: awsmfa keys move --profile NAME --to keyring（または encrypted-file）で移せます。',
  invalidStore: '（awsmfa_key_store が無効）',
  fileSession: 'file（セッションの認証情報）',
  filePlaintext: 'file（平文）',
  storeWithCopy: (p) => `${p.store}（+ 平文のコピー）`,
  roleKeysOf: (p) => `（ロール: ${p.source} のアクセスキー）`,
  none: '（なし）',
  moveDescribe: 'プロファイルの長期的なアクセスキーを別のストア（keyring、encrypted-file、file）に移します',
  moveTo:
    '移動先: keyring（OS のキーリング）、encrypted-file（~/.aws/awsmfa/keys.enc）、file（~/.aws/credentials）',
  moveExampleKeyring: '平文から OS のキーリングへ',
  moveExampleEncrypted: 'キーリングのないサーバー。パスフレーズは環境変数から',
  moveExampleFile: '~/.aws/credentials（平文）に戻す',
  moveEpilogue:
    'アクセスキーを新しいストアに書き込んで読み戻し、ほかを変更する前に確認します。次に ~/.aws/config でプロファイルがそのストアを指すようにし' +
    '（awsmfa_key_store、awsmfa_access_key_id）、最後に古いコピーを削除します（~/.aws/credentials からはアクセスキーの 2 行だけを削除し、ほかのバイトは残します）。' +
    'AWS CLI はストアを読めないので awsmfa setup-credential-process を使ってください。',
  moved: (p) =>
    `プロファイル ${p.profile} のアクセスキー（${p.key}）を ${p.from} から ${p.to} に移しました。`,
  cleaned: (p) =>
    `プロファイル ${p.profile} のアクセスキーはすでに ${p.to} にあります。${p.file} の平文のコピーを削除しました。`,
  alreadyThere: (p) =>
    `プロファイル ${p.profile} のアクセスキーはすでに ${p.to} にあります。移すものはありません。`,
  cliCannotRead: (p) =>
    `AWS CLI は ${p.store} を読めません。aws --profile で使うには次を実行してください: awsmfa setup-credential-process --profile ${p.profile}`,
  removeDescribe:
    'プロファイルの長期的なアクセスキーをストアから削除します（IAM のアクセスキー自体は残ります）',
  removeStore: '削除元のストア [デフォルト: そのプロファイルのストア]',
  removeYes: '確認しない（スクリプト向け）',
  removeExample: 'dev のアクセスキーを削除（先に確認します）',
  removeExampleFile: '残った平文のコピーを削除',
  removeEpilogue:
    'アクセスキーを忘れるのはこのマシンだけです。IAM にはアクセスキーが残ります（IAM で削除するか、awsmfa keys rotate を使ってください）。' +
    'キャッシュされたセッションは期限まで残ります: awsmfa logout --profile NAME。',
  removeQuestion: (p) =>
    `プロファイル ${p.profile} のアクセスキーを ${p.location} から削除しますか？ 元には戻せません。`,
  noTerminalToConfirm: '何も削除していません: 確認するターミナルがなく、--yes も指定されていません。',
  rerunWithYesHint: (p) =>
    `--yes を付けて再実行してください: awsmfa keys remove --profile ${p.profile} --yes`,
  nothingRemoved: '何も削除していません。',
  removed: (p) => `プロファイル ${p.profile} のアクセスキーを ${p.location} から削除しました。`,
  rotateDescribe:
    'プロファイルのアクセスキーを新しいものに置き換えます（作成、保存、確認、古いものの無効化と削除）',
  rotateCode:
    '6 桁の MFA コード（有効な MFA セッションがキャッシュにない場合）[環境変数: AWSMFA_CODE。なければ mfa_process、なければ入力]',
  rotateJson: '結果を標準出力に JSON で出力する',
  rotateExample: 'dev の新しいアクセスキーを dev の保存場所に。古いアクセスキーは削除',
  rotateEpilogue:
    'MFA セッション（キャッシュにあるもの、またはコード）が必要です: awsmfa のポリシーでは、信頼された IP からでも、自分のアクセスキーの変更に MFA が必要です。' +
    'IAM が許すアクセスキーはユーザーあたり 2 個です。すでに 2 個あれば何も変更せず、削除すべきものをエラーで示します。' +
    '新しいアクセスキーの確認前に失敗したらすべて元に戻し、確認後に失敗したら、プロファイルは動作する新しいアクセスキーのままで、残りの作業を示します（終了コード 57）。',
  roleHasNoKey: (p) => `プロファイル ${p.profile} はロールのプロファイルで、自身のアクセスキーを持ちません。`,
  rotateSourceHint: (p) =>
    `そのソースのアクセスキーをローテーションしてください: awsmfa keys rotate --profile ${p.source}`,
  rotateHolderHint: 'IAM ユーザーのアクセスキーを持つプロファイルをローテーションしてください',
  nothingToRotate: (p) =>
    `プロファイル ${p.profile} にあるのはセッションの認証情報で、IAM ユーザーのアクセスキーではありません。ローテーションするものはありません。`,
  nothingToRotateHint: '長期的なアクセスキー（AKIA…）を持つプロファイルをローテーションしてください',
  rotated: (p) =>
    `プロファイル ${p.profile}（${p.user}）のアクセスキーをローテーションしました: ${p.old} を削除し、${p.key} を ${p.location} に保存して動作を確認しました。`,
};
