import type { Translation } from '../defineMessages.js';
import type { cliText } from '../en/cli.js';

export const cli: Translation<typeof cliText> = {
  errorLabel: 'awsmfa: エラー:',
  hintLabel: 'ヒント:',
  unexpectedErrorLabel: 'awsmfa: 予期しないエラー:',
  reportBug: (p) => `awsmfa の不具合です。--debug を付けた出力を添えて報告してください: ${p.url}`,
  causeLabel: '原因:',
  nodeUnsupported: (p) => `awsmfa には Node.js 20.19 以降が必要です（この Node.js は ${p.version}）。`,
  nodeUnsupportedHint:
    'Node.js 22 か 24 をインストールするか、Node.js 不要のスタンドアロン実行ファイルを使ってください（README.ja.md「インストール」）',
};
