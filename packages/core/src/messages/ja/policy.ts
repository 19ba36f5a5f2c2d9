import type { Translation } from '../defineMessages.js';
import type { ConditionVerb, policyText } from '../en/policy.js';

// `aws:SourceIp 203.0.113.9 は [192.0.2.0/24] に含まれない`: the value, then the list, then the verb.
const verbs: Record<ConditionVerb, string> = {
  oneOf: 'のいずれかと一致する',
  noneOf: 'のどれとも一致しない',
  oneOfIgnoringCase: 'のいずれかと一致する（大文字小文字を区別しない）',
  noneOfIgnoringCase: 'のどれとも一致しない（大文字小文字を区別しない）',
  matchesOneOf: 'のいずれかのパターンに一致する',
  matchesNoneOf: 'のどのパターンにも一致しない',
  equalsOneOf: 'のいずれかと等しい',
  equalsNoneOf: 'のどれとも等しくない',
  lessThanOneOf: 'のいずれかより小さい',
  lessThanNoneOf: 'のどれよりも小さくない',
  atMostOneOf: 'のいずれか以下である',
  atMostNoneOf: 'のどれ以下でもない',
  greaterThanOneOf: 'のいずれかより大きい',
  greaterThanNoneOf: 'のどれよりも大きくない',
  atLeastOneOf: 'のいずれか以上である',
  atLeastNoneOf: 'のどれ以上でもない',
  in: 'に含まれる',
  notIn: 'に含まれない',
};

const operator = (name: string | undefined) => (name ? `（${name}）` : '');

