import type { Translation } from '../defineMessages.js';
import type { endpointsText } from '../en/endpoints.js';

export const endpoints: Translation<typeof endpointsText> = {
  badRegion: (p) =>
    `リージョン '${p.region}'（${p.source}）は AWS のリージョンの形式ではありません（AWS CLI: Provided region_name doesn't match a supported format）。`,
  badRegionHint: 'リージョンは us-east-1 や eu-west-3 のように英数字と - で書きます',
  regionOfProfile: (p) => `プロファイル ${p.profile} の region`,
  regionOfTheProfile: 'プロファイルの region',
  theStsEndpoint: 'STS のエンドポイント',
  theEndpoint: 'エンドポイント',
  badEndpointUrl: (p) => `${p.source} の ${p.url} は使えません: ${p.problem}。`,
  badEndpointUrlHint:
    'http:// か https:// で始まり、ホストのある URL を指定してください（例: http://127.0.0.1:4566）',
  hasControlCharacters: '空白か制御文字を含んでいます',
  isNotUrl: 'URL ではありません',
  hasOtherScheme: (p) => `スキームが ${p.scheme} です。エンドポイントに使えるのは http と https だけです`,
  hasNoHost: 'ホストがありません',
  hasUserinfo: 'ユーザー名かパスワードを含んでいます',
  hasFragment: 'フラグメント（#）があります',
  hasQuery: 'クエリ（?）があります',
};
