import type { Translation } from '../defineMessages.js';
import type { usageText } from '../en/usage.js';

export const usage: Translation<typeof usageText> = {
  usageLine: (p) => `使い方: ${p.line}`,
  forMore: (p) => `${p.usage}（詳しくは ${p.help}）`,
  listsOptions: (p) => `${p.usage}（オプションの一覧は ${p.help}）`,
  saysWhatEachDoes: (p) => `${p.usage}（それぞれの説明は ${p.help}）`,
  noSuchOption: (p) => `${p.command} に ${p.option} というオプションはありません。`,
  needsValue: (p) => `--${p.option} には値が必要です。`,
  nameACommand: (p) => `コマンドを指定してください: ${p.commands.join('、')}。`,
  nameASubcommand: (p) => `${p.command} のサブコマンドを指定してください: ${p.choices}。`,
  noSuchCommandGuess: (p) =>
    `${p.command} に ${p.word} というコマンドはありません。${p.guess} のことですか？`,
  noSuchCommand: (p) =>
    `${p.command} に ${p.word} というコマンドはありません。コマンドは ${p.choices} です。`,
  needsChoice: (p) => `${p.command} には <${p.name}> の指定が必要です: ${p.choices}。`,
  needsPositional: (p) =>
    `${p.command} には <${p.name}> の指定が必要です${p.describe ? `（${p.describe}）` : ''}。`,
  needsOption: (p) => `${p.command} には --${p.option} が必要です${p.describe ? `（${p.describe}）` : ''}。`,
  putDashDash: (p) =>
    `${p.command} は -- の後に書いたコマンドを実行します: ${p.words} の前に -- を入れてください。`,
  takesNoArgument: (p) => `${p.command} は引数 ${p.word} を受け付けません。`,
  needsToo: (p) => `--${p.first} を使うときは --${p.second} も必要です。`,
  cannotCombine: (p) => `--${p.first} と --${p.second} は同時に指定できません。`,
  oneOf: (p) => (p.choices.length <= 1 ? (p.choices[0] ?? '') : `${p.choices.join('、')} のいずれか`),
  notOneOf: (p) => `${p.option} に ${p.given} は指定できません。選択肢: ${p.choices.join('、')}。`,
  doesNotTake: (p) => `awsmfa ${p.command} は --${p.option} を受け付けません: ${p.why}。`,
  leaveOut: (p) =>
    `--${p.option} を外してください（指定できるものは awsmfa ${p.command} --help で確認できます）`,
};
