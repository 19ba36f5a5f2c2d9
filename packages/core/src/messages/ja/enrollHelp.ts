import type { Translation } from '../defineMessages.js';
import type { enrollHelpText } from '../en/enrollHelp.js';

export const enrollHelp: Translation<typeof enrollHelpText> = {
  describe:
    'IAM ユーザーの仮想 MFA デバイスを設定します: ターミナルの QR コードを読み取り、コードを 2 つ入力するだけ',
  deviceName:
    '仮想 MFA デバイスの名前 [デフォルト: IAM ポリシーが想定するとおり IAM ユーザー名]。別の名前ならデバイスを追加します',
  qrPng: 'QR コードを PNG 画像としてこのファイルにも書き込む（モード 0600。読み取ったら削除してください）',
  showSecret: '読み取る代わりにキーを入力するアプリのために、シークレットキーも表示する',
  code1: '1 つ目のコード。以前に --keep で作成したデバイス用（ターミナル不要）',
  code2: '--code1 の次に表示されたコード',
  replace: '以前の試行で残った、登録が完了していない同名のデバイスを削除して最初からやり直す',
  keep: '有効化に失敗したときや、コードを尋ねるターミナルがないときも、作成したデバイスを残す',
  yes: '質問にすべて「はい」と答える（--replace と同じ）',
  exampleEnroll: 'QR コードを読み取り、連続する 2 つのコードを入力して完了',
  exampleQrPng: 'QR コードを画像にも書き出し、キーも表示する',
  exampleReplace: '途中で終わった登録（"entity already exists"）をやり直す',
  exampleDeviceName: 'デバイスを追加する（ユーザーあたり 8 個まで）。mfa_serial は使用中のデバイスのまま',
  exampleNoTerminal: 'ターミナルなしで: デバイスを作成し、あとで 2 つのコードで有効化する',
  epilogue:
    'シークレットキーは --show-secret を付けたときだけ表示し、--qr-png を付けたときだけファイルに書き込みます。デバイスの有効化前に失敗した場合（コードを 3 回間違えた、Ctrl-C など）は、--keep がない限りデバイスを削除します。',
};
