import type { Translation } from '../defineMessages.js';
import type { deviceHelpText } from '../en/deviceHelp.js';

export const deviceHelp: Translation<typeof deviceHelpText> = {
  describe: 'MFA デバイスの確認、再同期、無効化、削除',
  serialNumber:
    'デバイスのシリアル番号（ARN）[デフォルト: プロファイルの mfa_serial、なければ唯一のデバイス]',
  code: 'デバイスの現在のコード。標準のポリシーが求めるとおり、変更に MFA で署名します',
  yes: '確認しない',
  statusDescribe: 'MFA デバイスを一覧し、プロファイルの mfa_serial と照合します',
  statusExample: 'mfa_serial は有効なデバイスの ARN か？',
  resyncDescribe: 'AWS がコードを受け付けなくなったデバイスを再同期します（連続する 2 つのコード）',
  code1: '1 つ目のコード（省略するとターミナルで尋ねます）',
  code2: '--code1 の次に表示されたコード',
  resyncExample: '尋ねられたら連続する 2 つのコードを入力',
  deactivateDescribe:
    'デバイスを無効化し（デバイス自体は割り当てなしで残ります）、プロファイルから mfa_serial を削除します',
  deactivateExample: '確認なしで',
  deleteDescribe: 'デバイスを無効化して削除し、プロファイルから mfa_serial を削除します',
  deleteExample: '確認と現在のコードを尋ねます',
  exampleStatus: 'デバイスの一覧。mfa_serial はその 1 つか？',
  exampleResync: '時刻がずれたデバイスのコードを AWS が拒否する: 連続する 2 つのコードを入力',
  exampleDelete: 'デバイスを削除する（y/N と現在のコードを尋ねます）',
  nameACommand: 'device のコマンドを指定してください: status、resync、deactivate、delete。',
  epilogue:
    'AWS の MFA 自己管理ポリシーでは、無効化と削除に MFA が必要です。awsmfa は現在のコード（--code か、ターミナルで入力）から 15 分間のセッションを取得して署名します。',
};
