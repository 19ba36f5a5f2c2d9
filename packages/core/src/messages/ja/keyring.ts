import type { Translation } from '../defineMessages.js';
import type { keyringText } from '../en/keyring.js';

const onServer =
  'サーバーでは、アクセスキーを暗号化ファイルに保存してください: awsmfa keys move --profile NAME --to encrypted-file';

export const keyring: Translation<typeof keyringText> = {
  timedOut: (p) =>
    `OS のキーリングが ${p.seconds} 秒以内に応答しませんでした: ロックされていて、ロック解除の画面が誰にも見えない場所で待っています。`,
  timedOutHint:
    'キーリングのロックを解除して（デスクトップにログインするか、gnome-keyring-daemon --unlock）もう一度実行してください。待ち時間は AWSMFA_KEYRING_TIMEOUT（秒）で設定できます',
  helperFailed: (p) => `OS のキーリングを使えませんでした: 補助プロセスが ${p.exit} で終了しました。`,
  helperFailedHint: '--debug を付けてもう一度実行し、続くようなら報告してください',
  badTimeout: (p) => `AWSMFA_KEYRING_TIMEOUT の値 ${p.value} は秒数ではありません。`,
  badTimeoutHint: (p) => `600 以下の秒数を指定してください（例: AWSMFA_KEYRING_TIMEOUT=${p.seconds}）`,
  moduleMissingStandalone: (p) =>
    `キーリングのストアにはネイティブモジュール ${p.module} が必要ですが、スタンドアロン実行ファイルには含められません。`,
  moduleMissing: (p) =>
    `キーリングのストアにはネイティブモジュール ${p.module} が必要ですが、awsmfa と一緒にインストールされていません。`,
  moduleMissingStandaloneHint: (p) =>
    `npm で awsmfa をインストールするか（npm install -g awsmfa）、実行ファイルの隣の node_modules フォルダーに ${p.module} をインストールしてください。キーリングを使わないなら --store encrypted-file`,
  moduleMissingHint: (p) =>
    `オプションの依存関係付きで awsmfa をインストールし直すか（npm install -g awsmfa）、npm install -g ${p.module} を実行してください。キーリングを使わないなら --store encrypted-file`,
  noBus:
    'OS のキーリングに接続できません: このセッションには Secret Service に必要な D-Bus のセッションバスがありません。',
  noBusHint: `デスクトップのセッションにログインするか、ロックを解除した gnome-keyring-daemon とともに dbus-run-session の下で実行してください。${onServer}`,
  noService:
    'OS のキーリングに接続できません: このセッションでは Secret Service（gnome-keyring、KWallet、KeePassXC）が動いていません。',
  noServiceHint: `いずれかをインストールして起動してください（Debian/Ubuntu: apt install gnome-keyring）。${onServer}`,
  locked: 'OS のキーリングはロックされていて、ここではロックを解除できませんでした。',
  lockedHint:
    'ロックを解除して（デスクトップにログインするか、標準入力からパスワードを読む gnome-keyring-daemon --unlock）もう一度実行してください',
  refused: (p) => `OS のキーリングが拒否しました: ${p.error.replace(/[。.]$/, '')}。`,
  refusedHint: `キーリングが動いていてロックが解除されているか確認してください。${onServer}`,
  noTerminal: (p) =>
    `${p.path} はパスフレーズで暗号化されていますが、パスフレーズを尋ねるターミナルがありません。`,
  noTerminalHint:
    'ターミナルで実行するか、AWSMFA_FILE_PASSPHRASE を（シークレットマネージャーから）設定してください',
  noTerminalToCreate: (p) =>
    `${p.path} は選んだパスフレーズで暗号化しますが、パスフレーズを入力するターミナルがありません。`,
  askPassphrase: (p) => `${p.path} のパスフレーズ: `,
  choosePassphrase: (p) =>
    `awsmfa はアクセスキーを ${p.path} に、あなたが決めるパスフレーズで暗号化して保存します。`,
  newPassphrase: '新しいパスフレーズ: ',
  passphraseAgain: 'もう一度同じパスフレーズ: ',
  passphrasesDiffer: '2 つのパスフレーズが違います。何も書き込んでいません。',
  passphrasesDifferHint: 'もう一度実行して、同じパスフレーズを 2 回入力してください',
  cancelledAtPassphrase: 'パスフレーズの入力で中止しました。何も変更していません。',
};
