import type { Translation } from '../defineMessages.js';
import type { awsFilesText } from '../en/awsFiles.js';

export const awsFiles: Translation<typeof awsFilesText> = {
  cannotRead: (p) =>
    `${p.path} は AWS CLI が読み込めないファイルです: ${p.problem}${p.more > 0 ? `（ほかに ${p.more} 件の問題があります）` : ''}。`,
  cannotReadHint:
    'その行を直してください。AWS CLI はこの行で "Unable to parse config file" となり、awsmfa は AWS CLI と同じようにファイルを読みます',
  byteOrderMark: 'ファイルの先頭にバイトオーダーマーク（BOM）があります',
  notUtf8: (p) => `${p.line} 行目に UTF-8 ではないバイトがあります`,
  sectionTwice: (p) => `セクション [${p.section}] が 2 回あります（${p.first} 行目と ${p.line} 行目）`,
  beforeAnySection: (p) => `${p.line} 行目がどの [セクション] よりも前にあります`,
  noKind: (p) => `${p.line} 行目は [セクション] でも key = value の設定でもコメントでもありません`,
  noKey: (p) => `${p.line} 行目の ${p.separator} の前にキーがありません`,
  keyTwice: (p) => `[${p.section}] で ${p.key} が 2 回設定されています（${p.first} 行目と ${p.line} 行目）`,
  nestedLineWithoutEquals: (p) => `${p.key}（${p.line} 行目）の入れ子の設定に = のない行があります`,
  editWouldSpill: (p) =>
    `[${p.section}] を編集すると、AWS CLI によるファイルのほかの部分の読み方が変わります（インデントされた行がほかの値の続きになります）。`,
  editWouldSpillHint:
    'そのセクションの前後の行のインデントを AWS CLI の読み方に合わせるか、ファイルを手で編集してください',
  mfaSerialSpansLines: (p) =>
    `プロファイル ${p.profile} の mfa_serial が複数行にわたっているか空白を含んでいます（${p.value}）。AWS CLI は mfa_serial の次のインデントされた行をその値の一部として読みます。`,
  mfaSerialSpansLinesHint: 'config ファイルで mfa_serial の次の行のインデントを外してください',
};
