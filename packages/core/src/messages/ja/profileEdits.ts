import type { Translation } from '../defineMessages.js';
import type { profileEditsText } from '../en/profileEdits.js';

export const profileEdits: Translation<typeof profileEditsText> = {
  badSettingName: (p) => `${p.name} は設定名として使えません。`,
  badSettingNameHint: '設定名には英数字と _ . - を使ってください',
  lineBreak: (p) => `${p.key} の値に改行か NUL が含まれています。`,
  lineBreakHint: 'ini の値は 1 行で書いてください',
  notUnicode: (p) => `${p.key} の値が正しい Unicode のテキストではありません。`,
  notUnicodeHint: 'ini の値は UTF-8 のテキストにしてください',
  spacesAround: (p) => `${p.key} の値の前後に空白があります。AWS CLI はこれを取り除いて読みます。`,
  spacesAroundHint: '前後の空白を取り除いてください',
  lockedByOther: (p) => `ほかのプロセスが ${p.path} を編集中で、ロックしたままです。`,
  lockedByOtherHint: (p) =>
    `もう一度実行してください。awsmfa が動いていなければ ${p.lock} を削除してください`,
  cannotLock: (p) => `${p.path} をロックできません。`,
  cannotLockHint: 'ディレクトリーのアクセス権を確認してください',
  cancelled: '中止しました。何も変更していません。',
  endOfInput: '答えが入力される前にターミナルが閉じました（入力の終わり）。何も変更していません。',
  pageMarkerLoop: (p) => `${p.service} が同じページマーカーを 2 回返しました。一覧が終わりません。`,
};
