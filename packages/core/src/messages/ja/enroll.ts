import type { Translation } from '../defineMessages.js';
import type { enrollText } from '../en/enroll.js';

export const enroll: Translation<typeof enrollText> = {
  cancelled: 'MFA デバイスの登録を中止しました。',
  cancelledNothingChanged: 'MFA デバイスの登録を中止しました。何も変更していません。',
  runAgain: (p) => `もう一度実行してください: awsmfa enroll --profile ${p.profile}`,
  noTerminal: 'MFA コードを尋ねるターミナルがなく、--code1/--code2 も指定されていません。',
  noTerminalHint: (p) =>
    `ターミナルで awsmfa enroll --profile ${p.profile} を実行してください。または --keep --show-secret（か --qr-png FILE）でデバイスを作成し、--code1 CODE --code2 NEXT_CODE で有効化してください`,
  kept: (p) => `${p.error}デバイス ${p.serial} は残してあります（--keep）。`,
  keptHint: (p) =>
    `有効化するには awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE、削除するには awsmfa device delete --profile ${p.profile} を実行してください`,
  deletingNotEnabled: (p) => `有効化されなかった ${p.serial} を削除しています…`,
  deletedNothingLeft: (p) => `${p.serial} を削除しました。何も残っていません。`,
  failedAndCleanupFailed: (p) => `${p.error}${p.cleanup}`,
  createdWithoutSeed: (p) => `AWS がシードなしで ${p.serial} を作成しました。`,
  leftoverUnknown: (p) =>
    `仮想 MFA デバイス ${p.serial} はすでに存在します（デバイスを一覧できないため、有効化済みかどうか awsmfa には分かりません）。AWS がシークレットを表示するのは一度だけなので、認証アプリにすでに登録されていない限り、ここで登録を完了することはできません。`,
  leftoverUnfinished: (p) =>
    `仮想 MFA デバイス ${p.serial} はすでに存在しますが、有効化されていません。以前の登録が途中で終わっています。AWS がシークレットを表示するのは一度だけなので、認証アプリにすでに登録されていない限り、ここで登録を完了することはできません。`,
  replaceQuestion: '削除して新しく作成しますか？ [y/N] ',
  leftoverHint: (p) =>
    `削除して最初からやり直すには awsmfa enroll --profile ${p.profile} --replace、認証アプリにすでに登録されていれば有効化してください: awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE`,
  deletingUnfinished: (p) => `登録が完了していないデバイス ${p.serial} を削除しています…`,
  nameTaken: (p) => `デバイス名 ${p.name} は使用されています: ${p.serial} は ${p.owner} のデバイスです。`,
  nameTakenHint: '--device-name で別の名前を指定してください',
  alreadyEnabled: (p) => `${p.serial} は ${p.user} に対してすでに有効化されています。`,
  alreadyEnabledHint: (p) =>
    `awsmfa device status --profile ${p.profile} で確認できます。別のデバイスを追加するには awsmfa enroll --profile ${p.profile} --device-name NAME、やり直すには awsmfa device delete --profile ${p.profile} で削除してください`,
  otherNameDeniedHint: (p) =>
    `通常のポリシーでは、ユーザーが作成できるのは自分の名前のデバイス（mfa/${p.user}）だけです。複数のデバイスを使うには、管理者が arn:aws:iam::*:mfa/\${aws:username}-* に対する iam:CreateVirtualMFADevice と iam:EnableMFADevice も許可する必要があります`,
  nothingWaiting: (p) => `有効化を待っているデバイス ${p.serial} はありません。`,
  nothingWaitingHint: (p) =>
    `--code1/--code2 は、以前に awsmfa enroll --keep で作成したデバイスを有効化します。最初から始めるには、ターミナルで awsmfa enroll --profile ${p.profile} を実行してください`,
  codesRejectedStaysUnenabled: (p) =>
    `${p.serial} のコードが AWS に受け付けられませんでした。デバイスは有効化されていません。`,
  codesRejectedStaysUnenabledHint:
    '新しいコードを 2 つ、2 つ目は 1 つ目の次に表示されたらすぐに入力してください: awsmfa enroll --code1 CODE --code2 NEXT_CODE（スマートフォンの時刻が自動設定になっているかも確認してください）',
  attemptRejected: (p) =>
    `このコードは AWS に受け付けられませんでした（${p.attempts} 回中 ${p.attempt} 回目）。アプリの項目が今読み取ったものか、スマートフォンの時刻が自動設定になっているかを確認してから、新しいコードを 2 つ入力してください。`,
  attemptsExhausted: (p) =>
    `${p.attempts} 回試しましたが、${p.serial} のコードは AWS に受け付けられませんでした。`,
  attemptsExhaustedHint: (p) =>
    `次の試行で表示される新しい QR コードを読み取り（古い項目はアプリから削除）、スマートフォンの時計を確認してください。もう一度実行してください: awsmfa enroll --profile ${p.profile}`,
  askCode1: 'MFA コード 1（アプリに表示されている 6 桁の数字）: ',
  askCode2: (p) => `MFA コード 2（次のコードが表示されるまで約 ${p.seconds} 秒待ってから入力）: `,
  code1: 'コード 1',
  code2: 'コード 2',
  sameCodesWait: (p) =>
    `${p.error}アプリに新しいコードが表示されるのを待って（30 秒ごと）、そのコードを入力してください。`,
  codeSkipped:
    'コード 2 がコード 1 の直後のコードではありません（1 つ飛ばしています）。現在のコードをコード 1 に、その次のコードをコード 2 に入力してください。',
  codesSwapped:
    'コード 2 のほうがコード 1 より前のコードです。現在のコードをコード 1 に、その次のコードをコード 2 に入力してください。',
  tooManyUnusable: '使えないコードが多すぎます。',
  tooManyUnusableHint: 'コマンドをもう一度実行してください',
  tryAgain: (p) => `${p.error}もう一度入力してください。`,
  sameCodes: '2 つのコードが同じです。AWS には連続する異なる 2 つのコードが必要です。',
  sameCodesHint:
    '次のコード（30 秒ごとに新しいコードが表示されます）を待って、2 つ目のコードに使ってください',
  couldNotDelete: (p) => `${p.serial} を削除できませんでした: ${p.error}`,
  removingUnderOwnSession: (p) =>
    `ポリシーでは ${p.user} が ${p.serial} を削除できるのは MFA を使った場合だけなので、awsmfa が自分でコードを生成して有効化し、短い MFA セッションで削除します（最大 30 秒かかります）。`,
  enabledButNotDeactivated: (p) =>
    `${p.serial} を削除できませんでした: ${p.user} に対して有効化された状態ですが、無効化できませんでした（${p.error}）`,
  enabledButNotDeactivatedHint: (p) =>
    `awsmfa device delete --profile ${p.profile} で削除するか（コードを尋ねます）、管理者に依頼してください: aws iam deactivate-mfa-device --user-name ${p.user} --serial-number ${p.serial}`,
  leftBehindDeniedHint: (p) =>
    `ポリシーでは削除は MFA を使った場合だけ許可されています。管理者に aws iam delete-virtual-mfa-device --serial-number ${p.serial} の実行を依頼してください（認証アプリにこのデバイスがあれば有効化もできます: awsmfa enroll --profile ${p.profile} --code1 CODE --code2 NEXT_CODE）`,
  leftBehindHint: (p) =>
    `管理者に aws iam delete-virtual-mfa-device --serial-number ${p.serial} の実行を依頼し、その後 awsmfa enroll をもう一度実行してください`,
  notAnIamUser: (p) =>
    `プロファイル ${p.profile} のサインイン先は ${p.arn || '不明な ID'} で、IAM ユーザーではありません。仮想 MFA デバイスは IAM ユーザーに登録します。`,
  notAnIamUserHint:
    'IAM ユーザー自身のアクセスキーを持つプロファイルを使ってください（awsmfa enroll --profile NAME）',
  badDeviceName: (p) => `デバイス名 ${p.name} は IAM では使えません。`,
  badDeviceNameHint: '1～226 文字の英数字か + = , . @ _ - を使ってください（空白とスラッシュは使えません）',
  cannotWriteQr: (p) => `QR コードを ${p.file} に書き込めません: ${p.error}`,
  cannotWriteQrHint: '--qr-png には書き込めるパスを指定してください',
  noMfaSerialNoDevice: (p) =>
    `プロファイル ${p.profile} に mfa_serial がなく、IAM ユーザー ${p.user} には MFA デバイスがありません。`,
  enrollOneHint: (p) => `デバイスを登録してください: awsmfa enroll --profile ${p.profile}`,
  noMfaSerialSeveralDevices: (p) =>
    `プロファイル ${p.profile} に mfa_serial がなく、IAM ユーザー ${p.user} には MFA デバイスが ${p.serials.length} 個あります: ${p.serials.join('、')}。`,
  chooseOneHint: (p) =>
    `使うデバイスを選んでください: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  replaceWithCodes: '--replace は新しいデバイスで最初からやり直すため、そのコードはまだ分かりません。',
  replaceWithCodesHint:
    '有効化を待っているデバイスを有効化するには、--replace なしで --code1/--code2 を使ってください',
  cancellingCleaningUp:
    '中止して後片付けをしています（もう一度 Ctrl-C を押すとすぐに終了しますが、デバイスが残ることがあります）…',
  created: (p) => `IAM ユーザー ${p.user} の仮想 MFA デバイス ${p.serial} を作成しました。`,
  scanThis:
    'この QR コードを認証アプリ（Google 認証システム、Microsoft Authenticator、1Password など）で読み取ってください:',
  qrCaption: (p) => `アプリでの表示: ${p.label}`,
  qrNotDrawn:
    'QR コードは表示しません: 標準エラー出力がターミナルではなく、QR コードにはシークレットキーが含まれるためです。--qr-png FILE か --show-secret を使ってください。',
  qrWritten: (p) =>
    `QR コードを ${p.file} に書き込みました（モード 0600）。シークレットキーが含まれるので、読み取ったら削除してください。`,
  secretKey: (p) => `手入力用のシークレットキー（時間ベース、6 桁、30 秒ごと）: ${p.seed}`,
  cannotScan:
    '読み取れない場合は Ctrl-C で中止し、--show-secret（キーを入力）か --qr-png FILE を付けてもう一度実行してください。',
  createdNotEnabled: 'デバイスを作成しましたが、有効化していません: コードを尋ねるターミナルがありません。',
  enableLater: 'アプリにデバイスが表示されたら、連続する 2 つのコードで有効化してください:',
  enabledBeside: (p) => `${p.user} の ${p.serial} を有効化しました（${p.other} も引き続き有効です）。`,
  profileKeepsSerial: (p) =>
    `プロファイル ${p.profile} の mfa_serial は ${p.other} のままです。新しいデバイスを使うには: aws configure set mfa_serial ${p.serial} --profile ${p.profile}`,
  enabled: (p) => `${p.user} の ${p.serial} を有効化しました。`,
  serialSet: (p) => `プロファイル ${p.profile} の mfa_serial を ${p.file} に設定しました。`,
  nextSession: '次に、このシェルで 1 時間有効な MFA セッションを取得してください:',
};
