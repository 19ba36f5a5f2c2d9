import type { Translation } from '../defineMessages.js';
import type { deviceText } from '../en/device.js';

export const device: Translation<typeof deviceText> = {
  notYourDevice: (p) => `${p.serial} は ${p.user} の MFA デバイスではありません。`,
  listDevicesHint: (p) => `デバイスの一覧を確認してください: awsmfa device status --profile ${p.profile}`,
  noDevice: (p) => `${p.user} には MFA デバイスがありません。`,
  enrollOneHint: (p) => `デバイスを登録してください: awsmfa enroll --profile ${p.profile}`,
  severalDevices: (p) =>
    `${p.user} には MFA デバイスが ${p.serials.length} 個あります: ${p.serials.join('、')}。`,
  nameOneHint: '--serial-number でどれか 1 つを指定してください',
  resyncRejected: (p) => `このコードでは ${p.serial} を再同期できませんでした。`,
  resyncRejectedHint: 'そのデバイスの連続する 2 つのコードを、2 つ目は表示されたらすぐに入力してください',
  signingWithSession: (p) =>
    `AWS の MFA 自己管理ポリシーではデバイスの無効化に MFA が必要なため、awsmfa は ${p.serial} の 15 分間の MFA セッションでこの操作に署名します。`,
  askSigningCode: (p) => `${p.serial} の MFA コード（この変更に MFA で署名します）: `,
  refusedWithoutMfa: (p) =>
    `AWS が ${p.user} の ${p.serial} の無効化を拒否しました: 標準の MFA 自己管理ポリシーでは、iam:DeactivateMFADevice は MFA セッションでのみ許可されています。`,
  giveCodeHint: (p) =>
    `デバイスの現在のコードを指定してください: awsmfa device ${p.action} --profile ${p.profile} --code CODE（ターミナルで実行すればコードを尋ねます）`,
  sessionWithoutMfaHint:
    'これは MFA なしのセッションの認証情報です。長期的なアクセスキーを持つプロファイルとコードを使うか、管理者に依頼してください',
  deactivated: (p) => `${p.serial} を無効化しました。`,
  deactivatedNotDeleted: (p) => `${p.serial} は無効化しましたが、削除できませんでした: ${p.error}`,
  askAdministratorToDeleteHint: (p) =>
    `管理者に次の実行を依頼してください: aws iam delete-virtual-mfa-device --serial-number ${p.serial}`,
  deleted: (p) => `${p.serial} を削除しました。`,
  noTerminalForCodes: 'コードを尋ねるターミナルがなく、--code1/--code2 も指定されていません。',
  resyncWithCodesHint: (p) =>
    `2 つのコードを指定して実行してください: awsmfa device resync --profile ${p.profile} --code1 CODE --code2 NEXT_CODE`,
  resynchronised: (p) => `${p.serial} を再同期しました。AWS は再びこのデバイスのコードを受け付けます。`,
  noTerminalToConfirm: (p) =>
    `何も変更していません: 「${p.serial} の${p.delete ? '削除' : '無効化'}」を確認するターミナルがありません。`,
  rerunWithYesHint: (p) =>
    `--yes を付けて再実行してください: awsmfa device ${p.action} --profile ${p.profile} --yes`,
  confirmRemove: (p) =>
    `${p.user} の ${p.serial} を${p.delete ? '削除' : '無効化'}しますか？${
      p.enabled
        ? ' MFA セッションを取得するには、改めてデバイスを登録する必要があります。'
        : ' このデバイスは一度も有効化されていません。'
    } [y/N] `,
  nothingChanged: '何も変更していません。',
  removedSerial: (p) => `${p.file} のプロファイル ${p.profile} から mfa_serial を削除しました。`,
  iamUser: (p) => `IAM ユーザー: ${p.user}（${p.arn}）`,
  noneEnabled: 'MFA デバイス: 有効なものはありません',
  devicesHeading: 'MFA デバイス:',
  enabledOn: (p) => `有効化 ${p.date ?? '（日時不明）'}`,
  createdNeverEnabled: '作成済み、未有効化',
  profileSerial: (p) => `プロファイル ${p.profile}: mfa_serial = ${p.serial ?? '（未設定）'}`,
  serialMatches: (p) => `mfa_serial は ${p.user} の有効な MFA デバイスです。`,
  noEnabledDevice: (p) => `${p.user} には有効な MFA デバイスがありません。`,
  replaceUnfinishedHint: (p) =>
    `登録が完了していないデバイスを削除して登録し直してください: awsmfa enroll --profile ${p.profile} --replace`,
  noMfaSerial: (p) => `プロファイル ${p.profile} に mfa_serial がありません。`,
  setSerialHint: (p) =>
    `${p.serial} を設定してください: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  setToOneAboveHint: 'mfa_serial に上のデバイスのどれかを設定してください',
  serialIsUserArn: (p) =>
    `プロファイル ${p.profile} の mfa_serial はユーザーの ARN ${p.serial} で、MFA デバイスの ARN（…:mfa/…）ではありません。AWS は "unable to validate MFA code" と答えます。`,
  enrollDeviceHint: (p) => `デバイスを登録してください: awsmfa enroll --profile ${p.profile}`,
  serialNotEnabled: (p) =>
    `プロファイル ${p.profile} の mfa_serial は ${p.serial} ですが、このデバイスは作成されただけで有効化されていません。`,
  finishOrStartOverHint: (p) =>
    `登録を完了する（awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE）か、最初からやり直して（awsmfa enroll --profile ${p.profile} --replace）ください`,
  serialUnknown: (p) =>
    `プロファイル ${p.profile} の mfa_serial は ${p.serial} ですが、これは ${p.user} の有効な MFA デバイスではありません。`,
};