export const policy: Translation<typeof policyText> = {
  unknownOperator: (p) => `${p.operator} は IAM の条件演算子ではない`,
  keyNull: (p) =>
    `${p.key} は${p.present ? '存在する' : p.absent ? '存在しない' : '空（null）'}（Null ${p.values}）`,
  keyMissing: (p) => `${p.key} は${p.absent ? '存在しない' : '空（null）'}（${p.operator}）`,
  boolIs: (p) =>
    `${p.key} は ${p.value}${p.expected === undefined ? '' : `で、${p.expected} ではない`}${operator(p.operator)}`,
  compared: (p) => `${p.key} ${p.value} は ${p.values} ${verbs[p.verb]}${operator(p.operator)}`,
  statement: (p) => `${p.policy} のステートメント ${p.name}`,
  withoutConditions: (p) =>
    `条件なしで ${p.resource} に対する ${p.action} を${p.deny ? '拒否' : '許可'}している`,
  reasons: (p) => p.reasons.join('、かつ '),
  deniedExplicitly: (p) => `${p.statement} により明示的に拒否: ${p.why}。`,
  allowed: (p) =>
    `${p.statement} により許可: ${p.why}${p.sparedBy ? `。${p.sparedBy} は拒否しない: ${p.because}` : ''}。`,
  deniedImplicitly: (p) =>
    `暗黙的に拒否: ${p.resource} に対する ${p.action} を許可するステートメントがない${p.noPolicies ? '（このプリンシパルにはアイデンティティベースのポリシーがない）' : ''}${p.nearMiss ? `。${p.nearMiss} なら許可するが、${p.but}` : ''}。`,
  groupInline: (p) => `グループ ${p.group} のインラインポリシー ${p.name}`,
  userInline: (p) => `ユーザー ${p.user} のインラインポリシー ${p.name}`,
  roleInline: (p) => `ロール ${p.role} のインラインポリシー ${p.name}`,
  trustPolicyOf: (p) => `ロール ${p.role} の信頼ポリシー`,
  managedAttached: (p) => `${p.attachedTo} にアタッチされた管理ポリシー ${p.name}`,
  custom: (p) => `ポリシー ${p.name}`,
  thePolicy: 'ポリシー',
  inlinePolicyOfGroup: (p) => `グループ ${p.group} のインラインポリシー ${p.name}`,
  noMfaDeny: (p) =>
    `${p.where} には MFA なしのアクセスを拒否するステートメント（Effect Deny、BoolIfExists aws:MultiFactorAuthPresent "false"）がありません。何も変更していません。`,
  noMfaDenyHint: '先に MFA ポリシーを適用してから（awsmfa policy apply）、信頼された IP を編集してください',
  mergeCidrsHint: (p) =>
    `CIDR をまとめてください: ${p.notes.join('。')}（まとめると ${p.size} 文字で、${p.fits ? '上限に収まります' : 'まだ大きすぎます。信頼された IP のリストも短くしてください'}）`,
  inlinePoliciesOfGroup: (p) => `グループ ${p.group} のインラインポリシー`,
  theGroupsInlinePolicies: 'グループのインラインポリシー',
  tooBig: (p) =>
    `${p.subject}は合計 ${p.size} 文字です（IAM がグループのインラインポリシーに許すのは ${p.quota} 文字まで）。`,
  tooBigHint:
    '信頼された IP のリストを短くする（より広い CIDR にする）か、ステートメントをカスタマー管理ポリシー（各 6,144 文字まで）に移してください',
  statementLabel: (p) => `ステートメント ${p.number}${p.sid === undefined ? '' : `（${p.sid}）`}`,
  notAnObject: (p) => `${p.statement} がオブジェクトではありません`,
  principalInIdentityPolicy: (p) =>
    `${p.statement}: ${p.element} はアイデンティティベースのポリシーには書けません`,
  unknownElement: (p) => `${p.statement}: 不明な要素 ${p.element}`,
  badEffect: (p) => `${p.statement}: Effect は "Allow" か "Deny" でなければなりません`,
  exactlyOneOf: (p) => `${p.statement}: ${p.positive} と ${p.negative} のどちらか一方だけが必要です`,
  notStringList: (p) => `${p.statement}: ${p.element} は文字列か文字列のリストでなければなりません`,
  conditionNotObject: (p) => `${p.statement}: Condition はオブジェクトでなければなりません`,
  notAnOperator: (p) => `${p.statement}: ${p.operator} は条件演算子ではありません`,
  operatorNotMap: (p) => `${p.statement}: ${p.operator} には条件キーと値の対応を書く必要があります`,
  badConditionValues: (p) =>
    `${p.statement}: ${p.operator} ${p.key} の値は、1 つの値か空でない値のリストでなければなりません`,
  documentNotObject: 'ポリシードキュメントが JSON オブジェクトではありません',
  badVersion: 'Version は "2012-10-17"（または古い "2008-10-17"）でなければなりません',
  unknownTopLevel: (p) => `不明なトップレベル要素 ${p.element}`,
  noStatement: 'ドキュメントに Statement がありません',
  malformed: (p) => `${p.where}の形式が正しくありません: ${p.problem}。`,
  moreProblems: (p) => `ほかに ${p.problems.length} 件の問題があります: ${p.problems.join('。')}`,
  fixDocumentHint: 'ドキュメントを修正してからもう一度実行してください',
  intentPowerUserWithMfa: 'MFA でサインインすれば PowerUserAccess が許可する',
  intentTrustedIp: '信頼された IP からは MFA が要らない',
  intentDeniedWithoutMfa: '信頼されていない IP から MFA なしでは、デバイスの登録以外はすべて拒否',
  intentEnroll: 'ユーザーは MFA を持つ前に自分のデバイスを登録する',
  intentGetSessionToken: 'MFA コードとセッションの交換は MFA なしでできなければならない',
  intentDeactivateWithMfa: 'MFA でサインインしていれば自分のデバイスを無効化できる',
  intentDeactivateTrusted: '信頼された IP からでも無効化には MFA が必要',
  intentDeactivate: '無効化には MFA が必要',
  intentRotateWithMfa: 'MFA でサインインしていれば自分のアクセスキーをローテーションできる',
  intentNewKeyTrusted: '信頼された IP からでも新しいアクセスキーの作成には MFA が必要',
  intentNoTwinKey: '盗まれたアクセスキーが MFA なしで自分の複製を作ることはできない',
  trustedTestNotTrusted: (p) =>
    `信頼された側のテスト用アドレス ${p.ip} が、信頼された IP に含まれていません。`,
  pickInsideHint: (p) => `${p.cidrs.join('、')} の範囲内のアドレスを選んでください`,
  noTrustedIpsHint: 'ポリシーに信頼された IP がありません',
  untrustedTestTrusted: (p) =>
    `信頼されていない側のテスト用アドレス ${p.ip ?? '（なし）'} が、信頼された IP に含まれています。`,
  pickOutsideHint: 'どの信頼された CIDR にも含まれないアドレスを指定してください',
};
