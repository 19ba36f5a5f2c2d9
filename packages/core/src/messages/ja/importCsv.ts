import type { Translation } from '../defineMessages.js';
import type { importText } from '../en/importCsv.js';

export const import_: Translation<typeof importText> = {
  noAccessKeyId: 'にアクセスキー ID がありません',
  spacesAroundAccessKeyId: 'のアクセスキー ID の前後に空白があります',
  badAccessKeyId: (p) =>
    `のアクセスキー ID が、AKIA か ASIA と 16 文字の英大文字・数字の形ではありません（${p.length} 文字）`,
  noSecret: 'にシークレットアクセスキーがありません',
  spacesAroundSecret: 'のシークレットアクセスキーの前後に空白があります',
  badSecret: (p) => `のシークレットアクセスキーが 40 文字の base64 ではありません（${p.length} 文字）`,
  againOtherKeys: (p) =>
    `が、${p.row} 行目と異なるアクセスキーでプロファイル ${p.profile} をもう一度取り込もうとしています`,
  fieldCount: (p) => `の列の数が ${p.fields} で、ヘッダーの ${p.header} と合いません（引用符のないカンマ？）`,
  noUserName: 'にプロファイル名にする User name がありません（または --profile を指定）',
  badProfileName: (p) => `のプロファイル名 ${p.profile} ${p.problem}`,
  row: (p) => `${p.row} 行目${p.reason}`,
  skippedRow: (p) => `${p.row} 行目をスキップしました: その行${p.reason}。`,
  nothingImported: (p) => `${p.file} から何も取り込んでいません: ${p.rows.join('。')}。`,
  nothingImportedHint: 'それらの行を直すか、--skip-invalid を付けて残りを取り込んでください',
  noValidRow: (p) => `何も取り込んでいません: ${p.file} に有効な行がありません。`,
  rows: (p) => p.rows.join('。'),
  conflict: (p) =>
    `プロファイル ${p.profiles.join('、')} の別のアクセスキーが ${p.places.join('と')}にすでにあります。何も取り込んでいません。`,
  credentialsFile: 'credentials ファイル',
  conflictHint:
    '置き換えるなら --force、並べて取り込むなら --profile-prefix（または --profile）を指定してください',
  quoteNotClosed: '引用符で始まるフィールドが閉じていません',
  badClosingQuote: '閉じ引用符の後にカンマでも行末でもない文字があります',
  quoteInField: 'フィールドの途中で引用符が始まっています',
  csvHint: 'IAM コンソールの CSV はヘッダー行で始まります（例: Access key ID,Secret access key）',
  empty: (p) => `${p.file} は空です。`,
  headerOnly: (p) => `${p.file} にはヘッダー行だけで、アクセスキーの行がありません。`,
  headerOnlyHint:
    'IAM コンソール（セキュリティ認証情報 → アクセスキーを作成）から CSV をダウンロードし直してください',
  noUserNameColumn: (p) => `${p.file} に User name の列がないため、プロファイル名の指定が必要です。`,
  profileForOneRow: (p) =>
    `--profile は 1 つのプロファイルの名前ですが、${p.file} にはアクセスキーの行が ${p.rows} 行あります。`,
  profileForOneRowHint:
    '--profile を外すと各プロファイルは User name から名付けられます（必要なら --profile-prefix を追加）',
  notCsv: (p) => `${p.file} は正しい CSV ではありません${p.line ? `（${p.line} 行目）` : ''}: ${p.detail}。`,
  twoColumns: (p) => `${p.file} に ${p.column} の列が 2 つあります。`,
  noHeader: (p) => `${p.file} にヘッダー行がありません。最初の行がアクセスキーです。`,
  noHeaderHint: '列の名前を書いた行を先頭に追加してください: Access key ID,Secret access key',
  noColumn: (p) => `${p.file} に ${p.column} の列がありません。`,
  noStdin: 'ここでは標準入力（-）から CSV を読めません。',
  noFile: 'CSV ファイルが指定されていません。',
  noFileHint: '例: awsmfa import <file.csv>',
  isDirectory: (p) => `${p.path} はディレクトリーで、CSV ファイルではありません。`,
  nameTheFileHint: 'IAM コンソールからダウンロードした .csv ファイルを指定してください',
  tooLarge: (p) => `${p.name} は 1 MiB を超えており、アクセスキーの CSV としては大きすぎます。`,
  nameTheCsvHint:
    'IAM コンソールからダウンロードした .csv ファイル（Access key ID と Secret access key の列があるもの）を指定してください',
  binary: (p) => `${p.name} はバイナリファイルで、CSV ではありません。`,
  notUtf8: (p) => `${p.name} は UTF-8 のテキストではないため、アクセスキーの CSV ではありません。`,
  describe: 'IAM コンソールの CSV からアクセスキーを credentials ファイルかキーストアに取り込みます',
  file: 'IAM コンソールでダウンロードした CSV。- は標準入力から読む。file://path も可',
  profile: '取り込み先のプロファイル（2 列のアクセスキー CSV では必須。デフォルト: その行の User name）',
  profilePrefix: 'すべてのプロファイル名の前に付ける文字列',
  force: '別のアクセスキーを持つプロファイルのアクセスキーを置き換える（変わるのはその 2 行だけ）',
  skipInvalid: '何も取り込まない代わりに、有効な行だけを取り込んで残りを一覧する',
  store:
    'アクセスキーの保存先: file（~/.aws/credentials）、keyring（OS のキーリング）、encrypted-file（~/.aws/awsmfa/keys.enc）[デフォルト: そのプロファイルの awsmfa_key_store、なければ file]',
  json: '結果を標準出力に JSON で出力する',
  exampleConsole: 'コンソールの CSV: User name ごとに 1 つのプロファイル',
  exampleTwoColumns: '2 列のアクセスキーのダウンロードを [dev] に',
  examplePrefix: 'プロファイル work-alice、work-bob、…',
  exampleKeyring: 'ディスクではなく OS のキーリングに',
  exampleStdin: '標準入力から CSV を読む',
  exampleForce: 'ローテーション: [dev] のアクセスキーを置き換える',
  epilogue:
    '~/.aws/credentials（または AWS_SHARED_CREDENTIALS_FILE）の [PROFILE] に aws_access_key_id と aws_secret_access_key だけを書き込み、' +
    'ほかのバイトはそのまま残します。--store keyring か encrypted-file ではアクセスキーをそちらに保存し（ほかを変更する前に読み戻して確認）、' +
    '~/.aws/config に awsmfa_key_store と awsmfa_access_key_id を書き、そのプロファイルの平文のアクセスキーを削除します。' +
    'シークレットは表示しません。README.ja.md「アクセスキーの保存場所」を参照してください。',
  imported: (p) => `${p.count} 個のプロファイルを ${p.where} に取り込みました:`,
  nothingToChange: (p) => `${p.where} に変更はありません:`,
  added: '追加',
  keysReplaced: 'アクセスキーを置き換え',
  alreadyHasKeys: '同じアクセスキーを保存済み',
  theirStores: 'それぞれの保存先',
  osKeyring: 'OS のキーリング',
  encryptedFile: '暗号化されたキーファイル',
  next: '次に:',
  nextForEach: '次に、プロファイルごとに:',
};
