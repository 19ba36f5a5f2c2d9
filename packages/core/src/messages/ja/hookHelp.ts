import type { Translation } from '../defineMessages.js';
import type { hookHelpText } from '../en/hookHelp.js';

export const hookHelp: Translation<typeof hookHelpText> = {
  describe: '`awsmfa env` のセッションを期限切れの前に更新するプロンプトフックを出力します',
  ignoresGlobalOptions:
    'フックはシェルが持つセッションを、その取得元のプロファイル・リージョン・エンドポイント（AWSMFA_PROFILE とシェルの AWS_* 変数）で更新します',
  shell: 'フックを出力するシェル',
  epilogue:
    'フックはプロンプトを表示するたびに、`awsmfa env` が設定したセッションの残り時間が AWSMFA_HOOK_REFRESH_SECONDS 秒（デフォルト 300）を' +
    '切っていないかを調べます（プロセスは起動しません。fish のみ `date` を 1 回）。切っていれば `awsmfa env --profile $AWSMFA_PROFILE` ' +
    'を実行し、ターミナルで MFA コードを尋ねることがあります。止めるには AWSMFA_PROFILE を unset するか、' +
    '`awsmfa env --unset` でセッションを削除します。',
  inBashrc: '~/.bashrc に',
  inZshrc: '~/.zshrc に',
  inFishConfig: '~/.config/fish/config.fish に',
  inPwshProfile: '$PROFILE に',
};
