import type { Translation } from '../defineMessages.js';
import type { policyCliText } from '../en/policyCli.js';

export const policyCli: Translation<typeof policyCliText> = {
  note: (p) => `注: ${p.note}`,
  dryRun: 'ドライランです。何も適用していません。',
  noTerminalToConfirm: '何も適用していません: 変更を確認するターミナルがなく、--yes も指定されていません。',
  noTerminalToConfirmHint:
    '上の差分を確認し、適用するなら --yes を付けて再実行してください（表示だけなら --dry-run）',
  nothingApplied: '何も適用していません。',
  inIamNow: (p) => `--- ${p.where}（現在の IAM）`,
  doesNotExistYet: (p) => `--- ${p.where}（まだ存在しません）`,
  afterThisChange: (p) => `+++ ${p.where}（この変更の後）`,
  groupInlinePolicy: (p) => `グループ ${p.group} のインラインポリシー ${p.name}`,
  overQuotaOffer: (p) =>
    `グループのインラインポリシーは ${p.size} 文字になりますが、IAM の上限は ${p.quota} 文字です。信頼された CIDR をまとめると収まる可能性があります:`,
  mergeThem: 'まとめますか？',
  alreadyAsWanted: (p) =>
    `グループ ${p.group} のインラインポリシー ${p.name} はすでにこの内容です。適用するものはありません。`,
  noneTrusted: 'なし（どこからでも MFA が必要）',
  summary: (p) => `この変更後の信頼された IP: ${p.trusted}。サイズ: ${p.quota} 文字中 ${p.size} 文字。`,
  applyToGroup: (p) => `この変更をグループ ${p.group} に適用しますか？`,
  applied: (p) => `インラインポリシー ${p.name} をグループ ${p.group} に適用しました。`,
  usersNoMfaFrom: (p) =>
    `${p.cidrs.join('、')} からは MFA が不要になります。awsmfa がそれを判断できるよう、各ユーザーは（awsmfa import の後に）一度だけ次を実行してください:`,
  usersMfaEverywhere:
    'これからはどこからでも MFA が必要です。信頼されたネットワークを設定していたユーザーは次を実行してください:',
  theirProfile: 'THEIR_PROFILE',
  printSize: (p) => `グループのインラインポリシーの ${p.quota} 文字中 ${p.size} 文字です。`,
  applyWith: '適用するには:',
  noTrustedIps: '信頼された IP はありません: どのアドレスからでも MFA が必要です。',
  nameWhatToSimulate: 'シミュレートする対象を --group、--user、--file のいずれかで指定してください。',
  cannotRead: (p) => `${p.file} を読み込めません: ${p.error}`,
  request: (p) =>
    `リクエスト: ${p.mfa ? 'MFA ありのセッション' : '長期的なアクセスキー（MFA なし）'}、ユーザー ${p.user}、送信元 ${p.sourceIp ?? '不明なアドレス（aws:SourceIp なし）'}。`,
  simulatorDisagrees: (p) => `IAM のシミュレーターと awsmfa の評価が一致しません: ${p.rows.join('、')}。`,
  disagreement: (p) => `${p.action}（IAM: ${p.iam}、awsmfa: ${p.awsmfa}）`,
  simulatorDisagreesHint:
    'IAM の結果を信頼してください。ポリシーと --json の出力を添えて違いを報告してください',
  headingAction: 'アクション',
  headingResource: 'リソース',
  headingDecision: '判定',
  headingIamSays: 'IAM の判定',
  headingWhy: '理由',
  headingMfa: 'MFA',
  headingSource: '送信元',
  headingExpected: '期待',
  headingActual: '実際',
  headingOk: '結果',
  headingDecidedBy: '決め手',
  headingSubject: '対象',
  headingStep: '手順',
  headingPlan: '予定',
  headingResult: '結果',
  headingDetail: '詳細',
  yes: 'あり',
  no: 'なし',
  ok: 'OK',
  fail: '失敗',
  trustedSource: (p) => `信頼 ${p.ip}`,
  untrustedSource: (p) => `信頼外 ${p.ip}`,
  decisionAllowed: '許可',
  decisionExplicitDeny: '明示的に拒否',
  decisionImplicitDeny: '暗黙的に拒否',
  nothingAllowsIt: '許可するものなし',
  statementNumber: (p) => `ステートメント #${p.number}`,
  checking: (p) =>
    `グループ ${p.group} をユーザー ${p.user} として検査します。信頼された IP: ${p.cidrs.join('、') || 'なし'}。`,
  outcomesDiffer: (p) =>
    `グループ ${p.group} の ${p.total} 件の結果のうち ${p.failed} 件が意図したとおりではありません: ${p.rows.join('。')}。`,
  outcomeRow: (p) =>
    `${p.source === 'trusted' ? '信頼された' : '信頼されていない'} IP から MFA ${p.mfa ? 'あり' : 'なし'}の ${p.action}（${p.intent}）`,
  outcomesDifferHint: (p) =>
    `グループのポリシーを見直してください。awsmfa policy apply --group ${p.group} で意図したポリシーを適用できます`,
  allAsIntended: (p) => `${p.total} 件の結果はすべて意図したとおりです。`,
  notARoleName: (p) => `--role ${p.name} は IAM のロール名として使えません。`,
  notARoleNameHint: '1～64 文字の英数字と + = , . @ _ - を使ってください',
  rolePolicyNeedsRole: '--role-policy には --role が必要です。',
  rolePolicyNeedsRoleHint: 'これらのポリシーを付けるロールを --role NAME で指定してください',
  alreadySetUp: (p) =>
    `グループ ${p.group}${p.roles ? '、そのロール' : ''}とユーザーはすでに設定済みです。することはありません。`,
  carryOut: (p) => `上の ${p.steps} 個の手順を実行しますか？`,
  stoppingAfterStep: '実行中の手順が終わったら止めます（もう一度 Ctrl-C を押すとすぐに終了します）…',
  stepLine: (p) => `${p.result}: ${p.subject}: ${p.step}${p.detail ? `（${p.detail}）` : ''}`,
  interrupted: (p) => `中断しました: ${p.done} 個の手順が完了、${p.left} 個が未実行です（上の表を参照）。`,
  interruptedHint: '同じコマンドをもう一度実行すると残りを実行します。完了した手順は繰り返しません',
  setupFailed: (p) =>
    `admin setup は完了しませんでした: ${p.failed} 個の手順が失敗${p.skipped ? `、${p.skipped} 個をスキップ` : ''}し、ほかは完了しています（上の表を参照）。最初の失敗: ${p.subject}: ${p.detail}`,
  setupFailedHint:
    '原因を取り除いてから同じコマンドをもう一度実行してください。完了した手順はそのまま残ります',
};
