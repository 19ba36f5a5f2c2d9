import type { Translation } from '../defineMessages.js';
import type { completionHelpText } from '../en/completionHelp.js';

export const completionHelp: Translation<typeof completionHelpText> = {
  describe: 'bash、zsh、fish、PowerShell 用のタブ補完スクリプトを出力します',
  ignoresGlobalOptions: '補完は Tab を押したときに AWS の設定ファイルからプロファイル名を読みます',
  shell: 'シェル [デフォルト: awsmfa を実行しているシェル]',
  inBashrc: '~/.bashrc に',
  inZshrc: '~/.zshrc に',
  fishLoadsIt: 'fish が自動で読み込みます',
  inPwshProfile: '$PROFILE に',
  epilogue:
    'コマンド、オプション、シェル名、そして AWS の config / credentials ファイルにあるプロファイル名を補完します。' +
    'スクリプトはこの awsmfa を絶対パスで呼び出します。awsmfa コマンドがインストールされていない場合（リポジトリを' +
    'クローンしただけのとき: pnpm --silent awsmfa completion bash）は、awsmfa を実行する関数も定義します。',
};
