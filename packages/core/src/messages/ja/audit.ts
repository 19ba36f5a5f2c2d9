import type { Translation } from '../defineMessages.js';
import type { auditText } from '../en/audit.js';

export const audit: Translation<typeof auditText> = {
  columnAccount: 'アカウント',
  columnUser: 'ユーザー',
  columnGroups: 'グループ',
  columnMfaDevice: 'MFA デバイス',
  columnMfaPolicy: 'MFA ポリシー',
  columnWithoutMfa: '外部から MFA なしで',
  columnAccessKeys: 'アクセスキー',
  none: 'なし',
  enabled: '有効',
  denied: '拒否',
  canAct: (p) => `操作可能（${p.from} から）`,
  anywhere: 'どこからでも',
  notAudited: '監査できず',
  noUsers: '（ユーザーなし）',
  noTrustedIps: '信頼された IP なし',
  keyNumber: (p) => `キー ${p.number}`,
  keyAge: (p) => `作成から ${p.days} 日`,
  keyUsed: (p) => `最終使用 ${p.date}${p.service ? ` ${p.service}` : ''}`,
  keyNeverUsed: '未使用',
  named: (p) => `${p.names.join('、')}${p.more > 0 ? `、ほか ${p.more} 人（表または --json を参照）` : ''}`,
  readingAccount: (p) => `IAM のユーザー、グループ、ポリシーを読み込み中: これまでに ${p.users} ユーザー`,
  waitingForReport: (p) =>
    `IAM の認証情報レポートを待っています（${p.started ? '生成を開始' : '生成中'}、${p.seconds} 秒）…`,
  lookingUpUsers: (p) => `認証情報レポートにないユーザーを照会中: ${p.done}/${p.total}`,
  auditingAccounts: (p) => `${p.count} アカウントを ${p.concurrency} 件ずつ監査しています…`,
  auditedAccounts: (p) => `${p.total} アカウント中 ${p.done} 件を監査、${p.users} ユーザーを確認`,
  minutes: (p) => `${p.minutes} 分`,
  hoursMinutes: (p) => `${p.hours} 時間 ${p.minutes} 分`,
  reportAge: (p) =>
    `アクセスキーと MFA の情報は ${p.time} の IAM 認証情報レポートによるものです（${p.age}前。IAM はレポートを 4 時間再利用します）。グループとポリシーは最新です。`,
  oldestReportAge: (p) =>
    `アクセスキーと MFA の情報は IAM 認証情報レポートによるもので、最も古いのは ${p.account} の ${p.time} のものです（${p.age}前。IAM はレポートを 4 時間再利用します）。グループとポリシーは最新です。`,
  shouldRotate: (p) =>
    `ローテーションが必要です（${p.maxKeyAge} 日より古い有効なアクセスキー）: ${p.names.join('、')}。各ユーザーが実行: awsmfa keys rotate --profile NAME`,
  dueUser: (p) => `${p.who}（${p.days.map((days) => `${days} 日`).join('、')}）`,
  noUsersToAudit: '監査するユーザーがいません。',
  exposed: (p) => `${p.count} 人のユーザーが、信頼された IP の外から MFA なしで操作できます: ${p.who}`,
  exposedHint: (p) =>
    `そのユーザーのグループに MFA ポリシーを適用してください: awsmfa policy apply --group ${p.group}（ユーザーをグループに追加することも忘れずに）`,
  exposedInAccounts: (p) =>
    `${p.accounts} アカウントの ${p.count} 人のユーザーが、信頼された IP の外から MFA なしで操作できます: ${p.who}${p.notAudited.length > 0 ? `。監査できなかったアカウント: ${p.notAudited.join('。')}` : ''}`,
  exposedInAccountsHint:
    'それらのアカウントで、ユーザーのグループに MFA ポリシーを適用してください: awsmfa policy apply --group <group>（表または --json を参照）',
  incomplete: (p) =>
    `${p.total} アカウント中 ${p.failed} 件を監査できませんでした: ${p.notAudited.join('。')}`,
  notAuditedAccount: (p) => `${p.account}: ${p.error.replace(/[。.]$/, '')}`,
  incompleteHint: (p) =>
    `各アカウントに、このアカウントを信頼し、そのセッションが IAM を読み取れるロール ${p.role} が必要です（別のロールは --role-name で指定）`,
  orgOnly: (p) => `${p.option} は --org と一緒にのみ使えます。`,
  orgOnlyHint: '組織のすべてのアカウントを監査するには --org を付けてください',
  notDays: (p) => `--max-key-age ${p.value} は日数（整数）ではありません。`,
  notDaysHint: '例: --max-key-age 90',
  notConcurrency: (p) => `--concurrency ${p.value} は 1 から 32 の数ではありません。`,
  notConcurrencyHint: 'IAM は集中したリクエストをスロットリングします。まずは 4 がおすすめです',
  notRoleName: (p) => `--role-name ${p.value} は IAM ロール名ではありません。`,
  notRoleNameHint: 'IAM ロール名は英数字と +=,.@_- からなる 1～64 文字です',
  notAccountId: (p) => `--accounts ${p.value} は AWS アカウント ID ではありません。`,
  notAccountIdHint: '12 桁の ID をカンマ区切りで指定してください。例: --accounts 111111111111,222222222222',
  notInOrganization: (p) => `アカウント ${p.accounts.join('、')} は組織に含まれていません。`,
  itsAccounts: (p) => `組織のアカウント: ${p.accounts.join(', ')}`,
  noOrganization: 'このアカウントは AWS Organizations の組織に属していません。',
  noOrganizationHint: '--org を付けずに awsmfa admin audit で単独で監査してください',
  listAccountsDenied: 'Organizations が organizations:ListAccounts を拒否しました。',
  listAccountsDeniedHint:
    '管理アカウントの管理者（または委任された管理者）で、organizations:ListAccounts を許可するポリシーを持つ ID から --org を実行してください',
  keysWithoutMfa:
    'AWS_ACCESS_KEY_ID のアクセスキーで、そのまま MFA なしで各アカウントに入ります（mfa_serial のあるプロファイルを --profile で指定すると MFA セッションで監査します）。',
  profileWithoutMfa: (p) =>
    `プロファイル ${p.profile} に mfa_serial がありません。長期のアクセスキーで、MFA なしで各アカウントに入ります（awsmfa enroll --profile ${p.profile} でデバイスを追加できます）。`,
  theAccount: 'アカウント',
  reportNotCsv: 'IAM が返した認証情報レポートが CSV ではありません。',
  reportColumnsMissing: (p) =>
    `IAM の認証情報レポートに列 ${p.columns.join(', ')} がありません。awsmfa では読み取れません。`,
  reportNotReady: (p) => `${p.seconds} 秒待っても IAM の認証情報レポートができあがりませんでした。`,
  reportNotReadyHint: 'しばらくしてから監査をもう一度実行してください。IAM はレポートの生成を続けています',
};
