import type { Translation } from '../defineMessages.js';
import type { sandboxHelpText } from '../en/sandboxHelp.js';

export const sandboxHelp: Translation<typeof sandboxHelpText> = {
  ignoresGlobalOptions:
    'サンドボックス自身がエンドポイントで、専用の管理者アクセスキーとリージョンを持ちます',
};
