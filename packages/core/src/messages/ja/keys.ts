import type { Translation } from '../defineMessages.js';
import type { keysText } from '../en/keys.js';

const trimmed = (text: string) => text.replace(/[。.]$/, '');

export const keys: Translation<typeof keysText> = {
  osKeyringLocation: (p) => `OS のキーリング（サービス ${p.service}）`,
  keyringEntry: (p) => `キーリングの項目 ${p.service}/${p.profile}`,
  profileInFile: (p) => `${p.path} のプロファイル ${p.profile}`,
  notAwsmfaFormat: (p) => `${p.where} に awsmfa の形式のアクセスキーがありません。`,
  notAwsmfaFormatHint:
    'もう一度アクセスキーを保存するか（awsmfa import <file.csv> --profile NAME --store …）、その項目を削除してください',
  emptyPassphrase: (p) => `空のパスフレーズでは ${p.path} を保護できません。`,
  emptyPassphraseHint:
    'パスフレーズを決めてください（いくつかの単語を並べると入力しやすく推測されにくくなります）',
  wrongPassphrase: (p) => `このパスフレーズでは ${p.path} を開けません。何も変更していません。`,
  wrongPassphraseHint:
    'もう一度入力してください（スクリプトでは AWSMFA_FILE_PASSPHRASE）。ほかの誰かが書き換えたファイルも同じように失敗します',
  notKeyFile: (p) => `${p.path} は awsmfa の暗号化されたキーファイルではありません（${p.problem}）。`,
  notKeyFileHint: 'バックアップから戻すか、ファイルを移動してアクセスキーを取り込み直してください',
  notJson: 'JSON ではありません',
  unknownFormat: '不明な形式です',
  unknownVersion: (p) => `バージョン ${p.version} は不明です`,
  costOutOfRange: 'scrypt のコストが範囲外です',
  damaged: '壊れています',
  sessionCredentials: (p) =>
    `プロファイル ${p.profile} にあるのはセッションの認証情報（${p.key}）で、IAM ユーザーの長期的なアクセスキーではありません。`,
  sessionCredentialsHint: (p) =>
    `ユーザーのアクセスキーの CSV を取り込んでください: awsmfa import <file.csv> --profile ${p.profile} --force`,
  twoKeys: (p) =>
    `プロファイル ${p.profile} はアクセスキー ${p.key} を ${p.location} に保存していますが、credentials ファイルには別のアクセスキー（${p.other}）があります。何も変更していません。`,
  twoKeysHint: (p) =>
    `使っているほうを残してください: awsmfa keys remove --profile ${p.profile} --store file で平文のほうを削除します`,
  roleProfile: (p) => `プロファイル ${p.profile} はロールのプロファイルで、自身のアクセスキーを持ちません。`,
  roleProfileHint: (p) =>
    `そのアクセスキーはプロファイル ${p.source} のものです: --profile ${p.source} を使ってください`,
  nameTheHolderHint: 'アクセスキーを持つプロファイルを指定してください',
  noKeyIn: (p) => `プロファイル ${p.profile} のアクセスキーが ${p.location} にありません。`,
  noKeyInHint: (p) =>
    `IAM ユーザーのアクセスキーを取り込んでください: awsmfa import <file.csv> --profile ${p.profile}`,
  storeHasNone: (p) =>
    `プロファイル ${p.profile} はアクセスキーを ${p.location} に保存する設定ですが、そこにこのプロファイルのアクセスキーはありません。`,
  storeHasNoneHint: (p) =>
    `IAM ユーザーのアクセスキーをそこに取り込んでください: awsmfa import <file.csv> --profile ${p.profile} --store ${p.store}`,
  notReadBack: (p) =>
    `${p.location} に書き込んだプロファイル ${p.profile} のアクセスキーを読み戻せませんでした。ほかは何も変更していません。`,
  notReadBackHint: 'ストアが動いているか確認してから（awsmfa keys list）、もう一度実行してください',
  oldCopyLeft: (p) =>
    `プロファイル ${p.profile} のアクセスキーは ${p.location} に移り、プロファイルもそれを使っていますが、${p.old} の古いコピーを削除できませんでした: ${p.error}`,
  oldCopyLeftHint: (p) =>
    `原因を取り除いたら削除してください: awsmfa keys move --profile ${p.profile} --to ${p.store}`,
  nothingToRemove: (p) =>
    `${p.location} にプロファイル ${p.profile} のアクセスキーはありません。何も削除していません。`,
  nothingToRemoveHint: '各プロファイルのアクセスキーの保存場所を確認してください: awsmfa keys list',
  rotateDenied: (p) => `${trimmed(p.error)}。`,
  rotateDeniedHint:
    'ローテーションには、MFA を使って自分のユーザーに対する iam:ListAccessKeys、CreateAccessKey、UpdateAccessKey、DeleteAccessKey が必要です。awsmfa のポリシーはこれらを許可します（管理者: awsmfa policy apply）',
  notUsersKey: (p) =>
    `プロファイル ${p.profile} のアクセスキー ${p.key} は ${p.user} のアクセスキーではありません。何も変更していません。`,
  notUsersKeyHint: (p) =>
    `${p.user} が使っているアクセスキーを取り込んでください: awsmfa import <file.csv> --profile ${p.profile} --force`,
  created: (p) => `${p.user} のアクセスキー ${p.key} を作成しました。`,
  putBackFailed: (p) => `${p.key} を ${p.location} に戻すのにも失敗しました（${p.error}）`,
  newKeyNotDeleted: (p) =>
    `新しいアクセスキー ${p.key} を削除できませんでした（${p.error}）。aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.key} で削除してください`,
  undone: (p) =>
    `プロファイル ${p.profile} のアクセスキーのローテーションを元に戻しました: ${trimmed(p.error)}。${p.old ? `プロファイル ${p.profile} は再び ${p.old} を使い、` : ''}新しいアクセスキー ${p.key} は削除しました。`,
  tryLaterHint: '時間をおいてもう一度実行してください',
  stopped: (p) =>
    `プロファイル ${p.profile} のアクセスキーのローテーションが止まりました: ${trimmed(p.error)}。${p.problems.join('。')}。アクセスキー ${p.old} は IAM で変更されていません。`,
  stoppedHint: 'awsmfa keys list と aws iam list-access-keys で確認してください',
  stored: (p) => `プロファイル ${p.profile} の ${p.key} を ${p.location} に保存しました。`,
  checked: (p) => `確認しました: ${p.key} で ${p.arn} としてサインインできます。`,
  stillActive: (p) =>
    `プロファイル ${p.profile} は動作する新しいアクセスキー ${p.key} を使っていますが、古いアクセスキー ${p.old} はまだ有効です。無効化に失敗しました: ${trimmed(p.error)}。`,
  notDeleted: (p) =>
    `プロファイル ${p.profile} は動作する新しいアクセスキー ${p.key} を使っています。古いアクセスキー ${p.old} は無効ですが、削除に失敗しました: ${trimmed(p.error)}。`,
  deleteItHint: (p) =>
    `削除してください: aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.key}`,
  deactivated: (p) => `古いアクセスキー ${p.key} を無効化しました。`,
  deleted: (p) => `古いアクセスキー ${p.key} を削除しました。`,
  stillNotWorking: (p) =>
    `新しいアクセスキー ${p.key} は ${p.checks} 回確認しても使えませんでした: ${p.error}`,
  wrongUser: (p) =>
    `新しいアクセスキー ${p.key} のサインイン先は ${p.arn || '不明'} で、${p.user} ではありません。`,
  otherKey: (p) =>
    `${p.key}（${p.status}${p.created ? `、作成 ${p.created}` : ''}${p.used ? `、最終使用 ${p.used}` : '、未使用'}）`,
  keyLimit: (p) =>
    `ユーザー ${p.user} にはすでにアクセスキーが 2 個（IAM の上限）あります: ${p.key}（プロファイル ${p.profile}）と ${p.others.join('、')}。何も変更していません。`,
  keyLimitHint: (p) =>
    `${p.other} をもう使っていなければ削除してから（aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.other}）、もう一度ローテーションしてください`,
};
