import type { Translation } from '../defineMessages.js';
import type { profilesText } from '../en/profiles.js';

export const profiles: Translation<typeof profilesText> = {
  notFound: (p) => `プロファイル ${p.profile} は ${p.config} にも ${p.credentials} にもありません。`,
  notFoundKnownHint: (p) =>
    `既存のプロファイル: ${p.known.join('、')}。アクセスキーを取り込むには: awsmfa import <file.csv> --profile ${p.profile}`,
  notFoundHint: (p) => `アクセスキーを取り込んでください: awsmfa import <file.csv> --profile ${p.profile}`,
  noAccessKey: (p) => `プロファイル ${p.profile} にアクセスキーがありません。`,
  noAccessKeyHint: (p) =>
    `IAM ユーザーのアクセスキーを取り込んでください: awsmfa import <file.csv> --profile ${p.profile}`,
  badAccessKeyId: (p) =>
    `プロファイル ${p.profile} のアクセスキー ID に、アクセスキー ID に使えない文字が含まれています。`,
  badAccessKeyIdHint: 'credentials ファイルの aws_access_key_id を確認してください（英数字のみ。例: AKIA…）',
  badSessionToken: (p) =>
    `プロファイル ${p.profile} のセッショントークンに、空白かトークンに使えない文字が含まれています。`,
  badSessionTokenHint: 'credentials ファイルの aws_session_token を確認してください',
  nameEmpty: 'が空です',
  nameDefault: 'は DEFAULT です（AWS CLI は DEFAULT のキーをすべてのプロファイルに与えます）',
  nameTooLong: 'が 128 文字を超えています',
  nameControl: 'に制御文字（改行など）が含まれています',
  nameWhitespace: 'に空白が含まれています',
  nameContains: (p) => `に ${p.character} が含まれています`,
  badName: (p) => `プロファイル名 ${p.name} ${p.problem}。`,
  badNameHint: 'プロファイル名には英数字と - _ . @ + = , : / を使ってください',
  cannotRead: (p) => `${p.path} を読み込めません`,
  cannotWrite: (p) => `${p.path} に書き込めません`,
  cannotCreateDirectoryOf: (p) => `${p.path} のディレクトリーを作成できません`,
  cannotPrepareDirectory: (p) => `ディレクトリー ${p.path} を用意できません`,
  fileProblem: (p) => {
    const reason = {
      EACCES: 'アクセスが拒否されました',
      EPERM: '操作が許可されていません',
      EISDIR: 'ディレクトリーです',
      ENOTDIR: 'パスの途中がディレクトリーではありません',
      EROFS: 'ファイルシステムが読み取り専用です',
      ENOSPC: 'デバイスに空き容量がありません',
      ENOENT: 'ファイルまたはディレクトリーがありません',
    };
    return `${p.what}: ${p.code ? reason[p.code] : p.other}。`;
  },
  fileProblemHint: 'パスとそのアクセス権を確認してください',
};
