import type { Translation } from '../defineMessages.js';
import type { sessionText } from '../en/session.js';

export const session: Translation<typeof sessionText> = {
  cannotWriteCache: (p) =>
    `${p.dir} にセッションのキャッシュを書き込めません（${p.error}）。このセッションはキャッシュされません。`,
  waitingForOtherProcess: (p) =>
    `ほかの awsmfa プロセスがプロファイル ${p.profile} のセッションを取得するのを待っています…`,
  clockSkew: (p) =>
    `このコンピューターの時計は AWS より ${p.seconds} 秒${p.ahead ? '進んで' : '遅れて'}います。MFA コードとリクエストの署名は時計に依存します（同期してください: timedatectl set-ntp true）。`,
  mfaProcessOf: (p) => `プロファイル ${p.profile} の mfa_process`,
  noCode: (p) => `${p.serial} の MFA コードが必要ですが、尋ねるターミナルがありません。`,
  noCodeHint:
    '--code 123456 を付けるか、AWSMFA_CODE を設定するか、プロファイルに mfa_process を設定してください',
  waitingForNext: (p) => `${p.reason}。次のコードを待っています。`,
  mfaSerialOf: (p) => `プロファイル ${p.profile} の mfa_serial`,
  currentCodeUsed: (p) => `${p.serial} の現在の MFA コードは使用済みです`,
  thatCodeUsed: 'その MFA コードは使用済みです',
  codeUsed: (p) =>
    `MFA コード（${p.origin}）は ${p.serial} に使用済みです。AWS は各コードを 1 回しか受け付けません。`,
  codeUsedHint: '次のコードを待ってから（新しいコードは 30 秒ごとに表示されます）再実行してください',
  cannotRecordCode: (p) => `使用済みの MFA コードを ${p.dir} に記録できません（${p.error}）。`,
  noPublicIp: (p) => `パブリック IP を調べられませんでした（${p.error}）。MFA を使います。`,
  cannotUseCacheDir: (p) =>
    `キャッシュのフォルダー ${p.dir} を使えません（${p.error}）。このセッションはキャッシュされません。`,
  chainingCap: (p) =>
    `プロファイル ${p.profile}: セッションの認証情報で引き受けるロール（ロールの連鎖）は AWS の制限で最大 1 時間です。${p.seconds} 秒（${p.source}）ではなく 1 時間のセッションになります。`,
  roleTooLong: (p) =>
    `ロール ${p.role} が許すセッションは、指定された ${p.seconds} 秒（${p.source}）より短い時間です。`,
  roleTooLongHint: (p) =>
    `[profile ${p.profile}] の duration_seconds を短くしてください（ロールの MaxSessionDuration は、所有者が延ばしていなければ 1 時間です）`,
  chainedTooLong: (p) =>
    `ロール ${p.role} はセッションの認証情報で引き受けるため、AWS が許すのは最大 1 時間です。`,
  chainedTooLongHint: (p) => `[profile ${p.profile}] に duration_seconds = 3600 を設定してください`,
  lacksMfa: (p) => `MFA（[profile ${p.profile}] かその source_profile に mfa_serial を設定）`,
  lacksExternalId: 'ExternalId（ロールの所有者から渡されていれば external_id を設定）',
  roleRefused: (p) =>
    `AWS は ${p.caller ?? `プロファイル ${p.profile}`} によるロール ${p.role} の引き受けを拒否しました。`,
  roleLacksHint: (p) =>
    `ロールの信頼ポリシーが、このリクエストに欠けているものを求めている可能性があります: ${p.lacks.join('、または ')}`,
  roleTrustHint: (p) =>
    `ロールの信頼ポリシーにこのユーザー${p.externalId ? 'とこの external_id' : ''}が含まれ、ユーザーのポリシーで ${p.role} に対する sts:AssumeRole が許可されている必要があります`,
  cannotRunMfaProcess: (p) => `mfa_process を実行できません（${p.error}）。`,
  cannotRunMfaProcessHint: 'プロファイルの mfa_process を確認してください',
  mfaProcessFailed: (p) =>
    `mfa_process が失敗し（${p.signal ? `${p.signal} で強制終了` : `終了コード ${p.status}`}）、MFA コードを返しませんでした。`,
  mfaProcessFailedHint: 'プロファイルの mfa_process のコマンドを手で実行して原因を確かめてください',
  lockWait: (p) =>
    `ほかの awsmfa プロセスが${p.profile ? `プロファイル ${p.profile} の` : ''}セッションの取得を ${p.seconds} 秒以上続けています。`,
  lockWaitHint: (p) =>
    `そのプロセスを終わらせるか止めてください。クラッシュで残ったロックは自動的に引き継がれます（${p.lock}）`,
  cannotLock: (p) => `セッションのキャッシュ ${p.path} をロックできません（${p.error}）。`,
  cannotLockHint: 'キャッシュのフォルダー（AWSMFA_CACHE_DIR）に書き込めるか確認してください',
  incompleteCredentials: (p) => `STS が ${p.action} に不完全な認証情報を返しました。`,
};
