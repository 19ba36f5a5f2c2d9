import type { Translation } from '../defineMessages.js';
import type { auditHelpText } from '../en/auditHelp.js';

export const auditHelp: Translation<typeof auditHelpText> = {
  describe:
    'ユーザーごとに、MFA デバイス、アクセスキー（経過日数、最終使用）、グループ、MFA ポリシー、MFA なしで操作できるかを表示します。1 つのアカウント、または（--org）AWS Organizations の組織のすべてのアカウント',
  group: 'このグループのメンバーを監査する [デフォルト: すべてのユーザー]',
  json: 'レポートを JSON で出力する',
  maxKeyAge: 'この日数より古い有効なアクセスキーはローテーションが必要とする（awsmfa keys rotate）',
  format: 'table は人向け、csv（RFC 4180）は表計算ソフト向け。--json が優先',
  org: '組織のすべてのアカウントを監査する: ListAccounts のあと、管理者の MFA セッションで各アカウントの --role-name のロールを引き受ける（AssumeRole）',
  roleName: '--org と一緒に: 各アカウントで引き受けるロール [デフォルト: OrganizationAccountAccessRole]',
  accounts: '--org と一緒に: これらのアカウント ID だけ（ID,ID）',
  concurrency: '--org と一緒に: 同時に監査するアカウント数、1～32 [デフォルト: 4]',
  code: '--org と一緒に: 管理者のセッション用の 6 桁の MFA コード [環境変数: AWSMFA_CODE。なければ入力を求める]',
  exampleGroup: '外部から MFA なしで操作できるユーザーがいれば終了コード 32（AUDIT_FAILED）',
  exampleOrg: '組織のすべてのアカウントを、アカウントごとにまとめて表示',
  epilogue:
    'IAM の一括取得 API（GetAccountAuthorizationDetails でグループとポリシー、認証情報レポートでアクセスキーと MFA、ListVirtualMFADevices）を使うので、リクエスト数はユーザー数ではなくページ数に比例します。IAM は認証情報レポートを 4 時間再利用するため、アクセスキーと MFA の情報はそれだけ古い場合があります（監査結果にそう表示されます）。その後に作成されたユーザーは 1 人ずつ照会します。--max-key-age 日より古い有効なアクセスキーには ROTATE の印が付きます（ユーザーは awsmfa keys rotate を実行）。IAMReadOnlyAccess が必要です（--org では、さらに organizations:ListAccounts と各アカウントのロールに対する sts:AssumeRole）。入れないアカウントは報告して残りを監査し、終了コードは 33（AUDIT_INCOMPLETE）です。ただし MFA なしで操作できるユーザーがいれば 32 です。',
};
