// What `pnpm demo` says between the commands it runs, in the languages awsmfa speaks (the
// language is awsmfa's own choice, core's localeOf). Its errors stay English: they are for the
// people who work on awsmfa.

const english = {
  building: 'Building every package (turbo)',
  home: (home) => `A temporary HOME for the demo: ${home} (removed when the demo ends)`,
  sandbox: (endpoint, account) => `Sandbox running at ${endpoint} (account ${account})`,
  adminSetup:
    'Admin: group MyUsers + PowerUserAccess + MFA policy (trusted office 203.0.113.0/24) + user cli-user, in one command',
  userImport: 'User: import the access-key CSV the admin handed over, and trust the office network',
  officeNetwork: '(then the command admin setup printed: the office network, as the policy has it)',
  denied: 'Without MFA, from outside the trusted network, the long-term key is denied (real AWS CLI v2)',
  enroll: 'User: enroll a virtual MFA device (no terminal here: create it, then enable it with two codes)',
  phoneScans: '(the phone scans the QR code; the demo keeps the secret in memory to play the phone)',
  mfaProcess:
    'User: the phone as an mfa_process, so the demo needs no typing (in a terminal, awsmfa asks for the code)',
  env: 'User: eval "$(awsmfa env)" in bash, then the AWS CLI works with the MFA session',
  nextCode:
    '(the code on the phone was just used to enable the device: awsmfa waits for the next one rather than waste a try)',
  listedWithSession: 'aws s3 ls: OK with the MFA session',
  credentialProcess:
    'User: credential_process, so plain `aws --profile cli-user-mfa` works (cached session: no code asked)',
  policyCheck: 'Admin: prove the policy behaves as intended (MFA × trusted IP × actions)',
  trustLocalhost: 'Admin: trust 127.0.0.1 (this machine) — the long-term key now works without a code',
  trustedListed: 'aws s3 ls with the long-term key from a trusted IP: OK',
  userTrusts:
    'User: trust the same network in the profile; awsmfa env then takes the trusted path, no code (the sandbox tells awsmfa the address it sees)',
  done: 'Done: the seed article, end to end, with no AWS account.',
};

/** @type {typeof english} */
const japanese = {
  building: 'すべてのパッケージをビルドします（turbo）',
  home: (home) => `デモ用の一時的な HOME: ${home}（デモの終了時に削除します）`,
  sandbox: (endpoint, account) => `サンドボックスが ${endpoint} で動いています（アカウント ${account}）`,
  adminSetup:
    '管理者: グループ MyUsers + PowerUserAccess + MFA ポリシー（信頼されたオフィス 203.0.113.0/24）+ ユーザー cli-user を 1 つのコマンドで',
  userImport: 'ユーザー: 管理者から受け取ったアクセスキーの CSV を取り込み、オフィスのネットワークを信頼する',
  officeNetwork: '（続くコマンドは admin setup が表示したもの: ポリシーにあるオフィスのネットワーク）',
  denied: 'MFA なしでは、信頼されたネットワークの外から長期のアクセスキーは拒否されます（本物の AWS CLI v2）',
  enroll:
    'ユーザー: 仮想 MFA デバイスを登録する（ここにはターミナルがないので、作成してから 2 つのコードで有効化）',
  phoneScans:
    '（スマートフォンが QR コードを読み取ります。デモはスマートフォン役としてシークレットをメモリーに保持します）',
  mfaProcess:
    'ユーザー: スマートフォンを mfa_process にして、デモでは入力不要に（ターミナルでは awsmfa がコードを尋ねます）',
  env: 'ユーザー: bash で eval "$(awsmfa env)"。以後 AWS CLI は MFA セッションで動きます',
  nextCode:
    '（スマートフォンのコードはデバイスの有効化に使ったばかりなので、awsmfa は 1 回分を無駄にせず次のコードを待ちます）',
  listedWithSession: 'aws s3 ls: MFA セッションで成功',
  credentialProcess:
    'ユーザー: credential_process により、そのままの `aws --profile cli-user-mfa` が動く（キャッシュ済みのセッション: コードは不要）',
  policyCheck: '管理者: ポリシーが意図どおりに動くことを確かめる（MFA × 信頼された IP × アクション）',
  trustLocalhost:
    '管理者: 127.0.0.1（このマシン）を信頼する。長期のアクセスキーがコードなしで動くようになります',
  trustedListed: '信頼された IP からの長期のアクセスキーで aws s3 ls: 成功',
  userTrusts:
    'ユーザー: 同じネットワークをプロファイルでも信頼する。awsmfa env は信頼された経路を通り、コードは不要（サンドボックスが見えているアドレスを awsmfa に教えます）',
  done: '完了: 元記事の手順をすべて、AWS アカウントなしで。',
};

/** The narration for `locale` ('en' or 'ja', as core's localeOf answers). */
export function demoNarration(locale) {
  return locale === 'ja' ? japanese : english;
}
