import type { Translation } from '../defineMessages.js';
import type { keyStoreText } from '../en/keyStore.js';

export const keyStore: Translation<typeof keyStoreText> = {
  notAStore: (p) =>
    `プロファイル ${p.profile} の awsmfa_key_store の値 ${p.value} はキーストアではありません。`,
  notAStoreHint: (p) =>
    `${p.stores.join('、')} のいずれかを設定するか、アクセスキーの場所を確認してください: awsmfa keys list`,
};
