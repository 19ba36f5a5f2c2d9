import type { Translation } from '../defineMessages.js';
import type { mfaCodeText } from '../en/mfaCode.js';

export const mfaCode: Translation<typeof mfaCodeText> = {
  notSixDigits: (p) =>
    `MFA コード（${p.origin}）${
      p.empty
        ? 'が空です'
        : p.digits !== undefined
          ? `が ${p.digits} 桁です`
          : 'に数字以外の文字が含まれています'
    }。6 桁の数字が必要です。`,
  notSixDigitsHint: '認証アプリに今表示されている 6 桁のコードを入力してください',
  thePrompt: '入力',
};
