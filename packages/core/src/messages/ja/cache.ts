import type { Translation } from '../defineMessages.js';
import type { cacheText } from '../en/cache.js';

export const cache: Translation<typeof cacheText> = {
  ignoringUnreadable: (p) => `キャッシュされたセッション ${p.path} を無視します: ${p.error}。`,
  ignoringCorrupt: (p) => `壊れたキャッシュ ${p.path} を無視します。新しいセッションで置き換えます。`,
  tightened: (p) =>
    `キャッシュのフォルダー ${p.dir} がほかのユーザーからアクセスできる状態でした（モード ${p.mode}）。0700 に制限しました。`,
  folderOfAnotherUser: (p) => `${p.dir} のキャッシュを無視します: フォルダーの所有者が別のユーザーです。`,
  folderOpen: (p) =>
    `${p.dir} のキャッシュを無視します: フォルダーがほかのユーザーからアクセスできる状態です（モード ${p.mode}）。awsmfa が 0700 に制限します。`,
  notAFile: (p) => `キャッシュされたセッション ${p.path} を無視します: 通常のファイルではありません。`,
  fileOfAnotherUser: (p) => `キャッシュされたセッション ${p.path} を無視します: 所有者が別のユーザーです。`,
  fileOpen: (p) =>
    `キャッシュされたセッション ${p.path} を無視します: モード ${p.mode} ではほかのユーザーも読めます。置き換えます。`,
  outsideProfile: (p) =>
    `AWSMFA_CACHE_DIR ${p.dir} がユーザープロファイル（${p.profileDir}）の外にあります。Windows では、キャッシュされたセッションを誰が読めるかはファイルのモードではなくフォルダーの ACL で決まり、プロファイルの外のフォルダーは通常すべてのユーザーが読めます。`,
  outsideProfileHint:
    'ユーザープロファイルの下のフォルダーを使うか、ACL で自分だけにアクセスを許可したうえで AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1 を設定してください',
};
